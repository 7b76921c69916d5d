#include "wire_runtime_api.h"

#include <lambda/protocol/message_reader.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace lambda::testing {
namespace {

class socket_source : public protocol::byte_source {
 public:
  explicit socket_source(int fd) : fd_(fd) {}
  std::ptrdiff_t receive(char* out, std::size_t capacity) override { return ::recv(fd_, out, capacity, 0); }

 private:
  int fd_;
};

bool send_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

wire_reply next_wire(std::string_view request_id, std::string_view body) {
  std::string bytes = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: " + std::string(request_id) +
                      "\r\nLambda-Runtime-Deadline-Ms: 4102444800000\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n";
  bytes += body;
  return {std::move(bytes)};
}

wire_reply status_wire(int status) {
  std::string body = R"({"errorType":"Scripted","errorMessage":"scripted"})";
  return {"HTTP/1.1 " + std::to_string(status) + " Status\r\nContent-Type: application/json\r\nContent-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body};
}

wire_runtime_api::wire_runtime_api(next_script next, post_script post)
    : next_(std::move(next)), post_(post ? std::move(post) : [](const wire_request&) {
        return wire_reply{"HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"};
      }) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), size) != 0 || ::listen(listen_fd_, 16) != 0 ||
      ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &size) != 0)
    throw std::runtime_error("wire_runtime_api: cannot listen");
  std::string endpoint = "127.0.0.1:" + std::to_string(ntohs(address.sin_port));
  ::setenv("AWS_LAMBDA_RUNTIME_API", endpoint.c_str(), 1);
  acceptor_ = std::thread([this] {
    while (true) {
      int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) return;  // shut down
      int one = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      std::lock_guard lock(mutex_);
      open_fds_.push_back(fd);
      threads_.emplace_back(&wire_runtime_api::serve, this, fd, ++connections_);
    }
  });
}

wire_runtime_api::~wire_runtime_api() {
  ::shutdown(listen_fd_, SHUT_RDWR);
  acceptor_.join();
  {
    std::lock_guard lock(mutex_);
    for (int fd : open_fds_) ::shutdown(fd, SHUT_RDWR);
  }
  for (auto& t : threads_) t.join();
  ::close(listen_fd_);
  ::unsetenv("AWS_LAMBDA_RUNTIME_API");
}

void wire_runtime_api::serve(int fd, int connection) {
  socket_source source(fd);
  protocol::message_reader reader(source);
  protocol::request_head head;
  protocol::http_fields trailers;
  while (true) {
    wire_request request;
    if (!reader.read_request_head(head).ok() || !reader.read_body(request.body, 64u << 20, trailers).ok()) break;
    request.method = head.method;
    request.path = std::string(head.path());
    request.connection = connection;
    wire_reply reply;
    int n = -1;
    {
      std::lock_guard lock(mutex_);
      if (record_) received_.push_back(request);
      if (request.method == "GET") n = next_calls_++;
    }
    reply = n >= 0 ? next_(n) : post_(request);
    bool sent = true;
    if (reply.byte_by_byte) {
      for (char c : reply.bytes)
        if (!(sent = send_all(fd, std::string_view(&c, 1)))) break;
    } else {
      sent = send_all(fd, reply.bytes);
    }
    if (!sent || reply.after != wire_reply::then::keep_open) {
      if (reply.after == wire_reply::then::reset) {
        linger abort{1, 0};  // close() then sends RST instead of FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
      }
      break;
    }
  }
  // Closed here, under the lock, so that the destructor only ever shuts down descriptors that
  // are still open (never a number the system gave to someone else since).
  std::lock_guard lock(mutex_);
  std::erase(open_fds_, fd);
  ::close(fd);
}

void wire_runtime_api::forget_requests() {
  std::lock_guard lock(mutex_);
  record_ = false;
  received_.clear();
  received_.shrink_to_fit();
}

std::vector<wire_request> wire_runtime_api::requests() const {
  std::lock_guard lock(mutex_);
  return received_;
}

std::vector<wire_request> wire_runtime_api::requests_ending(std::string_view suffix) const {
  std::vector<wire_request> out;
  for (auto& r : requests())
    if (std::string_view(r.path).ends_with(suffix)) out.push_back(r);
  return out;
}

int wire_runtime_api::connections() const {
  std::lock_guard lock(mutex_);
  return connections_;
}

}  // namespace lambda::testing
