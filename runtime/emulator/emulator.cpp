#include "emulator.h"

#include <lambda/json/writer.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ctime>
#include <random>
#include <unistd.h>

extern char** environ;

namespace lambda::emulator {
namespace {

// RAPID's payload limit for events and buffered responses (6 MiB + 100 bytes).
constexpr std::size_t max_payload_bytes = 6 * 1024 * 1024 + 100;
constexpr std::string_view runtime_prefix = "/2018-06-01/runtime/";
constexpr std::string_view extension_prefix = "/2020-01-01/extension/";
// What Lambda allows between SIGTERM and SIGKILL when the only extension is internal.
constexpr std::chrono::milliseconds shutdown_budget{500};

std::string random_hex(std::size_t digits) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < digits; ++i) out.push_back(hex[rng() & 0xF]);
    return out;
}

std::string uuid_v4() {
    std::string h = random_hex(32);
    h[12] = '4';
    h[16] = "89ab"[h[16] % 4];
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

std::string xray_trace_id() {
    return fmt::format("Root=1-{:08x}-{};Parent={};Sampled=0", static_cast<std::uint32_t>(std::time(nullptr)),
                       random_hex(24), random_hex(16));
}

// The one JSON escaper of the project: it also repairs invalid UTF-8, which a function's error
// message may well contain.
std::string json_string(std::string_view text) {
    lambda::json::writer w;
    w.string(text);
    return w.release();
}

std::string error_json(std::string_view type, std::string_view message) {
    return "{\"errorType\":" + json_string(type) + ",\"errorMessage\":" + json_string(message) + "}";
}

http_response json_reply(int status, std::string body) {
    http_response r;
    r.status = status;
    r.headers.set("content-type", "application/json");
    r.body = std::move(body);
    return r;
}

std::string env_or(const char* name, std::string fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

std::string function_name_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    return env_or("AWS_LAMBDA_FUNCTION_NAME", slash == std::string::npos ? path : path.substr(slash + 1));
}

} // namespace

struct emulator::pending {
    std::string request_id = uuid_v4();
    std::string invocation_id = uuid_v4();
    std::string trace_id = xray_trace_id();
    invoke_request request;
    bool picked = false;
    bool done = false;
    std::chrono::system_clock::time_point deadline;
    std::chrono::steady_clock::time_point steady_deadline;
    invoke_result result;
};

std::optional<std::string> base64_decode(std::string_view text) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    };
    while (!text.empty() && text.back() == '=') text.remove_suffix(1);
    if (text.size() % 4 == 1) return std::nullopt;
    std::string out;
    std::uint32_t bits = 0;
    int count = 0;
    for (char c : text) {
        int v = value(c);
        if (v < 0) return std::nullopt;
        bits = (bits << 6) | static_cast<std::uint32_t>(v);
        if (++count == 4) {
            out.push_back(static_cast<char>((bits >> 16) & 0xFF));
            out.push_back(static_cast<char>((bits >> 8) & 0xFF));
            out.push_back(static_cast<char>(bits & 0xFF));
            bits = 0;
            count = 0;
        }
    }
    if (count == 2) out.push_back(static_cast<char>((bits >> 4) & 0xFF));
    if (count == 3) {
        out.push_back(static_cast<char>((bits >> 10) & 0xFF));
        out.push_back(static_cast<char>((bits >> 2) & 0xFF));
    }
    return out;
}

emulator::emulator(emulator_options options, std::uint16_t runtime_api_port)
    : options_(std::move(options)), max_in_flight_(options_.concurrency.value_or(1)) {
    process_ = std::make_unique<function_process>(options_.function, function_environment(runtime_api_port),
                                                  [this](std::string how) { on_process_exit(std::move(how)); });
}

emulator::~emulator() {
    shut_down();
    process_.reset(); // kills the function and joins the supervisor before our state goes away
}

std::optional<std::string> emulator::stop_function() {
    bool extension_registered;
    {
        std::lock_guard lock(mutex_);
        extension_registered = !extensions_.empty();
    }
    // Without an extension Lambda does not signal the runtime before killing it.
    if (!extension_registered) {
        process_->kill_and_wait();
        return std::nullopt;
    }
    return process_->terminate(shutdown_budget);
}

void emulator::shut_down() {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    cv_.notify_all();
}

std::vector<std::string> emulator::function_environment(std::uint16_t port) const {
    std::string name = function_name_of(options_.function);
    std::string region = env_or("AWS_REGION", env_or("AWS_DEFAULT_REGION", "us-east-1"));
    std::string dir = options_.function.substr(0, options_.function.find_last_of('/') + 1);
    std::string stream = fmt::format("{:%Y/%m/%d}/[$LATEST]{}", fmt::gmtime(std::time(nullptr)), random_hex(32));
    // The platform's variables, unless the caller set them (AWS_LAMBDA_RUNTIME_API is always ours).
    std::vector<std::pair<std::string, std::string>> defaults{
        {"AWS_LAMBDA_FUNCTION_NAME", name},
        {"AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"},
        {"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", std::to_string(options_.memory_mb)},
        {"AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name},
        {"AWS_LAMBDA_LOG_STREAM_NAME", stream},
        {"AWS_LAMBDA_INITIALIZATION_TYPE", options_.concurrency ? "lambda-managed-instances" : "on-demand"},
        {"AWS_REGION", region},
        {"AWS_DEFAULT_REGION", region},
        {"LAMBDA_TASK_ROOT", dir.empty() ? std::string(".") : dir},
        {"_HANDLER", name},
        {"TZ", ":UTC"},
    };
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string_view entry(*e);
        if (entry.starts_with("AWS_LAMBDA_RUNTIME_API=") || entry.starts_with("_X_AMZN_TRACE_ID=")) continue;
        env.emplace_back(entry);
        auto key = entry.substr(0, entry.find('='));
        std::erase_if(defaults, [&](const auto& d) { return d.first == key; });
    }
    for (auto& [k, v] : defaults) env.push_back(k + "=" + v);
    // The emulator's own setting, not a default: it decides how many /next requests are parked.
    std::erase_if(env, [](const std::string& e) { return e.starts_with("AWS_LAMBDA_MAX_CONCURRENCY="); });
    if (options_.concurrency) env.push_back(fmt::format("AWS_LAMBDA_MAX_CONCURRENCY={}", *options_.concurrency));
    env.push_back(fmt::format("AWS_LAMBDA_RUNTIME_API=127.0.0.1:{}", port));
    return env;
}

void emulator::fail_locked(pending& p, std::string error_type, std::string message) {
    p.result.function_error = true;
    p.result.content_type = "application/json";
    p.result.body = error_json(error_type, message);
    p.done = true;
    cv_.notify_all();
}

void emulator::on_process_exit(std::string how) {
    std::lock_guard lock(mutex_);
    ++process_epoch_;
    auto fail = [&](pending& p) {
        if (init_error_body_) {
            p.result = {true, *init_error_body_, "application/json"};
            p.done = true;
        } else {
            fail_locked(p, "Runtime.ExitError",
                        fmt::format("RequestId: {} Error: Runtime exited with error: {}", p.request_id, how));
        }
    };
    for (auto& [id, p] : handed_out_)
        if (!p->done) fail(*p);
    handed_out_.clear();
    extensions_.clear();
    for (auto& p : queue_) fail(*p);
    queue_.clear();
    init_error_body_.reset();
    cv_.notify_all();
}

invoke_result emulator::invoke(const invoke_request& request) {
    {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [&] { return in_flight_ < max_in_flight_ || stopping_; });
        if (stopping_) return {true, error_json("Runtime.Shutdown", "the emulator is shutting down"), "application/json"};
        ++in_flight_;
    }
    // Released only after a timed-out environment has been reset, so no invoke reaches the old process.
    struct slot {
        emulator& e;
        ~slot() {
            std::lock_guard lock(e.mutex_);
            --e.in_flight_;
            e.cv_.notify_all();
        }
    } held{*this};
    auto p = std::make_shared<pending>();
    p->request = request;
    if (request.payload.size() > max_payload_bytes) {
        p->result = {true, error_json("RequestEntityTooLargeException",
                                      fmt::format("Request must be smaller than {} bytes for the InvokeFunction operation",
                                                  max_payload_bytes)),
                     "application/json"};
        return p->result;
    }
    std::string start_error;
    if (!process_->ensure_running(start_error)) {
        return {true, error_json("Runtime.InvalidEntrypoint", start_error), "application/json"};
    }
    bool timed_out = false;
    {
        std::unique_lock lock(mutex_);
        if (!process_->running()) {
            // It ended between starting and now; its exit has been handled already.
            fail_locked(*p, "Runtime.ExitError",
                        fmt::format("RequestId: {} Error: Runtime exited before asking for an invocation", p->request_id));
            return p->result;
        }
        queue_.push_back(p);
        cv_.notify_all();
        if (!cv_.wait_for(lock, options_.init_timeout, [&] { return p->picked || p->done || stopping_; })) {
            std::erase(queue_, p);
            fail_locked(*p, "Sandbox.Timedout",
                        fmt::format("RequestId: {} Error: the function did not ask for an invocation within {} ms",
                                    p->request_id, options_.init_timeout.count()));
            timed_out = true;
        } else {
            cv_.wait_until(lock, p->steady_deadline, [&] { return p->done || stopping_; });
            if (!p->done) {
                timed_out_.insert(p->request_id);
                handed_out_.erase(p->request_id);
                double seconds = std::chrono::duration<double>(options_.timeout).count();
                fail_locked(*p, stopping_ ? "Runtime.Shutdown" : "Sandbox.Timedout",
                            stopping_ ? fmt::format("RequestId: {} Error: the emulator is shutting down", p->request_id)
                                      : fmt::format("RequestId: {} Error: Task timed out after {:.2f} seconds",
                                                    p->request_id, seconds));
                timed_out = true;
            }
        }
    }
    // A timed-out function is reset, as Lambda does: the next invoke starts a fresh process. Managed
    // instances leave it running: its other invocations are not at fault.
    if (timed_out && !options_.concurrency) process_->kill_and_wait();
    return p->result;
}

http_response emulator::handle(const http_request& request) {
    std::string_view path = request.path();
    if (path.starts_with(runtime_prefix)) {
        std::string_view rest = path.substr(runtime_prefix.size());
        if (rest == "invocation/next" && request.method == "GET") return next(request);
        if (rest == "init/error" && request.method == "POST") return init_error(request);
        if (rest.starts_with("invocation/") && request.method == "POST") {
            std::string_view tail = rest.substr(std::string_view("invocation/").size());
            auto slash = tail.find('/');
            if (slash != std::string_view::npos) {
                std::string_view id = tail.substr(0, slash);
                std::string_view action = tail.substr(slash + 1);
                if (action == "response") return complete(request, id, false);
                if (action == "error") return complete(request, id, true);
            }
        }
        return json_reply(404, error_json("NotFound", "no such Runtime API endpoint: " + std::string(path)));
    }
    if (path.starts_with(extension_prefix)) {
        std::string_view rest = path.substr(extension_prefix.size());
        if (rest == "register" && request.method == "POST") return register_extension(request);
        if (rest == "event/next" && request.method == "GET") return next_extension_event(request);
        return json_reply(404, error_json("NotFound", "the emulator implements only extension/register and "
                                                      "extension/event/next, not " + std::string(path)));
    }
    if (path.starts_with("/2015-03-31/functions/") && path.ends_with("/invocations")) {
        if (request.method != "POST") return json_reply(405, error_json("MethodNotAllowed", "invoke with POST"));
        return invoke_endpoint(request);
    }
    return json_reply(404, error_json("NotFound", "no such path: " + std::string(path)));
}

http_response emulator::next(const http_request&) {
    std::unique_lock lock(mutex_);
    if (handed_out_.size() >= max_in_flight_) {
        return json_reply(403, error_json("InvalidStateTransition",
                                          max_in_flight_ == 1
                                              ? "GET /next before the current invocation was answered"
                                              : "GET /next with AWS_LAMBDA_MAX_CONCURRENCY invocations unanswered"));
    }
    unsigned epoch = process_epoch_;
    // A /next from a process that has since died must not take an event meant for its successor.
    cv_.wait(lock, [&] { return !queue_.empty() || stopping_ || process_epoch_ != epoch; });
    if (stopping_ || process_epoch_ != epoch) {
        http_response r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
        r.close = true;
        return r;
    }
    auto p = queue_.front();
    queue_.pop_front();
    handed_out_[p->request_id] = p;
    p->picked = true;
    p->deadline = std::chrono::system_clock::now() + options_.timeout;
    p->steady_deadline = std::chrono::steady_clock::now() + options_.timeout;
    cv_.notify_all();

    http_response r;
    r.headers.set("content-type", p->request.content_type);
    r.headers.set("lambda-runtime-aws-request-id", p->request_id);
    r.headers.set("lambda-runtime-deadline-ms",
                  std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(p->deadline.time_since_epoch()).count()));
    std::string name = function_name_of(options_.function);
    std::string region = env_or("AWS_REGION", env_or("AWS_DEFAULT_REGION", "us-east-1"));
    r.headers.set("lambda-runtime-invoked-function-arn",
                  fmt::format("arn:aws:lambda:{}:012345678912:function:{}", region, name));
    r.headers.set("lambda-runtime-trace-id", p->trace_id);
    r.headers.set("lambda-runtime-invocation-id", p->invocation_id);
    if (p->request.tenant_id) r.headers.set("lambda-runtime-aws-tenant-id", *p->request.tenant_id);
    if (p->request.client_context) r.headers.set("lambda-runtime-client-context", *p->request.client_context);
    r.body = p->request.payload;
    return r;
}

http_response emulator::complete(const http_request& request, std::string_view request_id, bool is_error) {
    std::lock_guard lock(mutex_);
    std::string id(request_id);
    auto found = handed_out_.find(id);
    if (found == handed_out_.end()) {
        if (timed_out_.count(id))
            return json_reply(410, error_json("InvokeTimeout", "the invocation " + id + " has already timed out"));
        if (answered_.count(id))
            return json_reply(403, error_json("InvalidStateTransition", "the invocation " + id + " was already answered"));
        return json_reply(400, error_json("InvalidRequestID", "no invocation " + id + " is in progress"));
    }
    auto echoed = request.headers.find("lambda-runtime-invocation-id");
    if (echoed && *echoed != found->second->invocation_id) {
        return json_reply(400, error_json("InvalidInvocationID", "Lambda-Runtime-Invocation-Id does not match the "
                                                                 "invocation in progress"));
    }
    std::shared_ptr<pending> answered = found->second;
    pending& p = *answered;
    answered_.insert(id);
    handed_out_.erase(found);
    if (!is_error && request.body.size() > max_payload_bytes) {
        fail_locked(p, "Function.ResponseSizeTooLarge",
                    fmt::format("Response payload size ({} bytes) exceeded maximum allowed payload size ({} bytes).",
                                request.body.size(), max_payload_bytes));
        return json_reply(413, error_json("RequestEntityTooLarge", "the response is larger than the limit"));
    }
    p.result.function_error = is_error;
    p.result.content_type = std::string(request.headers.find("content-type").value_or("application/json"));
    p.result.body = request.body;
    if (is_error && p.result.body.empty()) {
        // Lambda falls back to the error-type header when the error document is missing.
        p.result.body = error_json(request.headers.find("lambda-runtime-function-error-type").value_or("Runtime.Unknown"), "");
        p.result.content_type = "application/json";
    }
    p.done = true;
    cv_.notify_all();
    return json_reply(202, "{\"status\":\"OK\"}");
}

http_response emulator::init_error(const http_request& request) {
    std::lock_guard lock(mutex_);
    std::string body = request.body.empty()
                           ? error_json(request.headers.find("lambda-runtime-function-error-type").value_or("Runtime.Unknown"), "")
                           : request.body;
    init_error_body_ = body;
    // Lambda answers the waiting invoke with the init error.
    for (auto& p : queue_) {
        p->result = {true, body, "application/json"};
        p->done = true;
    }
    queue_.clear();
    cv_.notify_all();
    return json_reply(202, "{\"status\":\"OK\"}");
}

// Extensions, minimally: enough for a runtime's internal extension, whose only purpose is to make
// the environment send SIGTERM. No events are delivered; event/next waits for the process to end.
http_response emulator::register_extension(const http_request& request) {
    auto name = request.headers.find("lambda-extension-name");
    if (!name || name->empty())
        return json_reply(403, error_json("Extension.InvalidExtensionName", "Lambda-Extension-Name is missing"));
    if (request.body.find("\"SHUTDOWN\"") != std::string::npos || request.body.find("\"INVOKE\"") != std::string::npos)
        return json_reply(403, error_json("Extension.InvalidEventType",
                                          "the emulator runs no external extensions and delivers no events; register "
                                          "with \"events\":[]"));
    std::lock_guard lock(mutex_);
    std::string id = uuid_v4();
    extensions_.insert(id);
    http_response r = json_reply(200, fmt::format(R"({{"functionName":{},"functionVersion":"$LATEST","handler":{}}})",
                                                  json_string(function_name_of(options_.function)),
                                                  json_string(function_name_of(options_.function))));
    r.headers.set("lambda-extension-identifier", id);
    return r;
}

http_response emulator::next_extension_event(const http_request& request) {
    std::unique_lock lock(mutex_);
    std::string id(request.headers.find("lambda-extension-identifier").value_or(""));
    if (!extensions_.count(id))
        return json_reply(403, error_json("Extension.UnknownExtensionIdentifier", "no extension registered as '" + id + "'"));
    unsigned epoch = process_epoch_;
    cv_.wait(lock, [&] { return stopping_ || process_epoch_ != epoch; });
    http_response r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
    r.close = true;
    return r;
}

http_response emulator::invoke_endpoint(const http_request& request) {
    invoke_request invoke;
    invoke.payload = request.body;
    if (auto type = request.headers.find("content-type")) invoke.content_type = std::string(*type);
    if (auto tenant = request.headers.find("x-amz-tenant-id"); tenant && !tenant->empty())
        invoke.tenant_id = std::string(*tenant);
    if (auto cc = request.headers.find("x-amz-client-context"); cc && !cc->empty()) {
        auto decoded = base64_decode(*cc);
        if (!decoded)
            return json_reply(400, error_json("InvalidRequestContentException",
                                              "X-Amz-Client-Context must be base64-encoded JSON"));
        invoke.client_context = std::move(*decoded);
    }
    if (invoke.payload.size() > max_payload_bytes) {
        return json_reply(413, error_json("RequestEntityTooLargeException",
                                          fmt::format("{} byte payload is too large for the RequestResponse invocation type "
                                                      "(limit {} bytes)",
                                                      invoke.payload.size(), max_payload_bytes)));
    }
    invoke_result result = this->invoke(invoke);
    http_response r;
    r.status = 200;
    r.headers.set("content-type", result.content_type);
    r.headers.set("x-amz-executed-version", "$LATEST");
    if (result.function_error) r.headers.set("x-amz-function-error", "Unhandled");
    r.body = std::move(result.body);
    return r;
}

} // namespace lambda::emulator
