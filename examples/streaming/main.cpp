// A Function URL handler that streams its answer (invoke mode RESPONSE_STREAM): the HTTP status
// and headers go out first, then the body line by line as each is ready, so the client sees the
// first line long before the last. `?lines=N` picks how many (1 to 1000, default 5).
#include <lambda/events/lambda_url.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <thread>

using lambda::events::LambdaFunctionURLRequest;

namespace {

int requested_lines(const LambdaFunctionURLRequest& request) {
  auto it = request.queryStringParameters.find("lines");
  if (it == request.queryStringParameters.end()) return 5;
  int n = 0;
  auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), n);
  if (ec != std::errc() || end != it->second.data() + it->second.size() || n < 1 || n > 1000)
    throw std::invalid_argument("lines: expected a whole number from 1 to 1000, got '" + it->second + "'");
  return n;
}

void handler(const LambdaFunctionURLRequest& request, lambda::response_stream& out, const lambda::Context&) {
  // Checked before the first byte, so a bad request is still an ordinary function error.
  const int lines = requested_lines(request);
  lambda::http_prelude prelude;
  prelude.headers["content-type"] = "text/plain; charset=utf-8";
  prelude.headers["cache-control"] = "no-store";
  out.start_http(prelude);
  for (int i = 1; i <= lines; ++i) {
    // The sleep stands for whatever produces the next piece (a query page, a model's tokens).
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!out.write(fmt::format("line {} of {} for {}\n", i, lines, request.rawPath))) {
      lambda::log::warn("the client is gone after {} lines", i - 1);
      return;
    }
  }
}

}  // namespace

int main() { return lambda::run(handler); }
