#pragma once
// The HTTP side of the Runtime API: one libcurl easy handle kept alive across calls. Each worker
// thread owns one client; only interrupt() may be called from another thread.

#include <lambda/outcome.h>

#include <memory>
#include <mutex>
#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lambda::detail {

/// Response headers with lower-cased names, in arrival order.
class header_list {
public:
    void add(std::string name, std::string value);
    void clear() { entries_.clear(); }
    /// The first value of header `name` (any case); nullopt when absent.
    std::optional<std::string_view> find(std::string_view name) const;
    const std::vector<std::pair<std::string, std::string>>& entries() const { return entries_; }

private:
    std::vector<std::pair<std::string, std::string>> entries_;
};

/// What came back from one Runtime API call. `transport_error` is set when no complete HTTP
/// response arrived (refused, reset, dropped mid-body); `status` is then 0.
struct api_reply {
    long status = 0;
    header_list headers;
    std::string body;
    std::string transport_error;

    bool transport_failed() const { return !transport_error.empty(); }
};

/// The body of a streamed POST, produced while it is being sent. Both calls come from the thread
/// that makes the POST.
class body_source {
public:
    virtual ~body_source() = default;
    /// Copies up to `capacity` bytes into `out`, waiting until some are available; 0 ends the body.
    virtual std::size_t read(char* out, std::size_t capacity) = 0;
    /// The trailer fields to send after the last chunk, as (name, value) pairs.
    virtual std::vector<std::pair<std::string, std::string>> trailers() = 0;
};

/// The client half of the Runtime API (`/2018-06-01/runtime/...`) and of the few Extensions API
/// calls (`/2020-01-01/extension/...`) the runtime's internal extension makes.
class runtime_api_client {
public:
    /// `endpoint` is AWS_LAMBDA_RUNTIME_API's `host:port`.
    explicit runtime_api_client(std::string endpoint);
    ~runtime_api_client();
    runtime_api_client(const runtime_api_client&) = delete;
    runtime_api_client& operator=(const runtime_api_client&) = delete;

    /// `GET /runtime/invocation/next`, waiting as long as Lambda keeps the function frozen.
    api_reply next();

    /// `POST /runtime/invocation/{id}/response` with the handler's body.
    api_reply post_response(std::string_view request_id, const std::optional<std::string>& invocation_id,
                            std::string_view body, std::string_view content_type);

    /// `POST /runtime/invocation/{id}/response` in streaming mode: the body is sent in chunks as
    /// `source` produces them, then the error trailers `source` reports, if any.
    api_reply post_streamed_response(std::string_view request_id, const std::optional<std::string>& invocation_id,
                                     std::string_view content_type, body_source& source);

    /// `POST /runtime/invocation/{id}/error` with the standard error document and headers.
    api_reply post_error(std::string_view request_id, const std::optional<std::string>& invocation_id,
                         const function_error& error);

    /// `POST /runtime/init/error`.
    api_reply post_init_error(const function_error& error);

    /// `POST /2020-01-01/extension/register` with no events: an internal extension that only
    /// exists so that Lambda sends SIGTERM before shutting the environment down.
    api_reply register_extension(std::string_view name);

    /// `GET /2020-01-01/extension/event/next`; blocks until Lambda has an event for the extension.
    api_reply next_extension_event(std::string_view extension_id);

    /// Makes the call in progress, and every later one, fail at once with a transport error.
    /// Safe from any thread: it is how a worker parked in /next is stopped.
    void interrupt();

    const std::string& endpoint() const { return endpoint_; }

private:
    struct header_pair {
        std::string name;
        std::string value;
    };
    api_reply request(const char* method, const std::string& path, std::string_view body,
                      const std::vector<header_pair>& headers, body_source* streamed_body = nullptr);
    friend struct socket_callbacks; // libcurl's open/close-socket callbacks, in the .cpp

    std::string endpoint_;
    void* curl_ = nullptr; // CURL*, kept opaque so this header does not pull in curl.h
    // The sockets libcurl has open, so that interrupt() can shut them down; guarded so that a
    // descriptor is never shut down after libcurl closed it (the number may be reused).
    std::mutex sockets_mutex_;
    std::vector<int> sockets_;
    bool interrupted_ = false;
};

/// Percent-encodes everything but RFC 3986 unreserved characters, for the request id in a path.
std::string url_path_segment(std::string_view text);

} // namespace lambda::detail
