#pragma once
/// \file
/// Amazon VPC Lattice requests (event formats 1.0 and 2.0) and the response a function returns.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Names follow AWS's Rust library (`VpcLatticeRequestV1`, `VpcLatticeRequestV2`,
/// `VpcLatticeResponse`). The target group's `lambdaEventStructureVersion` chooses the format:
/// V1 has snake_case keys and one value per header (several joined with commas); V2 has camelCase
/// keys, lists of values, and the request context with the caller's identity.

#include <lambda/events/http_maps.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// A request in event format 1.0.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT VpcLatticeRequestV1 {
  /// The path with its query string, "/orders?id=1".
  LAMBDA_JSON_REQUIRED std::string raw_path;
  LAMBDA_JSON_REQUIRED std::string method;
  /// Header name (lower case) → value; repeated headers joined with ",".
  http_headers headers;
  http_parameters query_string_parameters;
  /// The body as text; base64 of the raw bytes when `is_base64_encoded`.
  std::string body;
  bool is_base64_encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller, as VPC Lattice authenticated it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT VpcLatticeRequestV2Identity {
  /// The VPC the request came from.
  std::optional<std::string> sourceVpcArn;
  /// "AWS_IAM" for a signed request, else "NONE".
  std::optional<std::string> type;
  /// The IAM principal, for signed requests.
  std::optional<std::string> principal;
  LAMBDA_JSON_NAME("principalOrgID") std::optional<std::string> principalOrgID;
  std::optional<std::string> sessionName;
  /// IAM Roles Anywhere: fields of the caller's X.509 certificate.
  std::optional<std::string> x509IssuerOu;
  std::optional<std::string> x509SanDns;
  std::optional<std::string> x509SanNameCn;
  std::optional<std::string> x509SanUri;
  std::optional<std::string> x509SubjectCn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the request went through.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT VpcLatticeRequestV2Context {
  std::string serviceNetworkArn;
  std::string serviceArn;
  std::string targetGroupArn;
  VpcLatticeRequestV2Identity identity;
  std::string region;
  /// When VPC Lattice received the request: microseconds since the epoch, as text.
  std::string timeEpoch;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A request in event format 2.0.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT VpcLatticeRequestV2 {
  /// "2.0".
  LAMBDA_JSON_REQUIRED std::string version;
  /// The path without the query string.
  LAMBDA_JSON_REQUIRED std::string path;
  LAMBDA_JSON_REQUIRED std::string method;
  /// Header name (lower case) → values.
  http_multi_value_headers headers;
  http_multi_value_parameters queryStringParameters;
  /// Absent without a body; base64 of the raw bytes when `isBase64Encoded`.
  std::optional<std::string> body;
  bool isBase64Encoded = false;
  LAMBDA_JSON_REQUIRED VpcLatticeRequestV2Context requestContext;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response to either format.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT VpcLatticeResponse {
  bool isBase64Encoded = false;
  int statusCode = 200;
  /// The status line's text, "200 OK".
  std::optional<std::string> statusDescription;
  http_headers headers;
  /// Base64 of the raw bytes when `isBase64Encoded`.
  std::optional<std::string> body;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_VPC_LATTICE_TYPES(X) \
  X(VpcLatticeRequestV1) \
  X(VpcLatticeRequestV2) \
  X(VpcLatticeResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/vpc_lattice.json.h>
#endif
