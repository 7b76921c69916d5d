// A typed API Gateway handler: the REST proxy event and response are lambda::events types, and
// the JSON body inside the event is a generated codec of our own.
#include "greeting.json.h"

#include <lambda/events/apigateway.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

using lambda::events::APIGatewayProxyRequest;
using lambda::events::APIGatewayProxyResponse;

APIGatewayProxyResponse handler(const APIGatewayProxyRequest& request, const lambda::Context& context) {
  auto greeting = lambda::json::parse<example::Greeting>(request.body.value_or(""));
  if (!greeting) {
    return {.statusCode = 400,
            .headers = {{"Content-Type", "text/plain"}},
            .body = "bad request body: " + greeting.error().message()};
  }
  std::string message;
  for (int i = 0; i < greeting->times; ++i) message += (i ? " " : "") + ("Hello, " + greeting->name + "!");
  lambda::log::info("greeted {} ({} times) for request {}", greeting->name, greeting->times, context.request_id);
  example::Reply reply{.message = message, .method = request.httpMethod, .path = request.path};
  return {.statusCode = 200, .headers = {{"Content-Type", "application/json"}}, .body = lambda::json::to_string(reply)};
}

int main() { return lambda::run(handler); }
