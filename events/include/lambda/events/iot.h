#pragma once
/// \file
/// AWS IoT button, 1-Click, custom authorizer and pre-provisioning hook events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/events/apigateway_authorizer.h>  // IAMPolicyDocument
#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// AWS IoT button (the original Dash-style button)

/// A press of an AWS IoT button.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTButtonEvent {
  LAMBDA_JSON_REQUIRED std::string serialNumber;
  LAMBDA_JSON_REQUIRED std::string clickType;  ///< "SINGLE", "DOUBLE" or "LONG"
  std::string batteryVoltage;                  ///< with its unit, "2000 mV"

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// AWS IoT 1-Click

/// The button press.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTOneClickButtonClicked {
  std::string clickType;  ///< "SINGLE", "DOUBLE" or "LONG"
  std::chrono::sys_time<std::chrono::milliseconds> reportedTime;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the device reported.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTOneClickDeviceEvent {
  IoTOneClickButtonClicked buttonClicked;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The device that sent the event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTOneClickDeviceInfo {
  std::map<std::string, std::string> attributes;
  std::string type;  ///< "button"
  std::string deviceId;
  double remainingLife = 0;  ///< the battery life left, in percent

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The project placement the device belongs to.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTOneClickPlacementInfo {
  std::string projectName;
  std::string placementName;
  std::map<std::string, std::string> attributes;  ///< the placement's attributes
  std::map<std::string, std::string> devices;     ///< device template name → device id

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An event of an AWS IoT 1-Click device.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTOneClickEvent {
  LAMBDA_JSON_REQUIRED IoTOneClickDeviceEvent deviceEvent;
  LAMBDA_JSON_REQUIRED IoTOneClickDeviceInfo deviceInfo;
  IoTOneClickPlacementInfo placementInfo;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// AWS IoT Core custom authorizers

/// TLS details of the connection.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreTLSContext {
  std::string serverName;  ///< the SNI host name

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// HTTP details of the connection (HTTP publishes and MQTT over WebSocket).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreHTTPContext {
  std::map<std::string, std::string> headers;
  std::string queryString;  ///< with the leading '?'

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// MQTT CONNECT details; each member is set only when the device sent it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreMQTTContext {
  std::optional<std::string> username;
  std::optional<json::bytes> password;  ///< the raw password bytes (base64 in the JSON)
  std::optional<std::string> clientId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Protocol details; the members of the protocols in use are set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreProtocolData {
  std::optional<IoTCoreTLSContext> tls;
  std::optional<IoTCoreHTTPContext> http;
  std::optional<IoTCoreMQTTContext> mqtt;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The connection.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreConnectionMetadata {
  std::string id;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A device asking an IoT Core custom authorizer to authenticate it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreCustomAuthorizerRequest {
  std::optional<std::string> token;                         ///< absent when the device sent none
  bool signatureVerified = false;                           ///< whether IoT Core verified the token's signature
  LAMBDA_JSON_REQUIRED std::vector<std::string> protocols;  ///< "tls", "http", "mqtt"
  std::optional<IoTCoreProtocolData> protocolData;
  std::optional<IoTCoreConnectionMetadata> connectionMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The answer of an IoT Core custom authorizer.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTCoreCustomAuthorizerResponse {
  bool isAuthenticated = false;
  std::string principalId;  ///< alphanumeric, 1–128 characters
  /// How long the connection may stay open, 300–86400.
  std::uint32_t disconnectAfterInSeconds = 86400;
  /// How long before IoT Core calls the authorizer again for the connection, 300–86400.
  std::uint32_t refreshAfterInSeconds = 300;
  std::vector<IAMPolicyDocument> policyDocuments;  ///< AWS IoT policies, at most 10

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// AWS IoT fleet provisioning pre-provisioning hooks

/// A device asking to be provisioned by a provisioning template with a pre-provisioning hook.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTPreProvisionHookRequest {
  LAMBDA_JSON_REQUIRED std::string claimCertificateId;
  LAMBDA_JSON_REQUIRED std::string certificateId;
  std::string certificatePem;
  LAMBDA_JSON_REQUIRED std::string templateArn;
  LAMBDA_JSON_REQUIRED std::string clientId;
  std::map<std::string, std::string> parameters;  ///< the device's template parameters

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Whether to provision the device, and template parameters to override.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IoTPreProvisionHookResponse {
  bool allowProvisioning = false;
  std::map<std::string, std::string> parameterOverrides;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_IOT_TYPES(X) \
  X(IoTButtonEvent) \
  X(IoTOneClickEvent) \
  X(IoTCoreCustomAuthorizerRequest) \
  X(IoTCoreCustomAuthorizerResponse) \
  X(IoTPreProvisionHookRequest) \
  X(IoTPreProvisionHookResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/iot.json.h>
#endif
