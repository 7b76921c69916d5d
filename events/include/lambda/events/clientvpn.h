#pragma once
/// \file
/// AWS Client VPN connection-handler requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// A Client VPN endpoint with a client connect handler calls the function (named
/// `AWSClientVPN-…`) for each new connection and lets it in only if the response allows it.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// A client asking to connect. Keys the client did not report are empty strings.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ClientVPNConnectionHandlerRequest {
  LAMBDA_JSON_REQUIRED LAMBDA_JSON_NAME("connection-id") std::string connectionId;
  LAMBDA_JSON_REQUIRED LAMBDA_JSON_NAME("endpoint-id") std::string endpointId;
  LAMBDA_JSON_NAME("common-name") std::string commonName;  ///< the client certificate's CN
  std::string username;                                    ///< with user-based (AD or SAML) authentication
  std::string platform;                                    ///< the client's OS
  LAMBDA_JSON_NAME("platform-version") std::string platformVersion;
  LAMBDA_JSON_NAME("public-ip") std::string publicIp;
  LAMBDA_JSON_NAME("client-openvpn-version") std::string clientOpenvpnVersion;
  LAMBDA_JSON_REQUIRED LAMBDA_JSON_NAME("schema-version") std::string schemaVersion;  ///< "v1", "v2", …

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Whether to let the client in.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ClientVPNConnectionHandlerResponse {
  bool allow = false;
  /// Shown to the client when it is refused.
  LAMBDA_JSON_NAME("error-msg-on-failed-posture-compliance") std::string errorMsgOnFailedPostureCompliance;
  /// The posture-compliance statuses to report, e.g. "compliant", "quarantined".
  LAMBDA_JSON_NAME("posture-compliance-statuses") std::vector<std::string> postureComplianceStatuses;
  LAMBDA_JSON_NAME("schema-version") std::string schemaVersion = "v1";

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CLIENTVPN_TYPES(X) \
  X(ClientVPNConnectionHandlerRequest) \
  X(ClientVPNConnectionHandlerResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/clientvpn.json.h>
#endif
