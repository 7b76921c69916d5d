#include "runtime_api_client.h"

#include "error_report.h"

#include <curl/curl.h>

#include <fmt/format.h>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace lambda::detail {
namespace {

constexpr std::string_view runtime_prefix = "/2018-06-01";
constexpr std::string_view extension_prefix = "/2020-01-01";
constexpr const char* user_agent = "lambdagen-cpp/0.1.0";

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    auto* headers = static_cast<header_list*>(user);
    std::string_view line(data, size * count);
    // A new status line starts a new response (e.g. after "100 Continue"): forget earlier headers.
    if (line.starts_with("HTTP/")) {
        headers->clear();
    } else if (auto colon = line.find(':'); colon != std::string_view::npos) {
        headers->add(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    }
    return size * count;
}

size_t on_read(char* out, size_t size, size_t count, void* source) {
    return static_cast<body_source*>(source)->read(out, size * count);
}

int on_trailers(curl_slist** list, void* source) {
    for (const auto& [name, value] : static_cast<body_source*>(source)->trailers()) {
        std::string line = name + ": " + header_value(value);
        curl_slist* grown = curl_slist_append(*list, line.c_str());
        if (!grown) return CURL_TRAILERFUNC_ABORT;
        *list = grown;
    }
    return CURL_TRAILERFUNC_OK;
}

void global_init_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("curl_global_init failed");
    });
}

} // namespace

void header_list::add(std::string name, std::string value) { entries_.emplace_back(std::move(name), std::move(value)); }

std::optional<std::string_view> header_list::find(std::string_view name) const {
    for (const auto& [n, v] : entries_) {
        if (n.size() == name.size() &&
            std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
                auto la = (a >= 'A' && a <= 'Z') ? a + 32 : a;
                auto lb = (b >= 'A' && b <= 'Z') ? b + 32 : b;
                return la == lb;
            }))
            return std::string_view(v);
    }
    return std::nullopt;
}

std::string url_path_segment(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    return out;
}


runtime_api_client::~runtime_api_client() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

struct socket_callbacks {
    static curl_socket_t open(void* self, curlsocktype, curl_sockaddr* address) {
        auto* client = static_cast<runtime_api_client*>(self);
        std::lock_guard lock(client->sockets_mutex_);
        if (client->interrupted_) return CURL_SOCKET_BAD;
        int fd = ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
        if (fd >= 0) client->sockets_.push_back(fd);
        return fd;
    }
    static int close(void* self, curl_socket_t fd) {
        auto* client = static_cast<runtime_api_client*>(self);
        std::lock_guard lock(client->sockets_mutex_);
        std::erase(client->sockets_, fd);
        return ::close(fd);
    }
};

namespace {
// A handle with the options every call shares. They are set once: curl_easy_reset() and twenty
// setopt calls per request were a measurable part of the loop's per-invoke cost.
CURL* configured_handle(runtime_api_client* client) {
    CURL* curl = curl_easy_init();
    if (!curl) throw std::runtime_error("curl_easy_init failed");
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(curl, CURLOPT_PROXY, ""); // a proxy from the environment must never see these calls
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 1000L);
    // No overall timeout: /next legitimately blocks while the environment is frozen.
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, user_agent);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, &socket_callbacks::open);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, client);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETFUNCTION, &socket_callbacks::close);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETDATA, client);
    return curl;
}
} // namespace

runtime_api_client::runtime_api_client(std::string endpoint) : endpoint_(std::move(endpoint)) {
    global_init_once();
    curl_ = configured_handle(this);
}

void runtime_api_client::interrupt() {
    std::lock_guard lock(sockets_mutex_);
    interrupted_ = true;
    // shutdown() wakes a recv() blocked on the socket at once, and the socket stays unusable.
    for (int fd : sockets_) ::shutdown(fd, SHUT_RDWR);
}

api_reply runtime_api_client::request(const char* method, const std::string& path, std::string_view body,
                                      const std::vector<header_pair>& headers, body_source* streamed_body) {
    // A streamed POST gets an easy handle of its own, on a connection of its own: libcurl 7.88
    // (Debian 12) corrupts the heap when a handle that made a chunked upload makes another one
    // (found by ASan: it writes a chunk header in front of its upload buffer). One connect per
    // streamed response is nothing next to the stream itself.
    std::unique_ptr<CURL, void (*)(CURL*)> own_handle(streamed_body ? configured_handle(this) : nullptr, curl_easy_cleanup);
    CURL* curl = streamed_body ? own_handle.get() : static_cast<CURL*>(curl_);
    api_reply reply;
    std::string url = fmt::format("http://{}{}", endpoint_, path);
    {
        std::lock_guard lock(sockets_mutex_);
        if (interrupted_) {
            reply.transport_error = fmt::format("{} {}: interrupted", method, url);
            return reply;
        }
    }
    char error_buffer[CURL_ERROR_SIZE] = {};

    curl_slist* header_lines = nullptr;
    // libcurl would otherwise send "Expect: 100-continue" for large bodies and wait for an answer
    // the Runtime API never gives.
    header_lines = curl_slist_append(header_lines, "Expect:");
    for (const auto& h : headers) {
        if (h.value.empty()) continue; // "Name:" with no value would make curl drop the header anyway
        std::string line = h.name + ": " + header_value(h.value);
        header_lines = curl_slist_append(header_lines, line.c_str());
    }

    // Only what differs between calls; the handle keeps the rest (configured_handle). Every
    // pointer set here is cleared again below, so none outlives this call.
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header_lines);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.headers);
    if (streamed_body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, on_read);
        curl_easy_setopt(curl, CURLOPT_READDATA, streamed_body);
        curl_easy_setopt(curl, CURLOPT_TRAILERFUNCTION, on_trailers);
        curl_easy_setopt(curl, CURLOPT_TRAILERDATA, streamed_body);
    } else if (std::string_view(method) == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.empty() ? "" : body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }

    CURLcode rc = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    curl_slist_free_all(header_lines);
    if (rc != CURLE_OK) {
        reply.transport_error = fmt::format("{} {}: {}", method, url, error_buffer[0] ? error_buffer : curl_easy_strerror(rc));
        reply.status = 0;
        return reply;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

api_reply runtime_api_client::next() {
    return request("GET", fmt::format("{}/runtime/invocation/next", runtime_prefix), {}, {});
}

api_reply runtime_api_client::post_response(std::string_view request_id, const std::optional<std::string>& invocation_id,
                                            std::string_view body, std::string_view content_type) {
    std::vector<header_pair> headers{{"Content-Type", std::string(content_type)}};
    if (invocation_id) headers.push_back({"Lambda-Runtime-Invocation-Id", *invocation_id});
    return request("POST", fmt::format("{}/runtime/invocation/{}/response", runtime_prefix, url_path_segment(request_id)),
                   body, headers);
}

api_reply runtime_api_client::post_streamed_response(std::string_view request_id,
                                                     const std::optional<std::string>& invocation_id,
                                                     std::string_view content_type, body_source& source) {
    std::vector<header_pair> headers{
        {"Content-Type", std::string(content_type)},
        {"Lambda-Runtime-Function-Response-Mode", "streaming"},
        // Chunked, so that each piece leaves as soon as the handler wrote it, and so that the
        // error trailers can follow the last chunk.
        {"Transfer-Encoding", "chunked"},
        {"Trailer", "Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body"}};
    if (invocation_id) headers.push_back({"Lambda-Runtime-Invocation-Id", *invocation_id});
    return request("POST", fmt::format("{}/runtime/invocation/{}/response", runtime_prefix, url_path_segment(request_id)),
                   {}, headers, &source);
}

api_reply runtime_api_client::post_error(std::string_view request_id, const std::optional<std::string>& invocation_id,
                                         const function_error& error) {
    std::vector<header_pair> headers{{"Content-Type", std::string(error_content_type)},
                                     {"Lambda-Runtime-Function-Error-Type", error.type}};
    if (std::string cause = xray_error_cause(error); !cause.empty())
        headers.push_back({"Lambda-Runtime-Function-XRay-Error-Cause", std::move(cause)});
    if (invocation_id) headers.push_back({"Lambda-Runtime-Invocation-Id", *invocation_id});
    return request("POST", fmt::format("{}/runtime/invocation/{}/error", runtime_prefix, url_path_segment(request_id)),
                   error_body(error), headers);
}

api_reply runtime_api_client::post_init_error(const function_error& error) {
    std::vector<header_pair> headers{{"Content-Type", std::string(error_content_type)},
                                     {"Lambda-Runtime-Function-Error-Type", error.type}};
    return request("POST", fmt::format("{}/runtime/init/error", runtime_prefix), error_body(error), headers);
}

api_reply runtime_api_client::register_extension(std::string_view name) {
    // An internal extension may not subscribe to SHUTDOWN, and INVOKE events would only have to be
    // drained; with no events at all, event/next simply stays parked for the environment's life.
    return request("POST", fmt::format("{}/extension/register", extension_prefix), R"({"events":[]})",
                   {{"Lambda-Extension-Name", std::string(name)}, {"Content-Type", "application/json"}});
}

api_reply runtime_api_client::next_extension_event(std::string_view extension_id) {
    return request("GET", fmt::format("{}/extension/event/next", extension_prefix), {},
                   {{"Lambda-Extension-Identifier", std::string(extension_id)}});
}

} // namespace lambda::detail
