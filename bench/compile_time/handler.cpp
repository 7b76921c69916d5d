// A whole function: the runtime, an event header and a typed handler.
#include <lambda/events/apigateway.h>
#include <lambda/runtime.h>

int main() {
  return lambda::run([](const lambda::events::APIGatewayProxyRequest& request) {
    lambda::events::APIGatewayProxyResponse response;
    response.statusCode = 200;
    response.body = request.body.value_or("");
    return response;
  });
}
