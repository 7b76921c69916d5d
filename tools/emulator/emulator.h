#pragma once
// The emulated Lambda service: the Runtime API served to one function process, and the invoke
// endpoint of AWS's Runtime Interface Emulator (`POST /2015-03-31/functions/function/invocations`).
// A function may answer buffered or stream its response (`Lambda-Runtime-Function-Response-Mode:
// streaming`); a stream reaches the invoker piece by piece, as Function URLs and
// InvokeWithResponseStream deliver it.

#include "function_process.h"
#include "http_message.h"
#include "http_server.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace lambda::emulator {

struct emulator_options {
    std::string function;                         ///< path of the function executable
    std::chrono::milliseconds timeout{3000};      ///< per-invoke deadline, like the function's Timeout
    std::chrono::milliseconds init_timeout{10000}; ///< how long a starting function may take to ask for work
    std::uint32_t memory_mb = 128;
    /// Lambda Managed Instances mode: the function gets AWS_LAMBDA_MAX_CONCURRENCY=N and up to N
    /// invokes are in flight at once; a timed-out invoke no longer resets the environment.
    std::optional<std::uint32_t> concurrency;
};

/// What an invoke produced, as Lambda's Invoke API returns it.
struct invoke_result {
    bool function_error = false; ///< true ⇒ `X-Amz-Function-Error: Unhandled`
    /// The payload, or the error document of a buffered error. For a stream: what arrived, when
    /// invoke() collected it (no sink), else empty.
    std::string body;
    std::string content_type = "application/json";
    /// The function streamed its response; the sink (if any) got it, and an error that ended the
    /// stream is in `error_type` and `error_body` instead of `body`.
    bool streamed = false;
    std::string error_type; ///< the stream's error type, e.g. "Sandbox.Timedout"; empty on success
    std::string error_body; ///< the stream's error document (JSON); empty on success
};

/// Receives a streamed response as the function produces it. invoke() calls it on its own thread
/// and never under the emulator's lock, so a slow receiver slows the function down (back-pressure)
/// without stalling other invokes. Returning false (the receiver is gone) cancels the stream.
class stream_sink {
public:
    virtual ~stream_sink() = default;
    /// The function started streaming a payload of `content_type`; called once, before any write.
    virtual bool begin(std::string_view content_type) = 0;
    /// The next piece of the payload, as it arrived from the function.
    virtual bool write(std::string_view data) = 0;
};

/// An invoke as the caller described it.
struct invoke_request {
    std::string payload;
    std::string content_type = "application/json";
    std::optional<std::string> tenant_id;
    std::optional<std::string> client_context; ///< decoded JSON
};

class emulator {
public:
    /// Each function process gets a Runtime API of its own: a listener on an ephemeral loopback
    /// port, named in its AWS_LAMBDA_RUNTIME_API, which serves that process's generation only.
    explicit emulator(emulator_options options);
    ~emulator();

    /// Runs one invoke to completion: starts the function if needed, hands it the event and waits
    /// for its answer or the deadline. Invokes are served one at a time, as in one Lambda
    /// environment, or up to `concurrency` at a time in managed-instances mode. A streamed answer
    /// goes to `sink` as it arrives, or is collected into the result's body when there is none;
    /// the deadline covers the whole stream.
    invoke_result invoke(const invoke_request& request, stream_sink* sink = nullptr);

    /// Serves the function's side, for the process of `generation`: the Runtime API
    /// (`/2018-06-01/runtime/...`) and the Extensions API (`/2020-01-01/extension/...`), only on
    /// the port that process is told to connect to. Once that process has ended, its requests
    /// get nothing of its successor's (no event, no init error, no extension).
    http_response handle_function_api(const http_request& request, unsigned generation);

    /// Serves the caller's side, the RIE-compatible invoke endpoint; every other path is 404, as
    /// in AWS's emulator, so that a caller cannot take another caller's event or pose as the function.
    http_response handle_invoke(const http_request& request);

    /// The Runtime API server's `stream_body_if`: a chunked `POST .../invocation/{id}/response` is
    /// read by handle_function_api() piece by piece, so that a streamed response reaches the
    /// invoker at once.
    static bool streams_request_body(const http_request& head);

    /// Ends the function as Lambda ends an environment: SIGTERM when an extension registered, up
    /// to the 500 ms an internal extension is allowed, then SIGKILL; SIGKILL at once otherwise.
    /// Returns how the process ended after a SIGTERM, nullopt when none was sent.
    std::optional<std::string> stop_function();

    /// Releases every blocked /next and extension event/next so the HTTP server can stop.
    void shut_down();

private:
    struct pending;
    enum class abandon_reason; // why invoke() stopped waiting before the function finished answering
    http_response next(const http_request& request, unsigned generation);
    http_response complete(const http_request& request, std::string_view request_id, bool is_error);
    http_response buffer_response(const http_request& request, pending& p);
    http_response stream_response(const http_request& request, pending& p);
    http_response truncated_locked(pending& p, std::size_t received, const std::string& reason);
    static http_response abandoned_reply(const pending& p, abandon_reason why);
    std::optional<abandon_reason> await_answer(std::unique_lock<std::mutex>& lock, pending& p, stream_sink& sink);
    void abandon_locked(pending& p, abandon_reason why);
    http_response init_error(const http_request& request, unsigned generation);
    http_response register_extension(const http_request& request, unsigned generation);
    http_response next_extension_event(const http_request& request, unsigned generation);
    static http_response ended_process_reply();
    http_response invoke_endpoint(const http_request& request);
    void on_process_exit(std::string how, unsigned generation);
    std::vector<std::string> prepare_generation(unsigned generation);
    std::vector<std::string> function_environment(std::uint16_t port) const;
    void fail_locked(pending& p, std::string error_type, std::string message);
    void end_with_error_locked(pending& p, std::string error_type, std::string document);

    emulator_options options_;
    std::uint32_t max_in_flight_; // 1, or the managed-instances concurrency
    std::mutex mutex_;
    std::condition_variable cv_;
    std::uint32_t in_flight_ = 0;                 // invokes admitted, at most max_in_flight_
    std::deque<std::shared_ptr<pending>> queue_;  // waiting for the function's /next
    std::map<std::string, std::shared_ptr<pending>> handed_out_; // by request id, not answered yet
    std::set<std::string> timed_out_;             // request ids the function may still answer (410)
    std::set<std::string> answered_;              // request ids answered already (403)
    std::optional<std::string> init_error_body_;
    bool stopping_ = false;
    // The generation of the function process now running (see function_process), 0 when none.
    unsigned live_generation_ = 0;
    std::set<std::string> extensions_; // identifiers registered by the current process
    // The Runtime API listener of the latest generation. A new process gets a new one, so that a
    // request from an ended process (sent just before it died, read after) is known as its own.
    std::mutex listener_mutex_;
    std::unique_ptr<http_server> listener_;
    std::unique_ptr<function_process> process_;
};

} // namespace lambda::emulator
