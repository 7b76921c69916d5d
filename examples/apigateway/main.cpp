// A typed API Gateway handler: the event and the response are generated codecs, and so is the
// JSON body inside the event.
#include "proxy.json.h"

#include <lambda/log.h>
#include <lambda/runtime.h>

using example::ProxyRequest;
using example::ProxyResponse;

ProxyResponse handler(const ProxyRequest& request, const lambda::Context& context) {
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
  return {.statusCode = 200,
          .headers = {{"Content-Type", "application/json"}},
          .body = lambda::json::to_string(reply)};
}

int main() { return lambda::run(handler); }
