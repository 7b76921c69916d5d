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
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayClientCertValidity {
  String notBefore;
  String notAfter;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayClientCertValidity = basic_APIGatewayClientCertValidity<std::string>;

/// The client certificate of a mutual-TLS request (custom domain names with mTLS enabled).
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayClientCert {
  String clientCertPem;  ///< the certificate, PEM-encoded
  String subjectDN;
  String issuerDN;
  String serialNumber;
  basic_APIGatewayClientCertValidity<String> validity;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayClientCert = basic_APIGatewayClientCert<std::string>;

/// Who called a REST or WebSocket API. API Gateway sends every key, as `null` where it does not
/// apply (no IAM or Cognito authentication, no API key, …), so all but `sourceIp` are optional.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayRequestIdentity {
  std::optional<String> cognitoIdentityPoolId;
  std::optional<String> accountId;  ///< the caller's account, with IAM authorization
  std::optional<String> cognitoIdentityId;
  std::optional<String> caller;
  std::optional<String> apiKey;
  std::optional<String> apiKeyId;
  std::optional<String> accessKey;
  String sourceIp;
  std::optional<String> cognitoAuthenticationType;
  std::optional<String> cognitoAuthenticationProvider;
  std::optional<String> userArn;
  std::optional<String> userAgent;
  std::optional<String> user;
  std::optional<String> principalOrgId;
  std::optional<String> vpcId;                                   ///< private APIs only
  std::optional<String> vpceId;                                  ///< private APIs only
  std::optional<basic_APIGatewayClientCert<String>> clientCert;  ///< mutual TLS only

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayRequestIdentity = basic_APIGatewayRequestIdentity<std::string>;

// ---------------------------------------------------------------------------------------------
// REST API (v1) proxy integration

/// What API Gateway knows about a REST API request besides the HTTP message.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayProxyRequestContext {
  String accountId;                     ///< the API owner's account
  std::optional<String> resourceId;     ///< `null` in HTTP API payload format 1.0
  std::optional<String> operationName;  ///< the method's operation name, when one is set
  String stage;
  String domainName;
  String domainPrefix;
  String requestId;
  String extendedRequestId;
  String protocol;  ///< "HTTP/1.1"
  basic_APIGatewayRequestIdentity<String> identity;
  String resourcePath;  ///< the resource as defined, "/{proxy+}"
  String path;          ///< the path as requested, with the stage when not on a custom domain
  /// What the authorizer returned: for a Lambda authorizer `principalId`, `integrationLatency` and its
  /// `context` entries; for a Cognito user pool `claims` (and `scopes`). Absent without authorizer.
  std::optional<std::map<String, json::raw_json>> authorizer;
  String httpMethod;
  String requestTime;  ///< CLF time, "15/May/2020:06:01:09 +0000"
  json::epoch_milliseconds requestTimeEpoch;
  String apiId;
  /// Only in WebSocket events read as this type (some .NET-generated samples do so); see
  /// `APIGatewayWebsocketProxyRequest` for those.
  std::optional<String> connectionId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayProxyRequestContext = basic_APIGatewayProxyRequestContext<std::string>;

/// The parameters of a request in the REST (v1) format, shared by proxy requests, WebSocket
/// requests and REQUEST authorizers. API Gateway sends `null` for a map that has no entries,
/// hence the optionals; `header()` and `query_parameter()` look values up without those checks.
template <class String>
struct basic_APIGatewayRequestParameters {
  /// The last value of each header (see `multiValueHeaders` for all of them).
  std::optional<basic_http_headers<String>> headers;
  std::optional<basic_http_multi_value_headers<String>> multiValueHeaders;
  /// The last value of each query parameter (see `multiValueQueryStringParameters` for all).
  std::optional<basic_http_parameters<String>> queryStringParameters;
  std::optional<basic_http_multi_value_parameters<String>> multiValueQueryStringParameters;
  std::optional<basic_http_parameters<String>> pathParameters;
  std::optional<basic_http_parameters<String>> stageVariables;

  /// The value of header `name`, matched case-insensitively; nullptr when absent.
  const String* header(std::string_view name) const { return detail::find_value(headers, name); }
  /// The (last) value of query parameter `name`; nullptr when absent.
  const String* query_parameter(std::string_view name) const { return detail::find_value(queryStringParameters, name); }
};
using APIGatewayRequestParameters = basic_APIGatewayRequestParameters<std::string>;

/// A request to a REST API (or to an HTTP API with payload format 1.0) through a Lambda proxy
/// integration; its maps and `header()` / `query_parameter()` come from `APIGatewayRequestParameters`.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayProxyRequest
    : basic_APIGatewayRequestParameters<String> {
  std::optional<String> version;         ///< "1.0" from HTTP APIs; absent from REST APIs
  LAMBDA_JSON_REQUIRED String resource;  ///< the resource path as defined, "/{proxy+}"
  LAMBDA_JSON_REQUIRED String path;      ///< the path as requested
  LAMBDA_JSON_REQUIRED String httpMethod;
  LAMBDA_JSON_REQUIRED basic_APIGatewayProxyRequestContext<String> requestContext;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded` (binary media types).
  std::optional<String> body;
  bool isBase64Encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayProxyRequest LAMBDA_JSON = basic_APIGatewayProxyRequest<std::string>;

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
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextHTTPDescription {
  String method;
  String path;
  String protocol;
  String sourceIp;
  String userAgent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextHTTPDescription = basic_APIGatewayV2HTTPRequestContextHTTPDescription<std::string>;

/// The Cognito identity behind IAM credentials obtained from an identity pool.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity {
  std::vector<String> amr;  ///< authentication methods references
  String identityId;
  String identityPoolId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity =
    basic_APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity<std::string>;

/// The caller of a route with IAM authorization. Keys that do not apply are `null`.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextAuthorizerIAMDescription {
  String accessKey;
  String accountId;
  String callerId;
  std::optional<basic_APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity<String>> cognitoIdentity;
  std::optional<String> principalOrgId;
  String userArn;
  String userId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextAuthorizerIAMDescription =
    basic_APIGatewayV2HTTPRequestContextAuthorizerIAMDescription<std::string>;

/// The claims and scopes of a JWT a JWT authorizer validated. API Gateway gives every claim as a
/// string (numbers as their digits, arrays as "[a b]").
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextAuthorizerJWTDescription {
  std::map<String, String> claims;
  std::optional<std::vector<String>> scopes;  ///< `null` when the token has no scope claim

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextAuthorizerJWTDescription =
    basic_APIGatewayV2HTTPRequestContextAuthorizerJWTDescription<std::string>;

/// What the route's authorizer established; exactly one member is set.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextAuthorizerDescription {
  std::optional<basic_APIGatewayV2HTTPRequestContextAuthorizerJWTDescription<String>> jwt;
  /// The `context` a Lambda authorizer returned, values as the JSON it gave.
  std::optional<std::map<String, json::raw_json>> lambda;
  std::optional<basic_APIGatewayV2HTTPRequestContextAuthorizerIAMDescription<String>> iam;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextAuthorizerDescription =
    basic_APIGatewayV2HTTPRequestContextAuthorizerDescription<std::string>;

/// Mutual-TLS details.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContextAuthentication {
  std::optional<basic_APIGatewayClientCert<String>> clientCert;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContextAuthentication = basic_APIGatewayV2HTTPRequestContextAuthentication<std::string>;

/// What API Gateway knows about an HTTP API request besides the HTTP message.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequestContext {
  String routeKey;  ///< "GET /pets/{id}", or "$default"
  String accountId;
  String stage;
  String requestId;
  std::optional<basic_APIGatewayV2HTTPRequestContextAuthorizerDescription<String>>
      authorizer;  ///< absent without authorizer
  String apiId;
  String domainName;
  String domainPrefix;
  String time;  ///< CLF time, "12/Mar/2020:19:03:58 +0000"
  json::epoch_milliseconds timeEpoch;
  basic_APIGatewayV2HTTPRequestContextHTTPDescription<String> http;
  std::optional<basic_APIGatewayV2HTTPRequestContextAuthentication<String>> authentication;  ///< mutual TLS only
  std::optional<String> routeId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequestContext = basic_APIGatewayV2HTTPRequestContext<std::string>;

/// A request to an HTTP API with payload format 2.0. Header names are lower-case; repeated headers
/// and query parameters are joined with commas; cookies come separately. Keys API Gateway omits
/// when empty (cookies, query parameters, path parameters, stage variables, body) read as empty.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_APIGatewayV2HTTPRequest {
  LAMBDA_JSON_REQUIRED String version;  ///< "2.0"
  LAMBDA_JSON_REQUIRED String routeKey;
  LAMBDA_JSON_REQUIRED String rawPath;
  String rawQueryString;  ///< without the '?'
  std::vector<String> cookies;
  basic_http_headers<String> headers;
  basic_http_parameters<String> queryStringParameters;
  basic_http_parameters<String> pathParameters;
  LAMBDA_JSON_REQUIRED basic_APIGatewayV2HTTPRequestContext<String> requestContext;
  basic_http_parameters<String> stageVariables;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`.
  String body;
  bool isBase64Encoded = false;

  /// The value of header `name` (given in any case); nullptr when absent.
  const String* header(std::string_view name) const { return detail::find_value(headers, name); }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using APIGatewayV2HTTPRequest LAMBDA_JSON = basic_APIGatewayV2HTTPRequest<std::string>;

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

/// The REST (v1) and HTTP API (v2) requests with their strings borrowed from the text they were
/// read from (`std::string_view` members, no allocation per string): valid while that text and the
/// parser that read it are untouched — during the handler call, with `lambda::run`. See "Borrowed
/// events" in the README.
namespace borrowed {
using APIGatewayProxyRequest LAMBDA_JSON = basic_APIGatewayProxyRequest<std::string_view>;
using APIGatewayProxyRequestContext = basic_APIGatewayProxyRequestContext<std::string_view>;
using APIGatewayRequestIdentity = basic_APIGatewayRequestIdentity<std::string_view>;
using APIGatewayV2HTTPRequest LAMBDA_JSON = basic_APIGatewayV2HTTPRequest<std::string_view>;
using APIGatewayV2HTTPRequestContext = basic_APIGatewayV2HTTPRequestContext<std::string_view>;
}  // namespace borrowed

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
