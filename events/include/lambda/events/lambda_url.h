#pragma once
/// \file
/// Lambda function URL requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// The request has the shape of API Gateway's HTTP API payload format 2.0: lower-case header names,
/// repeated headers and query parameters joined with commas, cookies apart.

#include <lambda/events/http_maps.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// The HTTP message's request line and client.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequestContextHTTPDescription {
  std::string method;
  std::string path;
  std::string protocol;
  std::string sourceIp;
  std::string userAgent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The Cognito identity behind IAM credentials obtained from an identity pool.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequestContextAuthorizerCognitoIdentity {
  std::vector<std::string> amr;  ///< authentication methods references
  std::string identityId;
  std::string identityPoolId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller of a URL whose auth type is AWS_IAM. Keys that do not apply are `null`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequestContextAuthorizerIAMDescription {
  std::string accessKey;
  std::string accountId;
  std::string callerId;
  std::optional<LambdaFunctionURLRequestContextAuthorizerCognitoIdentity> cognitoIdentity;
  std::optional<std::string> principalOrgId;
  std::string userArn;
  std::string userId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What authorized the call.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequestContextAuthorizerDescription {
  std::optional<LambdaFunctionURLRequestContextAuthorizerIAMDescription> iam;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What Lambda knows about the request besides the HTTP message.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequestContext {
  std::string accountId;  ///< the function owner's account
  std::string requestId;
  /// `null` today: function URLs have no mutual TLS. Kept verbatim should it ever carry data.
  std::optional<json::raw_json> authentication;
  /// Present with auth type AWS_IAM; absent with NONE.
  std::optional<LambdaFunctionURLRequestContextAuthorizerDescription> authorizer;
  std::string apiId;         ///< the URL id
  std::string domainName;    ///< "<url-id>.lambda-url.<region>.on.aws"
  std::string domainPrefix;  ///< the URL id
  std::string time;          ///< CLF time, "12/Mar/2020:19:03:58 +0000"
  json::epoch_milliseconds timeEpoch;
  LambdaFunctionURLRequestContextHTTPDescription http;
  std::optional<std::string> routeKey;  ///< "$default" when sent
  std::optional<std::string> stage;     ///< "$default" when sent

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An HTTP request to a function URL. Keys Lambda omits when empty (cookies, query parameters,
/// body) read as empty.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLRequest {
  LAMBDA_JSON_REQUIRED std::string version;  ///< "2.0"
  std::optional<std::string> routeKey;       ///< "$default" when sent
  LAMBDA_JSON_REQUIRED std::string rawPath;
  std::string rawQueryString;  ///< without the '?'
  std::vector<std::string> cookies;
  http_headers headers;  ///< lower-case names
  http_parameters queryStringParameters;
  LAMBDA_JSON_REQUIRED LambdaFunctionURLRequestContext requestContext;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`.
  std::string body;
  bool isBase64Encoded = false;
  std::optional<http_parameters> pathParameters;  ///< `null` when sent: URLs have no routes
  std::optional<http_parameters> stageVariables;  ///< `null` when sent: URLs have no stages

  /// The value of header `name` (given in any case); nullptr when absent.
  const std::string* header(std::string_view name) const { return detail::find_value(headers, name); }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a function URL (buffered invoke mode). Each `Set-Cookie` goes in `cookies`; for
/// a binary body, set `body` to its base64 and `isBase64Encoded`. (A handler may also return any
/// other JSON: Lambda then answers 200 with it as an `application/json` body.)
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaFunctionURLResponse {
  int statusCode = 200;
  http_headers headers;
  std::string body;
  bool isBase64Encoded = false;
  std::vector<std::string> cookies;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_LAMBDA_URL_TYPES(X) \
  X(LambdaFunctionURLRequest) \
  X(LambdaFunctionURLResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/lambda_url.json.h>
#endif
