// A translation unit that uses one event header: parses a REST API request and writes a response.
#include <lambda/events/apigateway.h>

#include <string>
#include <string_view>

std::string echo(std::string_view text) {
  auto request = lambda::json::parse<lambda::events::APIGatewayProxyRequest>(text);
  lambda::events::APIGatewayProxyResponse response;
  response.statusCode = request ? 200 : 400;
  response.body = request ? request->body.value_or("") : request.error().message();
  return lambda::json::to_string(response);
}
