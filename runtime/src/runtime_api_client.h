#pragma once
// The HTTP side of the Runtime API: one libcurl easy handle kept alive across calls.

#include <lambda/outcome.h>

#include <memory>
#include <optional>
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

/// The client half of the Runtime API (`/2018-06-01/runtime/...`).
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

    /// `POST /runtime/invocation/{id}/error` with the standard error document and headers.
    api_reply post_error(std::string_view request_id, const std::optional<std::string>& invocation_id,
                         const function_error& error);

    /// `POST /runtime/init/error`.
    api_reply post_init_error(const function_error& error);

    const std::string& endpoint() const { return endpoint_; }

private:
    struct header_pair {
        std::string name;
        std::string value;
    };
    api_reply request(const char* method, const std::string& path, std::string_view body,
                      const std::vector<header_pair>& headers);

    std::string endpoint_;
    void* curl_ = nullptr; // CURL*, kept opaque so this header does not pull in curl.h
};

/// Percent-encodes everything but RFC 3986 unreserved characters, for the request id in a path.
std::string url_path_segment(std::string_view text);

} // namespace lambda::detail
