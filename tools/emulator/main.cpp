// lambda-emulator: runs a Lambda function locally behind an emulated Runtime API.
//
//   lambda-emulator invoke FUNCTION [--event FILE] [--timeout S] [--memory MB]
//   lambda-emulator serve  FUNCTION [--port N]     [--timeout S] [--memory MB] [--concurrency N]
//
// A function that streams its response is relayed as it produces it: `invoke` prints each piece
// at once, `serve` answers with a chunked response whose trailers carry a mid-stream error.

#include "emulator.h"
#include "http_server.h"
#include "invoke_endpoint.h"

#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <pthread.h>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

using namespace lambda::emulator;

namespace {

constexpr int exit_function_error = 1;
constexpr int exit_usage = 2;

constexpr const char* usage_text =
    "usage:\n"
    "  lambda-emulator invoke FUNCTION [--event FILE] [--timeout S] [--memory MB]\n"
    "      run FUNCTION, send it one event (FILE, or stdin), print the response body (a\n"
    "      streamed one as it arrives); exit 0 on success, 1 on a function error or a\n"
    "      stream that ended in error (reported on stderr)\n"
    "  lambda-emulator serve FUNCTION [--port N] [--timeout S] [--memory MB] [--concurrency N]\n"
    "      accept invokes on http://127.0.0.1:N/2015-03-31/functions/function/invocations\n"
    "      (default port 9000) until interrupted; --concurrency N runs the function as on\n"
    "      Lambda Managed Instances (AWS_LAMBDA_MAX_CONCURRENCY=N, up to N invokes at once);\n"
    "      a streamed response is sent chunked, a mid-stream error in its trailers\n"
    "  When the function registered an extension, stopping sends it SIGTERM and allows 500 ms\n"
    "  before SIGKILL.\n";

struct command_line {
  std::string command;
  std::string function;
  std::optional<std::string> event_file;
  std::uint16_t port = 9000;
  emulator_options options;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::fprintf(stderr, "lambda-emulator: %s\n%s", message.c_str(), usage_text);
  std::exit(exit_usage);
}

double parse_number(const std::string& flag, const std::string& text) {
  try {
    std::size_t used = 0;
    double v = std::stod(text, &used);
    if (used != text.size() || !(v > 0)) throw std::invalid_argument(text);
    return v;
  } catch (const std::exception&) {
    usage_error(fmt::format("{}: expected a positive number, got '{}'", flag, text));
  }
}

command_line parse(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(usage_text, args.empty() ? stderr : stdout);
    std::exit(args.empty() ? exit_usage : 0);
  }
  command_line cl;
  cl.command = args[0];
  if (cl.command != "invoke" && cl.command != "serve") usage_error("unknown command '" + cl.command + "'");
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) usage_error(a + " needs a value");
      return args[++i];
    };
    if (a == "--event" && cl.command == "invoke") {
      cl.event_file = value();
    } else if (a == "--timeout") {
      cl.options.timeout = std::chrono::milliseconds(static_cast<long long>(parse_number(a, value()) * 1000));
    } else if (a == "--memory") {
      cl.options.memory_mb = static_cast<std::uint32_t>(parse_number(a, value()));
    } else if (a == "--concurrency" && cl.command == "serve") {
      double n = parse_number(a, value());
      if (n > 1600 || n != static_cast<int>(n)) usage_error("--concurrency: expected a whole number from 1 to 1600");
      cl.options.concurrency = static_cast<std::uint32_t>(n);
    } else if (a == "--port" && cl.command == "serve") {
      double port = parse_number(a, value());
      if (port > 65535 || port != static_cast<int>(port)) usage_error("--port: expected 1..65535");
      cl.port = static_cast<std::uint16_t>(port);
    } else if (a.starts_with("--")) {
      usage_error("unknown option '" + a + "' for " + cl.command);
    } else if (cl.function.empty()) {
      cl.function = a;
    } else {
      usage_error("unexpected argument '" + a + "'");
    }
  }
  if (cl.function.empty()) usage_error("missing FUNCTION (the path of the function's executable)");
  char* resolved = ::realpath(cl.function.c_str(), nullptr);
  if (!resolved) usage_error(fmt::format("{}: no such file", cl.function));
  cl.options.function = resolved;
  std::free(resolved);
  if (::access(cl.options.function.c_str(), X_OK) != 0) usage_error(fmt::format("{}: not executable", cl.function));
  return cl;
}

std::string read_event(const std::optional<std::string>& file) {
  if (!file) return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(*file, std::ios::binary);
  if (!in) usage_error(fmt::format("--event: cannot read '{}'", *file));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The emulated environment: the emulator serves each function process its own Runtime API.
struct emulated_environment {
  std::unique_ptr<emulator> service;

  explicit emulated_environment(emulator_options options) : service(std::make_unique<emulator>(std::move(options))) {}
  // Lambda's shutdown order: the function is signalled while its Runtime API is still served,
  // then whatever is blocked on that API is released.
  void stop() {
    if (auto how = service->stop_function())
      std::fprintf(stderr, "lambda-emulator: function stopped after SIGTERM: %s\n", how->c_str());
    service->shut_down();
  }
  ~emulated_environment() {
    stop();
    service.reset();
  }
};

// Prints a streamed response piece by piece, flushed, so that whoever reads the pipe sees each
// piece when the function produced it. A closed stdout cancels the stream.
class stdout_sink final : public stream_sink {
 public:
  bool begin(std::string_view) override { return true; }
  bool write(std::string_view data) override {
    return std::fwrite(data.data(), 1, data.size(), stdout) == data.size() && std::fflush(stdout) == 0;
  }
};

int invoke_once(const command_line& cl) {
  invoke_request request;
  request.payload = read_event(cl.event_file);
  emulated_environment env(cl.options);
  stdout_sink sink;
  invoke_result result = env.service->invoke(request, &sink);
  if (!result.streamed) {
    std::fwrite(result.body.data(), 1, result.body.size(), stdout);
    std::fflush(stdout);
  } else if (result.function_error) {
    // stdout holds the bytes that were streamed; the error cannot be appended to them.
    std::fprintf(stderr, "lambda-emulator: the response stream ended with an error: %s\n", result.error_body.c_str());
  }
  env.stop();
  return result.function_error ? exit_function_error : 0;
}

int serve(const command_line& cl) {
  // Block the stop signals before any thread starts so that only sigwait() below sees them.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  emulated_environment env(cl.options);
  invoke_endpoint endpoint(*env.service);
  http_server invokes(cl.port, [&](const http_request& r) { return endpoint.handle(r); });
  std::fprintf(stderr, "lambda-emulator: serving %s on http://127.0.0.1:%u/2015-03-31/functions/function/invocations\n",
               cl.options.function.c_str(), static_cast<unsigned>(invokes.port()));
  int signal = 0;
  sigwait(&set, &signal);
  std::fprintf(stderr, "lambda-emulator: stopping\n");
  env.stop();
  invokes.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);

  command_line cl = parse(argc, argv);
  try {
    return cl.command == "invoke" ? invoke_once(cl) : serve(cl);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lambda-emulator: %s\n", e.what());
    return exit_usage;
  }
}
