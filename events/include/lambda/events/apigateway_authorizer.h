#pragma once
/// \file
/// API Gateway Lambda authorizers: TOKEN and REQUEST requests, IAM-policy and simple responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// | API and authorizer                  | request                                        | response |
/// |-------------------------------------|------------------------------------------------|----------|
/// | REST, TOKEN                         | `APIGatewayCustomAuthorizerRequest`            |
/// `APIGatewayCustomAuthorizerResponse` | | REST, REQUEST                       |
/// `APIGatewayCustomAuthorizerRequestTypeRequest` | `APIGatewayCustomAuthorizerResponse` | | HTTP API, payload
/// format 1.0        | `APIGatewayV2CustomAuthorizerV1Request`        | `APIGatewayV2CustomAuthorizerIAMPolicyResponse`
/// | | HTTP API, payload format 2.0        | `APIGatewayV2CustomAuthorizerV2Request`        |
/// `APIGatewayV2CustomAuthorizerSimpleResponse` (simple responses enabled) or
/// `APIGatewayV2CustomAuthorizerIAMPolicyResponse` | | WebSocket `$connect`, REQUEST       |
/// `APIGatewayCustomAuthorizerRequestTypeRequest` | `APIGatewayCustomAuthorizerResponse` |

#include <lambda/events/apigateway.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// IAM policies (also used by AWS IoT custom authorizers, <lambda/events/iot.h>)

/// A policy element IAM accepts as one string or as a list of them: `"execute-api:Invoke"` or
/// `["execute-api:Invoke"]`. Both spellings are kept as written.
using IAMPolicyStringOrList = std::variant<std::string, std::vector<std::string>>;

/// One statement of an IAM policy.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IAMPolicyStatement {
  IAMPolicyStringOrList Action;  ///< "execute-api:Invoke"
  std::string Effect;            ///< "Allow" or "Deny"
  /// Method ARNs, "arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/{method}/{resource}";
  /// `*` wildcards are allowed.
  IAMPolicyStringOrList Resource;
  /// Conditions by operator, then by condition key: `{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}`.
  std::optional<std::map<std::string, std::map<std::string, IAMPolicyStringOrList>>> Condition;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An IAM policy document.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT IAMPolicyDocument {
  std::string Version = "2012-10-17";
  std::vector<IAMPolicyStatement> Statement;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The policy of a REST API authorizer's response (the name AWS's Go library uses).
using APIGatewayCustomAuthorizerPolicy = IAMPolicyDocument;

// ---------------------------------------------------------------------------------------------
// REST API (and WebSocket) authorizers

/// The input of a TOKEN authorizer: the token taken from the configured identity source.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayCustomAuthorizerRequest {
  LAMBDA_JSON_REQUIRED std::string type;                ///< "TOKEN"
  LAMBDA_JSON_REQUIRED std::string authorizationToken;  ///< the header's value, e.g. "Bearer eyJ…"
  LAMBDA_JSON_REQUIRED std::string methodArn;           ///< the ARN of the method being called

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request context of a REQUEST authorizer's input (REST API, or HTTP API payload format 1.0).
/// The keys after `apiId` are sent by current API Gateway versions only.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayCustomAuthorizerRequestTypeRequestContext {
  std::string path;
  std::string accountId;
  std::optional<std::string> resourceId;  ///< `null` from HTTP APIs
  std::string stage;
  std::string requestId;
  APIGatewayRequestIdentity identity;
  std::string resourcePath;
  std::string httpMethod;
  std::string apiId;
  std::optional<std::string> domainName;
  std::optional<std::string> domainPrefix;
  std::optional<std::string> extendedRequestId;
  std::optional<std::string> protocol;
  std::optional<std::string> requestTime;  ///< CLF time, "15/May/2020:06:01:09 +0000"
  std::optional<json::epoch_milliseconds> requestTimeEpoch;
  std::optional<std::string> connectionId;  ///< WebSocket `$connect` only
  std::optional<std::string> eventType;     ///< WebSocket `$connect` only: "CONNECT"
  std::optional<std::string> routeKey;      ///< WebSocket `$connect` only

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The input of a REQUEST authorizer of a REST API (or of a WebSocket API's `$connect` route):
/// the whole request but its body. Maps without entries may be `null`, hence the optionals.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayCustomAuthorizerRequestTypeRequest
    : APIGatewayRequestParameters {
  LAMBDA_JSON_REQUIRED std::string type;       ///< "REQUEST"
  LAMBDA_JSON_REQUIRED std::string methodArn;  ///< the ARN of the method being called
  std::string resource;
  std::string path;
  std::string httpMethod;
  APIGatewayCustomAuthorizerRequestTypeRequestContext requestContext;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The answer of a REST API authorizer (TOKEN or REQUEST): who the caller is and which methods
/// the policy lets them call. The policy is cached per identity source for the configured TTL,
/// so a policy usually names every method the caller may use, not just `methodArn`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayCustomAuthorizerResponse {
  std::string principalId;
  IAMPolicyDocument policyDocument;
  /// Passed to the integration as `$context.authorizer.<key>` (and in the proxy request's
  /// `requestContext.authorizer`). API Gateway accepts string, number and boolean values only.
  std::map<std::string, json::raw_json> context;
  /// The API key to meter a usage plan with, when the API's key source is AUTHORIZER.
  std::optional<std::string> usageIdentifierKey;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// HTTP API (v2) authorizers

/// The input of an HTTP API Lambda authorizer with payload format 1.0.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2CustomAuthorizerV1Request : APIGatewayRequestParameters {
  LAMBDA_JSON_REQUIRED std::string version;  ///< "1.0"
  LAMBDA_JSON_REQUIRED std::string type;     ///< "REQUEST"
  LAMBDA_JSON_REQUIRED std::string methodArn;
  std::string identitySource;      ///< the identity sources' values, joined with commas
  std::string authorizationToken;  ///< the same as `identitySource`
  std::string resource;
  std::string path;
  std::string httpMethod;
  APIGatewayCustomAuthorizerRequestTypeRequestContext requestContext;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The input of an HTTP API Lambda authorizer with payload format 2.0: the request but its body.
/// Keys API Gateway omits when empty read as empty.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2CustomAuthorizerV2Request {
  LAMBDA_JSON_REQUIRED std::string version;  ///< "2.0"
  LAMBDA_JSON_REQUIRED std::string type;     ///< "REQUEST"
  LAMBDA_JSON_REQUIRED std::string routeArn;
  /// The values of the configured identity sources, in order; `null` when none are configured.
  std::optional<std::vector<std::string>> identitySource;
  std::string routeKey;
  std::string rawPath;
  std::string rawQueryString;
  std::vector<std::string> cookies;
  http_headers headers;  ///< lower-case names
  http_parameters queryStringParameters;
  APIGatewayV2HTTPRequestContext requestContext;
  http_parameters pathParameters;
  http_parameters stageVariables;

  /// The value of header `name` (given in any case); nullptr when absent.
  const std::string* header(std::string_view name) const { return detail::find_value(headers, name); }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The "simple" answer of an HTTP API authorizer (payload format 2.0 with simple responses enabled).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2CustomAuthorizerSimpleResponse {
  bool isAuthorized = false;
  /// Passed to the integration as `requestContext.authorizer.lambda`; any JSON values.
  std::map<std::string, json::raw_json> context;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The IAM-policy answer of an HTTP API authorizer.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2CustomAuthorizerIAMPolicyResponse {
  std::string principalId;
  IAMPolicyDocument policyDocument;
  /// Passed to the integration as `requestContext.authorizer.lambda`; any JSON values.
  std::map<std::string, json::raw_json> context;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_APIGATEWAY_AUTHORIZER_TYPES(X) \
  X(APIGatewayCustomAuthorizerRequest) \
  X(APIGatewayCustomAuthorizerRequestTypeRequest) \
  X(APIGatewayCustomAuthorizerResponse) \
  X(APIGatewayV2CustomAuthorizerV1Request) \
  X(APIGatewayV2CustomAuthorizerV2Request) \
  X(APIGatewayV2CustomAuthorizerSimpleResponse) \
  X(APIGatewayV2CustomAuthorizerIAMPolicyResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/apigateway_authorizer.json.h>
#endif
