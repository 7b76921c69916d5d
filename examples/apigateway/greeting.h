#pragma once
// The JSON this example's API carries in request and response bodies. The event and response
// themselves are lambda::events::APIGatewayProxyRequest / APIGatewayProxyResponse.

#include <lambda/json/annotate.h>

#include <string>

namespace example {

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
