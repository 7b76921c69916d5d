#pragma once
// Many keys of equal length and shared prefixes: the API Gateway proxy request's top level.
#include <lambda/json/annotate.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace golden {

struct LAMBDA_JSON ProxyRequest {
  std::string resource;
  std::string path;
  std::string httpMethod;
  std::map<std::string, std::string> headers;
  std::map<std::string, std::vector<std::string>> multiValueHeaders;
  std::optional<std::map<std::string, std::string>> queryStringParameters;
  std::optional<std::map<std::string, std::vector<std::string>>> multiValueQueryStringParameters;
  std::optional<std::map<std::string, std::string>> pathParameters;
  std::optional<std::map<std::string, std::string>> stageVariables;
  std::optional<std::string> body;
  bool isBase64Encoded = false;
  std::string version;
  std::string routeKey;
  std::string rawPath;
  std::string rawQueryString;
  std::vector<std::string> cookies;
};

}  // namespace golden
