#pragma once
/// \file
/// API Gateway REST (v1), HTTP API (v2) and WebSocket proxy requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// A REST API (and an HTTP API with payload format 1.0) sends `APIGatewayProxyRequest` and expects
/// `APIGatewayProxyResponse`; an HTTP API with payload format 2.0 sends `APIGatewayV2HTTPRequest`
/// and expects `APIGatewayV2HTTPResponse`; a WebSocket API sends `APIGatewayWebsocketProxyRequest`
/// and accepts an `APIGatewayProxyResponse`.
///
/// Header names keep the client's spelling in the v1 and WebSocket formats and are lower-case from
/// HTTP APIs (v2); either way `headers.find()` and `header()` match a name given in any case (the
/// maps are http_maps.h's). HTTP APIs join repeated headers and query parameters with commas.

#include <lambda/events/http_maps.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// Shared by the REST (v1), WebSocket and authorizer formats

/// The validity period of a client certificate, in OpenSSL's text form ("May 28 12:30:02 2019 GMT").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayClientCertValidity {
  std::string notBefore;
  std::string notAfter;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The client certificate of a mutual-TLS request (custom domain names with mTLS enabled).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayClientCert {
  std::string clientCertPem;  ///< the certificate, PEM-encoded
  std::string subjectDN;
  std::string issuerDN;
  std::string serialNumber;
  APIGatewayClientCertValidity validity;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Who called a REST or WebSocket API. API Gateway sends every key, as `null` where it does not
/// apply (no IAM or Cognito authentication, no API key, …), so all but `sourceIp` are optional.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayRequestIdentity {
  std::optional<std::string> cognitoIdentityPoolId;
  std::optional<std::string> accountId;  ///< the caller's account, with IAM authorization
  std::optional<std::string> cognitoIdentityId;
  std::optional<std::string> caller;
  std::optional<std::string> apiKey;
  std::optional<std::string> apiKeyId;
  std::optional<std::string> accessKey;
  std::string sourceIp;
  std::optional<std::string> cognitoAuthenticationType;
  std::optional<std::string> cognitoAuthenticationProvider;
  std::optional<std::string> userArn;
  std::optional<std::string> userAgent;
  std::optional<std::string> user;
  std::optional<std::string> principalOrgId;
  std::optional<std::string> vpcId;                ///< private APIs only
  std::optional<std::string> vpceId;               ///< private APIs only
  std::optional<APIGatewayClientCert> clientCert;  ///< mutual TLS only

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// REST API (v1) proxy integration

/// What API Gateway knows about a REST API request besides the HTTP message.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayProxyRequestContext {
  std::string accountId;                     ///< the API owner's account
  std::optional<std::string> resourceId;     ///< `null` in HTTP API payload format 1.0
  std::optional<std::string> operationName;  ///< the method's operation name, when one is set
  std::string stage;
  std::string domainName;
  std::string domainPrefix;
  std::string requestId;
  std::string extendedRequestId;
  std::string protocol;  ///< "HTTP/1.1"
  APIGatewayRequestIdentity identity;
  std::string resourcePath;  ///< the resource as defined, "/{proxy+}"
  std::string path;          ///< the path as requested, with the stage when not on a custom domain
  /// What the authorizer returned: for a Lambda authorizer `principalId`, `integrationLatency` and its
  /// `context` entries; for a Cognito user pool `claims` (and `scopes`). Absent without authorizer.
  std::optional<std::map<std::string, json::raw_json>> authorizer;
  std::string httpMethod;
  std::string requestTime;  ///< CLF time, "15/May/2020:06:01:09 +0000"
  json::epoch_milliseconds requestTimeEpoch;
  std::string apiId;
  /// Only in WebSocket events read as this type (some .NET-generated samples do so); see
  /// `APIGatewayWebsocketProxyRequest` for those.
  std::optional<std::string> connectionId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The parameters of a request in the REST (v1) format, shared by proxy requests, WebSocket
/// requests and REQUEST authorizers. API Gateway sends `null` for a map that has no entries,
/// hence the optionals; `header()` and `query_parameter()` look values up without those checks.
struct APIGatewayRequestParameters {
  /// The last value of each header (see `multiValueHeaders` for all of them).
  std::optional<http_headers> headers;
  std::optional<http_multi_value_headers> multiValueHeaders;
  /// The last value of each query parameter (see `multiValueQueryStringParameters` for all).
  std::optional<http_parameters> queryStringParameters;
  std::optional<http_multi_value_parameters> multiValueQueryStringParameters;
  std::optional<http_parameters> pathParameters;
  std::optional<http_parameters> stageVariables;

  /// The value of header `name`, matched case-insensitively; nullptr when absent.
  const std::string* header(std::string_view name) const { return detail::find_value(headers, name); }
  /// The (last) value of query parameter `name`; nullptr when absent.
  const std::string* query_parameter(std::string_view name) const {
    return detail::find_value(queryStringParameters, name);
  }
};

/// A request to a REST API (or to an HTTP API with payload format 1.0) through a Lambda proxy
/// integration; its maps and `header()` / `query_parameter()` come from `APIGatewayRequestParameters`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayProxyRequest : APIGatewayRequestParameters {
  std::optional<std::string> version;         ///< "1.0" from HTTP APIs; absent from REST APIs
  LAMBDA_JSON_REQUIRED std::string resource;  ///< the resource path as defined, "/{proxy+}"
  LAMBDA_JSON_REQUIRED std::string path;      ///< the path as requested
  LAMBDA_JSON_REQUIRED std::string httpMethod;
  LAMBDA_JSON_REQUIRED APIGatewayProxyRequestContext requestContext;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded` (binary media types).
  std::optional<std::string> body;
  bool isBase64Encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a REST API (v1 format) or WebSocket integration. Headers set in both maps are
/// merged by API Gateway. For a binary body, set `body` to its base64 and `isBase64Encoded`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayProxyResponse {
  int statusCode = 200;
  http_headers headers;
  http_multi_value_headers multiValueHeaders;
  std::string body;
  bool isBase64Encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// HTTP API (v2) payload format 2.0

/// The HTTP message's request line and client, as API Gateway saw them.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextHTTPDescription {
  std::string method;
  std::string path;
  std::string protocol;
  std::string sourceIp;
  std::string userAgent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The Cognito identity behind IAM credentials obtained from an identity pool.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity {
  std::vector<std::string> amr;  ///< authentication methods references
  std::string identityId;
  std::string identityPoolId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller of a route with IAM authorization. Keys that do not apply are `null`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextAuthorizerIAMDescription {
  std::string accessKey;
  std::string accountId;
  std::string callerId;
  std::optional<APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity> cognitoIdentity;
  std::optional<std::string> principalOrgId;
  std::string userArn;
  std::string userId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The claims and scopes of a JWT a JWT authorizer validated. API Gateway gives every claim as a
/// string (numbers as their digits, arrays as "[a b]").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextAuthorizerJWTDescription {
  std::map<std::string, std::string> claims;
  std::optional<std::vector<std::string>> scopes;  ///< `null` when the token has no scope claim

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the route's authorizer established; exactly one member is set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextAuthorizerDescription {
  std::optional<APIGatewayV2HTTPRequestContextAuthorizerJWTDescription> jwt;
  /// The `context` a Lambda authorizer returned, values as the JSON it gave.
  std::optional<std::map<std::string, json::raw_json>> lambda;
  std::optional<APIGatewayV2HTTPRequestContextAuthorizerIAMDescription> iam;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Mutual-TLS details.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContextAuthentication {
  std::optional<APIGatewayClientCert> clientCert;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What API Gateway knows about an HTTP API request besides the HTTP message.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequestContext {
  std::string routeKey;  ///< "GET /pets/{id}", or "$default"
  std::string accountId;
  std::string stage;
  std::string requestId;
  std::optional<APIGatewayV2HTTPRequestContextAuthorizerDescription> authorizer;  ///< absent without authorizer
  std::string apiId;
  std::string domainName;
  std::string domainPrefix;
  std::string time;  ///< CLF time, "12/Mar/2020:19:03:58 +0000"
  json::epoch_milliseconds timeEpoch;
  APIGatewayV2HTTPRequestContextHTTPDescription http;
  std::optional<APIGatewayV2HTTPRequestContextAuthentication> authentication;  ///< mutual TLS only
  std::optional<std::string> routeId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A request to an HTTP API with payload format 2.0. Header names are lower-case; repeated headers
/// and query parameters are joined with commas; cookies come separately. Keys API Gateway omits
/// when empty (cookies, query parameters, path parameters, stage variables, body) read as empty.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPRequest {
  LAMBDA_JSON_REQUIRED std::string version;  ///< "2.0"
  LAMBDA_JSON_REQUIRED std::string routeKey;
  LAMBDA_JSON_REQUIRED std::string rawPath;
  std::string rawQueryString;  ///< without the '?'
  std::vector<std::string> cookies;
  http_headers headers;
  http_parameters queryStringParameters;
  http_parameters pathParameters;
  LAMBDA_JSON_REQUIRED APIGatewayV2HTTPRequestContext requestContext;
  http_parameters stageVariables;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`.
  std::string body;
  bool isBase64Encoded = false;

  /// The value of header `name` (given in any case); nullptr when absent.
  const std::string* header(std::string_view name) const { return detail::find_value(headers, name); }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of an HTTP API with payload format 2.0. Each `Set-Cookie` goes in `cookies`;
/// for a binary body, set `body` to its base64 and `isBase64Encoded`. (A handler may also return
/// any other JSON: API Gateway then answers 200 with it as an `application/json` body.)
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayV2HTTPResponse {
  int statusCode = 200;
  http_headers headers;  ///< join repeated headers with commas
  std::string body;
  bool isBase64Encoded = false;
  std::vector<std::string> cookies;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// WebSocket API

/// What API Gateway knows about a WebSocket message or connection event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayWebsocketProxyRequestContext {
  std::optional<std::string> accountId;
  std::optional<std::string> resourceId;
  std::string stage;
  std::string requestId;
  APIGatewayRequestIdentity identity;
  std::optional<std::string> resourcePath;
  /// What the `$connect` route's authorizer returned (principalId, context entries, …).
  std::optional<std::map<std::string, json::raw_json>> authorizer;
  std::optional<std::string> httpMethod;
  std::string apiId;
  json::epoch_milliseconds connectedAt;
  LAMBDA_JSON_REQUIRED std::string connectionId;  ///< the id to post messages to with the @connections API
  std::string domainName;
  std::optional<std::string> error;
  LAMBDA_JSON_REQUIRED std::string eventType;  ///< "CONNECT", "MESSAGE" or "DISCONNECT"
  std::string extendedRequestId;
  std::optional<std::string> integrationLatency;
  std::string messageDirection;          ///< "IN"
  std::optional<std::string> messageId;  ///< MESSAGE events only
  std::string requestTime;               ///< CLF time, "20/Jan/2024:11:55:08 +0000"
  json::epoch_milliseconds requestTimeEpoch;
  LAMBDA_JSON_REQUIRED std::string routeKey;  ///< "$connect", "$disconnect", "$default" or a custom route
  std::optional<std::string> status;
  std::optional<std::int64_t> disconnectStatusCode;  ///< DISCONNECT events only: the WebSocket close code
  std::optional<std::string> disconnectReason;       ///< DISCONNECT events only

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An event of a WebSocket API: a connection (`$connect`, with the handshake's headers and query
/// parameters), a message (with `body`), or a disconnection. Answer with an `APIGatewayProxyResponse`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT APIGatewayWebsocketProxyRequest : APIGatewayRequestParameters {
  std::optional<std::string> resource;
  std::optional<std::string> path;
  std::optional<std::string> httpMethod;
  LAMBDA_JSON_REQUIRED APIGatewayWebsocketProxyRequestContext requestContext;
  std::optional<std::string> body;  ///< the message, for MESSAGE events
  bool isBase64Encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_APIGATEWAY_TYPES(X) \
  X(APIGatewayProxyRequest) \
  X(APIGatewayProxyResponse) \
  X(APIGatewayV2HTTPRequest) \
  X(APIGatewayV2HTTPResponse) \
  X(APIGatewayWebsocketProxyRequest)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/apigateway.json.h>
#endif
