#pragma once
// The parts of an API Gateway REST proxy event and response this example uses. (The complete,
// sample-tested types are lambda::events::APIGatewayProxyRequest/Response, issue "Typed Lambda events".)

#include <lambda/json/annotate.h>

#include <map>
#include <optional>
#include <string>

namespace example {

struct LAMBDA_JSON ProxyRequest {
  std::string httpMethod;
  std::string path;
  std::optional<std::map<std::string, std::string>> queryStringParameters;
  std::optional<std::map<std::string, std::string>> headers;
  std::optional<std::string> body;
  bool isBase64Encoded = false;
};

struct LAMBDA_JSON ProxyResponse {
  int statusCode = 200;
  std::map<std::string, std::string> headers;
  std::string body;
  bool isBase64Encoded = false;
};

struct LAMBDA_JSON Greeting {
  LAMBDA_JSON_REQUIRED std::string name;
  int times = 1;
};

struct LAMBDA_JSON Reply {
  std::string message;
  std::string method;
  std::string path;
};

}  // namespace example
