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
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequestContextHTTPDescription {
  String method;
  String path;
  String protocol;
  String sourceIp;
  String userAgent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequestContextHTTPDescription =
    basic_LambdaFunctionURLRequestContextHTTPDescription<std::string>;

/// The Cognito identity behind IAM credentials obtained from an identity pool.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequestContextAuthorizerCognitoIdentity {
  std::vector<String> amr;  ///< authentication methods references
  String identityId;
  String identityPoolId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequestContextAuthorizerCognitoIdentity =
    basic_LambdaFunctionURLRequestContextAuthorizerCognitoIdentity<std::string>;

/// The caller of a URL whose auth type is AWS_IAM. Keys that do not apply are `null`.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequestContextAuthorizerIAMDescription {
  String accessKey;
  String accountId;
  String callerId;
  std::optional<basic_LambdaFunctionURLRequestContextAuthorizerCognitoIdentity<String>> cognitoIdentity;
  std::optional<String> principalOrgId;
  String userArn;
  String userId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequestContextAuthorizerIAMDescription =
    basic_LambdaFunctionURLRequestContextAuthorizerIAMDescription<std::string>;

/// What authorized the call.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequestContextAuthorizerDescription {
  std::optional<basic_LambdaFunctionURLRequestContextAuthorizerIAMDescription<String>> iam;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequestContextAuthorizerDescription =
    basic_LambdaFunctionURLRequestContextAuthorizerDescription<std::string>;

/// What Lambda knows about the request besides the HTTP message.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequestContext {
  String accountId;  ///< the function owner's account
  String requestId;
  /// `null` today: function URLs have no mutual TLS. Kept verbatim should it ever carry data.
  std::optional<json::raw_json> authentication;
  /// Present with auth type AWS_IAM; absent with NONE.
  std::optional<basic_LambdaFunctionURLRequestContextAuthorizerDescription<String>> authorizer;
  String apiId;         ///< the URL id
  String domainName;    ///< "<url-id>.lambda-url.<region>.on.aws"
  String domainPrefix;  ///< the URL id
  String time;          ///< CLF time, "12/Mar/2020:19:03:58 +0000"
  json::epoch_milliseconds timeEpoch;
  basic_LambdaFunctionURLRequestContextHTTPDescription<String> http;
  std::optional<String> routeKey;  ///< "$default" when sent
  std::optional<String> stage;     ///< "$default" when sent

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequestContext = basic_LambdaFunctionURLRequestContext<std::string>;

/// An HTTP request to a function URL. Keys Lambda omits when empty (cookies, query parameters,
/// body) read as empty.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_LambdaFunctionURLRequest {
  LAMBDA_JSON_REQUIRED String version;  ///< "2.0"
  std::optional<String> routeKey;       ///< "$default" when sent
  LAMBDA_JSON_REQUIRED String rawPath;
  String rawQueryString;  ///< without the '?'
  std::vector<String> cookies;
  basic_http_headers<String> headers;  ///< lower-case names
  basic_http_parameters<String> queryStringParameters;
  LAMBDA_JSON_REQUIRED basic_LambdaFunctionURLRequestContext<String> requestContext;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`.
  String body;
  bool isBase64Encoded = false;
  std::optional<basic_http_parameters<String>> pathParameters;  ///< `null` when sent: URLs have no routes
  std::optional<basic_http_parameters<String>> stageVariables;  ///< `null` when sent: URLs have no stages

  /// The value of header `name` (given in any case); nullptr when absent.
  const String* header(std::string_view name) const { return detail::find_value(headers, name); }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using LambdaFunctionURLRequest LAMBDA_JSON = basic_LambdaFunctionURLRequest<std::string>;

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

/// The function URL request with its strings borrowed from the text it was read from
/// (`std::string_view` members, no allocation per string): valid while that text and the parser
/// that read it are untouched — during the handler call, with `lambda::run`. See "Borrowed events"
/// in the README.
namespace borrowed {
using LambdaFunctionURLRequest LAMBDA_JSON = basic_LambdaFunctionURLRequest<std::string_view>;
using LambdaFunctionURLRequestContext = basic_LambdaFunctionURLRequestContext<std::string_view>;
}  // namespace borrowed

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
