#pragma once
// A hand-written API Gateway REST proxy request, in an owned and a borrowed form, for the
// serialization benchmark. (The real event types live in events/; these stay fixed so benchmark
// numbers remain comparable over time.)

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct LAMBDA_JSON Identity {
  std::optional<std::string> cognitoIdentityPoolId, accountId, cognitoIdentityId, caller, apiKey, apiKeyId, accessKey,
      sourceIp, cognitoAuthenticationType, cognitoAuthenticationProvider, userArn, userAgent, user;
  friend bool operator==(const Identity&, const Identity&) = default;
};

struct LAMBDA_JSON RequestContext {
  std::string accountId, resourceId, stage, requestId, extendedRequestId, requestTime;
  std::int64_t requestTimeEpoch = 0;
  std::string path, resourcePath, httpMethod, apiId, protocol, domainName, domainPrefix;
  Identity identity;
  std::map<std::string, lambda::json::raw_json> authorizer;
  friend bool operator==(const RequestContext&, const RequestContext&) = default;
};

struct LAMBDA_JSON RestRequest {
  std::string resource, path, httpMethod;
  std::map<std::string, std::string> headers;
  std::map<std::string, std::vector<std::string>> multiValueHeaders;
  std::optional<std::map<std::string, std::string>> queryStringParameters;
  std::optional<std::map<std::string, std::vector<std::string>>> multiValueQueryStringParameters;
  std::optional<std::map<std::string, std::string>> pathParameters, stageVariables;
  RequestContext requestContext;
  std::optional<std::string> body;
  bool isBase64Encoded = false;
  friend bool operator==(const RestRequest&, const RestRequest&) = default;
};

// Borrowed: every string points into the parser's buffers, valid until the next parse.
struct LAMBDA_JSON IdentityView {
  std::optional<std::string_view> cognitoIdentityPoolId, accountId, cognitoIdentityId, caller, apiKey, apiKeyId,
      accessKey, sourceIp, cognitoAuthenticationType, cognitoAuthenticationProvider, userArn, userAgent, user;
};

struct LAMBDA_JSON RequestContextView {
  std::string_view accountId, resourceId, stage, requestId, extendedRequestId, requestTime;
  std::int64_t requestTimeEpoch = 0;
  std::string_view path, resourcePath, httpMethod, apiId, protocol, domainName, domainPrefix;
  IdentityView identity;
  std::map<std::string_view, lambda::json::raw_json> authorizer;
};

struct LAMBDA_JSON RestRequestView {
  std::string_view resource, path, httpMethod;
  std::map<std::string_view, std::string_view> headers;
  std::map<std::string_view, std::vector<std::string_view>> multiValueHeaders;
  std::optional<std::map<std::string_view, std::string_view>> queryStringParameters;
  std::optional<std::map<std::string_view, std::vector<std::string_view>>> multiValueQueryStringParameters;
  std::optional<std::map<std::string_view, std::string_view>> pathParameters, stageVariables;
  RequestContextView requestContext;
  std::optional<std::string_view> body;
  bool isBase64Encoded = false;
};

}  // namespace bench
