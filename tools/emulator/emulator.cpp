#include "emulator.h"

#include <lambda/json/base64.h>
#include <lambda/json/writer.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <utility>
#include <unistd.h>

extern char** environ;

namespace lambda::emulator {
namespace {

// RAPID's payload limit for events and buffered responses (6 MiB + 100 bytes).
constexpr std::size_t max_payload_bytes = 6 * 1024 * 1024 + 100;
// Lambda's default maximum for a streamed response.
constexpr std::size_t max_streamed_bytes = 200u << 20;
// How much of a stream may wait for the invoker; past it the function's connection is not read,
// so a slow client slows the function down instead of filling the emulator's memory.
constexpr std::size_t max_queued_bytes = 1u << 20;
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

// The error document a POST to /error or /init/error stands for: its body, or, when that is empty,
// one built from the error-type header, as Lambda does.
std::string posted_error_document(const http_request& request) {
    if (!request.body.empty()) return request.body;
    return error_json(request.headers.find("lambda-runtime-function-error-type").value_or("Runtime.Unknown"), "");
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

// `invocation/{id}/{action}` under the runtime prefix, split; nullopt for any other path.
struct invocation_path {
    std::string_view id;
    std::string_view action;
};

std::optional<invocation_path> parse_invocation_path(std::string_view path) {
    constexpr std::string_view invocation = "invocation/";
    if (!path.starts_with(runtime_prefix)) return std::nullopt;
    std::string_view rest = path.substr(runtime_prefix.size());
    if (!rest.starts_with(invocation)) return std::nullopt;
    rest.remove_prefix(invocation.size());
    auto slash = rest.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    return invocation_path{rest.substr(0, slash), rest.substr(slash + 1)};
}

// A function's error in the trailers of a chunked /response: how Lambda's streaming protocol, and
// Go's runtime for every response, report a failure that happened after the body started.
struct trailer_error {
    std::string type;
    std::string document; // the error JSON
};

std::optional<trailer_error> find_trailer_error(const http_headers& trailers) {
    auto type = trailers.find("lambda-runtime-function-error-type").value_or("");
    auto body = trailers.find("lambda-runtime-function-error-body").value_or("");
    if (type.empty() && body.empty()) return std::nullopt; // declared but not sent: success
    trailer_error error{type.empty() ? "Runtime.Unknown" : std::string(type), {}};
    // As Lambda does, the type alone makes the document when the body is missing or unreadable.
    auto decoded = lambda::json::base64_decode_to_string(body);
    error.document = decoded && !decoded->empty() ? std::move(*decoded) : error_json(error.type, "");
    return error;
}

// The function's response body piece by piece, whether the server left it on the wire (chunked)
// or read it already (Content-Length, where it is one piece).
class response_body {
public:
    explicit response_body(const http_request& request) : request_(request) {}

    /// The next piece, empty at the end (`trailers` then hold the trailer fields).
    read_status next(std::string& piece, http_headers& trailers, std::string& error) {
        if (request_.body_reader) return request_.body_reader->read_chunk(piece, trailers, error);
        piece = std::exchange(taken_, true) ? std::string() : request_.body;
        if (piece.empty()) trailers = request_.trailers;
        return read_status::ok;
    }

private:
    const http_request& request_;
    bool taken_ = false;
};

// Why a body stopped short, for the Runtime.TruncatedResponse message.
std::string broken_body_reason(read_status status, const std::string& error) {
    switch (status) {
    case read_status::closed: return "the function closed the connection";
    case read_status::too_large: return "its trailer fields exceed the size limit";
    default: return "malformed chunked body: " + error;
    }
}

// What invoke() hands a stream to when its caller gave no sink: the body of the result, as RIE
// buffers streamed responses.
class collecting_sink final : public stream_sink {
public:
    bool begin(std::string_view) override { return true; }
    bool write(std::string_view data) override {
        text.append(data);
        return true;
    }
    std::string text;
};

// Relays a stream to the invoke endpoint's client as it arrives, the way Function URLs and
// InvokeWithResponseStream do; the outcome follows in trailers (see invoke_endpoint).
class http_stream_sink final : public stream_sink {
public:
    explicit http_stream_sink(chunked_response_writer& out) : out_(out) {}
    bool begin(std::string_view content_type) override {
        http_headers headers;
        headers.set("content-type", std::string(content_type));
        headers.set("x-amz-executed-version", "$LATEST");
        headers.set("trailer", "X-Amz-Function-Error, Lambda-Runtime-Function-Error-Type, "
                               "Lambda-Runtime-Function-Error-Body");
        return out_.begin(200, headers);
    }
    bool write(std::string_view data) override { return out_.write(data); }

private:
    chunked_response_writer& out_;
};

// Ends a relayed stream: no trailers on success; on error the ones Lambda sends, the error
// document base64-encoded as the function sent it.
http_response finish_stream(chunked_response_writer& out, const invoke_result& result) {
    http_headers trailers;
    if (result.function_error) {
        trailers.set("x-amz-function-error", "Unhandled");
        trailers.set("lambda-runtime-function-error-type", result.error_type);
        trailers.set("lambda-runtime-function-error-body", lambda::json::base64_encode(result.error_body));
    }
    http_response r;
    r.sent = true;
    r.close = !out.finish(trailers);
    return r;
}

} // namespace

enum class emulator::abandon_reason { deadline, shutting_down, invoker_gone };

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
    // A streamed answer between the function's connection and the invoker, at most about
    // max_queued_bytes of it.
    std::deque<std::string> pieces;
    std::size_t queued_bytes = 0;
    std::optional<abandon_reason> abandoned; // set when invoke() gave up; the function is told why
};

emulator::emulator(emulator_options options)
    : options_(std::move(options)), max_in_flight_(options_.concurrency.value_or(1)) {
    process_ = std::make_unique<function_process>(
        options_.function, [this](unsigned generation) { return prepare_generation(generation); },
        [this](std::string how, unsigned generation) { on_process_exit(std::move(how), generation); });
}

emulator::~emulator() {
    shut_down();
    process_.reset(); // kills the function and joins the supervisor before our state goes away
    std::lock_guard lock(listener_mutex_);
    listener_.reset(); // its handlers were released by shut_down()
}

// On the supervisor thread, before generation `generation` starts (and after the previous one's
// end was handled): its own listener, and the environment that names it.
std::vector<std::string> emulator::prepare_generation(unsigned generation) {
    std::unique_ptr<http_server> previous;
    std::uint16_t port = 0;
    {
        std::lock_guard lock(listener_mutex_);
        previous = std::move(listener_);
        try {
            listener_ = std::make_unique<http_server>(
                0, [this, generation](const http_request& r) { return handle_function_api(r, generation); },
                streams_request_body);
            port = listener_->port();
        } catch (const std::exception& e) {
            // The function then cannot connect and exits, which the invoke reports.
            std::fprintf(stderr, "lambda-emulator: no Runtime API for the function: %s\n", e.what());
        }
    }
    {
        std::lock_guard lock(mutex_);
        live_generation_ = generation;
        cv_.notify_all();
    }
    // The previous process has ended and its handlers have been released (on_process_exit), so
    // this returns once its connections are closed.
    previous.reset();
    return function_environment(port);
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
    std::string document = error_json(error_type, message);
    end_with_error_locked(p, std::move(error_type), std::move(document));
}

// A buffered invoke's error document is its whole answer; a stream's goes into its trailers,
// after the bytes already delivered, which stand.
void emulator::end_with_error_locked(pending& p, std::string error_type, std::string document) {
    p.result.function_error = true;
    if (p.result.streamed) {
        p.result.error_type = std::move(error_type);
        p.result.error_body = std::move(document);
    } else {
        p.result.content_type = "application/json";
        p.result.body = std::move(document);
    }
    p.done = true;
    cv_.notify_all();
}

void emulator::on_process_exit(std::string how, unsigned generation) {
    std::lock_guard lock(mutex_);
    if (live_generation_ == generation) live_generation_ = 0;
    auto fail = [&](pending& p) {
        if (init_error_body_) {
            p.result = {true, *init_error_body_, "application/json"};
            p.done = true;
        } else {
            fail_locked(p, "Runtime.ExitError",
                        fmt::format("RequestId: {} Error: Runtime exited with error: {}", p.request_id, how));
        }
    };
    // An invoke whose answer is being read is not here: its connection breaks off, and
    // complete() reports that.
    for (auto& [id, p] : handed_out_)
        if (!p->done) fail(*p);
    handed_out_.clear();
    extensions_.clear();
    for (auto& p : queue_) fail(*p);
    queue_.clear();
    init_error_body_.reset();
    cv_.notify_all();
}

invoke_result emulator::invoke(const invoke_request& request, stream_sink* sink) {
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
    collecting_sink collected;
    std::optional<abandon_reason> abandoned;
    invoke_result result;
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
            abandoned = abandon_reason::deadline;
        } else {
            abandoned = await_answer(lock, *p, sink ? *sink : collected);
        }
        result = std::move(p->result);
    }
    // The environment is reset, as Lambda does after a timeout: the next invoke starts a fresh
    // process. Not when the invoker merely left mid-stream: the function is told with a 410 and
    // goes on to its next invocation. Managed instances are never reset: their other invocations
    // are not at fault.
    if (abandoned && *abandoned != abandon_reason::invoker_gone && !options_.concurrency) process_->kill_and_wait();
    if (result.streamed && !sink) result.body = std::move(collected.text);
    return result;
}

// The invoker's half of an invoke once the function has picked it: waits for the answer, relaying
// a stream to `sink` piece by piece. Returns why it gave up, nullopt when the function answered.
std::optional<emulator::abandon_reason> emulator::await_answer(std::unique_lock<std::mutex>& lock, pending& p,
                                                               stream_sink& sink) {
    bool begun = false;
    while (true) {
        cv_.wait_until(lock, p.steady_deadline, [&] {
            return p.done || stopping_ || (p.result.streamed && (!begun || !p.pieces.empty()));
        });
        // First, so that a streamed result always had its begin(), however it ends.
        if (p.result.streamed && !begun) {
            begun = true;
            std::string content_type = p.result.content_type;
            lock.unlock();
            bool accepted = sink.begin(content_type);
            lock.lock();
            if (!accepted && !p.done) {
                abandon_locked(p, abandon_reason::invoker_gone);
                return abandon_reason::invoker_gone;
            }
        }
        // Checked before relaying, or a function that keeps the queue full would outlive its deadline.
        if (!p.done && (stopping_ || std::chrono::steady_clock::now() >= p.steady_deadline)) {
            abandon_reason why = stopping_ ? abandon_reason::shutting_down : abandon_reason::deadline;
            abandon_locked(p, why);
            return why;
        }
        if (!p.pieces.empty()) {
            std::deque<std::string> batch;
            batch.swap(p.pieces);
            p.queued_bytes = 0;
            cv_.notify_all(); // room for the function's connection again
            lock.unlock();
            bool accepted = true;
            for (const auto& piece : batch)
                if (!(accepted = sink.write(piece))) break;
            lock.lock();
            if (!accepted && !p.done) {
                abandon_locked(p, abandon_reason::invoker_gone);
                return abandon_reason::invoker_gone;
            }
            continue;
        }
        if (p.done) return std::nullopt;
    }
}

// Ends an invoke the function has not finished answering. Its late answer gets 410 (deadline, or
// the invoker gone) or 500 (shutting down); a stream being read is dropped at its next piece.
void emulator::abandon_locked(pending& p, abandon_reason why) {
    p.abandoned = why;
    handed_out_.erase(p.request_id);
    std::erase_if(queue_, [&](const auto& queued) { return queued.get() == &p; });
    switch (why) {
    case abandon_reason::deadline:
        timed_out_.insert(p.request_id);
        fail_locked(p, "Sandbox.Timedout",
                    fmt::format("RequestId: {} Error: Task timed out after {:.2f} seconds", p.request_id,
                                std::chrono::duration<double>(options_.timeout).count()));
        break;
    case abandon_reason::shutting_down:
        fail_locked(p, "Runtime.Shutdown",
                    fmt::format("RequestId: {} Error: the emulator is shutting down", p.request_id));
        break;
    case abandon_reason::invoker_gone:
        fail_locked(p, "Sandbox.ClientDisconnected",
                    fmt::format("RequestId: {} Error: the invoker stopped reading the response stream", p.request_id));
        break;
    }
}

bool emulator::streams_request_body(const http_request& head) {
    auto invocation = parse_invocation_path(head.path());
    return head.method == "POST" && invocation && invocation->action == "response";
}

http_response emulator::handle_function_api(const http_request& request, unsigned generation) {
    std::string_view path = request.path();
    if (path.starts_with(runtime_prefix)) {
        std::string_view rest = path.substr(runtime_prefix.size());
        if (rest == "invocation/next" && request.method == "GET") return next(request, generation);
        if (rest == "init/error" && request.method == "POST") return init_error(request, generation);
        if (auto invocation = parse_invocation_path(path); invocation && request.method == "POST") {
            if (invocation->action == "response") return complete(request, invocation->id, false);
            if (invocation->action == "error") return complete(request, invocation->id, true);
        }
        return json_reply(404, error_json("NotFound", "no such Runtime API endpoint: " + std::string(path)));
    }
    if (path.starts_with(extension_prefix)) {
        std::string_view rest = path.substr(extension_prefix.size());
        if (rest == "register" && request.method == "POST") return register_extension(request, generation);
        if (rest == "event/next" && request.method == "GET") return next_extension_event(request, generation);
        return json_reply(404, error_json("NotFound", "the emulator implements only extension/register and "
                                                      "extension/event/next, not " + std::string(path)));
    }
    return json_reply(404, error_json("NotFound", "no such path on the Runtime API: " + std::string(path)));
}

http_response emulator::handle_invoke(const http_request& request) {
    std::string_view path = request.path();
    if (path.starts_with("/2015-03-31/functions/") && path.ends_with("/invocations")) {
        if (request.method != "POST") return json_reply(405, error_json("MethodNotAllowed", "invoke with POST"));
        return invoke_endpoint(request);
    }
    return json_reply(404, error_json("NotFound", "no such path: " + std::string(path)));
}

// What a request from a process that has ended gets: nothing of its successor's.
http_response emulator::ended_process_reply() {
    http_response r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
    r.close = true;
    return r;
}

http_response emulator::next(const http_request&, unsigned generation) {
    std::unique_lock lock(mutex_);
    if (stopping_ || live_generation_ != generation) return ended_process_reply();
    if (handed_out_.size() >= max_in_flight_) {
        return json_reply(403, error_json("InvalidStateTransition",
                                          max_in_flight_ == 1
                                              ? "GET /next before the current invocation was answered"
                                              : "GET /next with AWS_LAMBDA_MAX_CONCURRENCY invocations unanswered"));
    }
    // A /next from a process that has since died must not take an event meant for its successor.
    cv_.wait(lock, [&] { return !queue_.empty() || stopping_ || live_generation_ != generation; });
    if (stopping_ || live_generation_ != generation) return ended_process_reply();
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
    std::unique_lock lock(mutex_);
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
    // Kept alive by the shared_ptr while the body is read without the lock.
    std::shared_ptr<pending> answered = found->second;
    pending& p = *answered;
    answered_.insert(id);
    handed_out_.erase(found);
    if (is_error) {
        p.result.function_error = true;
        p.result.content_type = request.body.empty()
                                    ? std::string("application/json")
                                    : std::string(request.headers.find("content-type").value_or("application/json"));
        p.result.body = posted_error_document(request);
        p.done = true;
        cv_.notify_all();
        return json_reply(202, "{\"status\":\"OK\"}");
    }
    std::string_view mode = request.headers.find("lambda-runtime-function-response-mode").value_or("");
    if (mode == "streaming") {
        p.result.streamed = true;
        // RAPID's default when the function names no type.
        p.result.content_type = std::string(request.headers.find("content-type").value_or("application/octet-stream"));
        cv_.notify_all(); // the invoker begins its side of the stream now, before the first byte
        lock.unlock();
        return stream_response(request, p);
    }
    if (!mode.empty() && mode != "buffered") {
        // AWS's classic RIE leaves the invoker hanging here until the deadline; Lambda fails it.
        fail_locked(p, "Runtime.InvalidResponseModeHeader",
                    fmt::format("RequestId: {} Error: the function sent Lambda-Runtime-Function-Response-Mode: {}",
                                p.request_id, mode));
        return json_reply(400, error_json("InvalidFunctionResponseMode",
                                          fmt::format("Lambda-Runtime-Function-Response-Mode: expected 'streaming', "
                                                      "'buffered' or none, got '{}'", mode)));
    }
    lock.unlock();
    return buffer_response(request, p);
}

// Tells a function that its answer is no longer wanted, and drops its connection rather than read
// the rest of a body nobody will see.
http_response emulator::abandoned_reply(const pending& p, abandon_reason why) {
    http_response r;
    switch (why) {
    case abandon_reason::deadline:
        r = json_reply(410, error_json("InvokeTimeout", "the invocation " + p.request_id + " has already timed out"));
        break;
    case abandon_reason::invoker_gone:
        // A 4xx, like a timeout: the invocation is over but the environment is fine, and in
        // managed-instances mode the function's other invocations carry on.
        r = json_reply(410, error_json("InvokeCancelled", "the invoker of " + p.request_id + " is gone"));
        break;
    case abandon_reason::shutting_down:
        r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
        break;
    }
    r.close = true;
    return r;
}

// A buffered answer: the whole body, within RAPID's payload limit. Go's runtime sends every answer
// this way, chunked, with a failure in the trailers.
http_response emulator::buffer_response(const http_request& request, pending& p) {
    response_body body(request);
    std::string payload, piece, error;
    http_headers trailers;
    std::size_t size = 0;
    while (true) {
        read_status status = body.next(piece, trailers, error);
        if (status != read_status::ok) {
            std::lock_guard lock(mutex_);
            if (p.abandoned) return abandoned_reply(p, *p.abandoned);
            return truncated_locked(p, size, broken_body_reason(status, error));
        }
        if (piece.empty()) break;
        size += piece.size();
        // Past the limit the rest is only counted, so that the message can say how large it was.
        if (size <= max_payload_bytes) payload += piece;
    }
    std::lock_guard lock(mutex_);
    if (p.abandoned) return abandoned_reply(p, *p.abandoned);
    if (size > max_payload_bytes) {
        fail_locked(p, "Function.ResponseSizeTooLarge",
                    fmt::format("Response payload size ({} bytes) exceeded maximum allowed payload size ({} bytes).",
                                size, max_payload_bytes));
        return json_reply(413, error_json("RequestEntityTooLarge", "the response is larger than the limit"));
    }
    if (auto failure = find_trailer_error(trailers)) {
        end_with_error_locked(p, std::move(failure->type), std::move(failure->document));
    } else {
        p.result.content_type = std::string(request.headers.find("content-type").value_or("application/json"));
        p.result.body = std::move(payload);
        p.done = true;
        cv_.notify_all();
    }
    return json_reply(202, "{\"status\":\"OK\"}");
}

// A streamed answer: each piece goes to the invoker as it arrives, through a queue of bounded size
// so that a slow invoker holds the function back rather than letting the emulator buffer it all.
http_response emulator::stream_response(const http_request& request, pending& p) {
    response_body body(request);
    std::string piece, error;
    http_headers trailers;
    std::size_t size = 0;
    while (true) {
        read_status status = body.next(piece, trailers, error);
        std::unique_lock lock(mutex_);
        if (p.abandoned) return abandoned_reply(p, *p.abandoned);
        if (status != read_status::ok) return truncated_locked(p, size, broken_body_reason(status, error));
        if (piece.empty()) break;
        size += piece.size();
        if (size > max_streamed_bytes) {
            fail_locked(p, "Function.ResponseSizeTooLarge",
                        fmt::format("RequestId: {} Error: the response stream exceeded the maximum of {} bytes",
                                    p.request_id, max_streamed_bytes));
            http_response r =
                json_reply(413, error_json("RequestEntityTooLarge", "the response is larger than the limit"));
            r.close = true;
            return r;
        }
        // Stopping is checked too: the invoker may be stuck writing to a client that does not read,
        // and the Runtime API server can only stop once this thread returns.
        cv_.wait(lock, [&] { return p.queued_bytes < max_queued_bytes || p.abandoned || stopping_; });
        if (p.abandoned || stopping_) return abandoned_reply(p, p.abandoned.value_or(abandon_reason::shutting_down));
        p.queued_bytes += piece.size();
        p.pieces.push_back(std::move(piece));
        cv_.notify_all();
    }
    std::lock_guard lock(mutex_);
    if (p.abandoned) return abandoned_reply(p, *p.abandoned);
    if (auto failure = find_trailer_error(trailers)) {
        end_with_error_locked(p, std::move(failure->type), std::move(failure->document));
    } else {
        p.done = true;
        cv_.notify_all();
    }
    return json_reply(202, "{\"status\":\"OK\"}");
}

// The function's answer broke off: what arrived stands (for a stream, it was delivered already),
// and the invoke fails with the reason.
http_response emulator::truncated_locked(pending& p, std::size_t received, const std::string& reason) {
    fail_locked(p, "Runtime.TruncatedResponse",
                fmt::format("RequestId: {} Error: the function's response ended after {} bytes: {}", p.request_id,
                            received, reason));
    http_response r = json_reply(400, error_json("TruncatedHTTPRequest", reason));
    r.close = true;
    return r;
}

http_response emulator::init_error(const http_request& request, unsigned generation) {
    std::lock_guard lock(mutex_);
    if (live_generation_ != generation) return ended_process_reply();
    std::string body = posted_error_document(request);
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
http_response emulator::register_extension(const http_request& request, unsigned generation) {
    auto name = request.headers.find("lambda-extension-name");
    if (!name || name->empty())
        return json_reply(403, error_json("Extension.InvalidExtensionName", "Lambda-Extension-Name is missing"));
    if (request.body.find("\"SHUTDOWN\"") != std::string::npos || request.body.find("\"INVOKE\"") != std::string::npos)
        return json_reply(403, error_json("Extension.InvalidEventType",
                                          "the emulator runs no external extensions and delivers no events; register "
                                          "with \"events\":[]"));
    std::lock_guard lock(mutex_);
    if (live_generation_ != generation) return ended_process_reply();
    std::string id = uuid_v4();
    extensions_.insert(id);
    http_response r = json_reply(200, fmt::format(R"({{"functionName":{},"functionVersion":"$LATEST","handler":{}}})",
                                                  json_string(function_name_of(options_.function)),
                                                  json_string(function_name_of(options_.function))));
    r.headers.set("lambda-extension-identifier", id);
    return r;
}

http_response emulator::next_extension_event(const http_request& request, unsigned generation) {
    std::unique_lock lock(mutex_);
    if (live_generation_ != generation) return ended_process_reply();
    std::string id(request.headers.find("lambda-extension-identifier").value_or(""));
    if (!extensions_.count(id))
        return json_reply(403, error_json("Extension.UnknownExtensionIdentifier", "no extension registered as '" + id + "'"));
    cv_.wait(lock, [&] { return stopping_ || live_generation_ != generation; });
    return ended_process_reply();
}

http_response emulator::invoke_endpoint(const http_request& request) {
    invoke_request invoke;
    invoke.payload = request.body;
    if (auto type = request.headers.find("content-type")) invoke.content_type = std::string(*type);
    if (auto tenant = request.headers.find("x-amz-tenant-id"); tenant && !tenant->empty())
        invoke.tenant_id = std::string(*tenant);
    if (auto cc = request.headers.find("x-amz-client-context"); cc && !cc->empty()) {
        auto decoded = lambda::json::base64_decode_to_string(*cc);
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
    http_stream_sink sink(*request.response_writer);
    invoke_result result = this->invoke(invoke, &sink);
    if (result.streamed) return finish_stream(*request.response_writer, result);
    http_response r;
    r.status = 200;
    r.headers.set("content-type", result.content_type);
    r.headers.set("x-amz-executed-version", "$LATEST");
    if (result.function_error) r.headers.set("x-amz-function-error", "Unhandled");
    r.body = std::move(result.body);
    return r;
}

} // namespace lambda::emulator
