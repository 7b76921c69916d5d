// lambda-emulator: runs a Lambda function locally behind an emulated Runtime API.
//
//   lambda-emulator invoke FUNCTION [--event FILE] [--timeout S] [--memory MB]
//   lambda-emulator serve  FUNCTION [--port N]     [--timeout S] [--memory MB]

#include "emulator.h"
#include "http_server.h"

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
#include <unistd.h>
#include <vector>

using namespace lambda::emulator;

namespace {

constexpr int exit_function_error = 1;
constexpr int exit_usage = 2;

constexpr const char* usage_text =
    "usage:\n"
    "  lambda-emulator invoke FUNCTION [--event FILE] [--timeout S] [--memory MB]\n"
    "      run FUNCTION, send it one event (FILE, or stdin), print the response body;\n"
    "      exit 0 on success, 1 on a function error\n"
    "  lambda-emulator serve FUNCTION [--port N] [--timeout S] [--memory MB]\n"
    "      accept invokes on http://127.0.0.1:N/2015-03-31/functions/function/invocations\n"
    "      (default port 9000) until interrupted\n";

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

// The Runtime API server and the emulator refer to each other, so they are built in two steps.
struct emulated_environment {
    std::unique_ptr<emulator> service;
    std::unique_ptr<http_server> runtime_api;

    explicit emulated_environment(emulator_options options) {
        runtime_api = std::make_unique<http_server>(0, [this](const http_request& r) { return service->handle(r); });
        service = std::make_unique<emulator>(std::move(options), runtime_api->port());
    }
    ~emulated_environment() {
        service->shut_down();
        runtime_api->stop();
        service.reset();
    }
};

int invoke_once(const command_line& cl) {
    invoke_request request;
    request.payload = read_event(cl.event_file);
    emulated_environment env(cl.options);
    invoke_result result = env.service->invoke(request);
    std::fwrite(result.body.data(), 1, result.body.size(), stdout);
    std::fflush(stdout);
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
    http_server invokes(cl.port, [&](const http_request& r) { return env.service->handle(r); });
    std::fprintf(stderr, "lambda-emulator: serving %s on http://127.0.0.1:%u/2015-03-31/functions/function/invocations\n",
                 cl.options.function.c_str(), static_cast<unsigned>(invokes.port()));
    int signal = 0;
    sigwait(&set, &signal);
    std::fprintf(stderr, "lambda-emulator: stopping\n");
    env.service->shut_down();
    invokes.stop();
    return 0;
}

} // namespace

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
