#pragma once
// The emulated Lambda service: the Runtime API served to one function process, and the invoke
// endpoint of AWS's Runtime Interface Emulator (`POST /2015-03-31/functions/function/invocations`).

#include "function_process.h"
#include "http_message.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace lambda::emulator {

struct emulator_options {
    std::string function;                         ///< path of the function executable
    std::chrono::milliseconds timeout{3000};      ///< per-invoke deadline, like the function's Timeout
    std::chrono::milliseconds init_timeout{10000}; ///< how long a starting function may take to ask for work
    std::uint32_t memory_mb = 128;
};

/// What an invoke produced, as Lambda's Invoke API returns it.
struct invoke_result {
    bool function_error = false; ///< true ⇒ `X-Amz-Function-Error: Unhandled`
    std::string body;
    std::string content_type = "application/json";
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
    /// `runtime_api_port` is where the function's Runtime API client connects (already bound).
    emulator(emulator_options options, std::uint16_t runtime_api_port);
    ~emulator();

    /// Runs one invoke to completion: starts the function if needed, hands it the event and waits
    /// for its answer or the deadline. Invokes are served one at a time, as in one Lambda environment.
    invoke_result invoke(const invoke_request& request);

    /// Serves `/2018-06-01/...` (the function's side) and the invoke endpoint.
    http_response handle(const http_request& request);

    /// Releases every blocked /next so the HTTP server can stop.
    void shut_down();

private:
    struct pending;
    http_response next(const http_request& request);
    http_response complete(const http_request& request, std::string_view request_id, bool is_error);
    http_response init_error(const http_request& request);
    http_response invoke_endpoint(const http_request& request);
    void on_process_exit(std::string how);
    std::vector<std::string> function_environment(std::uint16_t port) const;
    void fail_locked(pending& p, std::string error_type, std::string message);

    emulator_options options_;
    std::mutex invoke_mutex_; // one invoke at a time
    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<std::shared_ptr<pending>> queue_;  // waiting for the function's /next
    std::shared_ptr<pending> current_;            // handed out, not answered yet
    std::set<std::string> timed_out_;             // request ids the function may still answer (410)
    std::set<std::string> answered_;              // request ids answered already (403)
    std::optional<std::string> init_error_body_;
    bool stopping_ = false;
    unsigned process_epoch_ = 0; // bumped whenever the function process ends
    std::unique_ptr<function_process> process_;
};

/// Decodes standard base64 (padding optional); nullopt when the text is not base64.
std::optional<std::string> base64_decode(std::string_view text);

} // namespace lambda::emulator
