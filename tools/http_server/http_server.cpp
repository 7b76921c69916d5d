#include "http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace lambda::emulator {

http_server::http_server(std::uint16_t port, http_handler handler, body_stream_filter stream_body_if)
    : handler_(std::move(handler)), stream_body_if_(std::move(stream_body_if)) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd_ < 0) throw std::system_error(errno, std::generic_category(), "socket");
  int one = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 || ::listen(listen_fd_, 64) < 0) {
    int err = errno;
    ::close(listen_fd_);
    throw std::system_error(err, std::generic_category(), "bind 127.0.0.1:" + std::to_string(port));
  }
  socklen_t len = sizeof addr;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

http_server::~http_server() { stop(); }

void http_server::stop() {
  if (stopping_.exchange(true)) return;
  // shutdown() wakes the accept() and recv() calls blocked on these sockets.
  ::shutdown(listen_fd_, SHUT_RDWR);
  acceptor_.join();
  ::close(listen_fd_);
  std::list<connection> remaining;
  {
    std::lock_guard lock(mutex_);
    for (auto& c : connections_) ::shutdown(c.fd, SHUT_RDWR);
    remaining.splice(remaining.end(), connections_);
  }
  for (auto& c : remaining) {
    c.thread.join();
    ::close(c.fd);
  }
}

void http_server::reap_finished() {
  for (auto it = connections_.begin(); it != connections_.end();) {
    if (it->finished) {
      it->thread.join();
      ::close(it->fd);
      it = connections_.erase(it);
    } else {
      ++it;
    }
  }
}

void http_server::accept_loop() {
  while (!stopping_) {
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if (stopping_) return;
      // Out of descriptors or similar: wait a little rather than spin.
      ::poll(nullptr, 0, 10);
      continue;
    }
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::lock_guard lock(mutex_);
    reap_finished();
    if (stopping_) {
      ::close(fd);
      return;
    }
    auto& conn = connections_.emplace_back();
    conn.fd = fd;
    conn.thread = std::thread([this, &conn] { serve(conn); });
  }
}

void http_server::serve(connection& conn) {
  http_request_reader reader(conn.fd);
  http_request request;
  std::string error;
  while (!stopping_) {
    read_status status = reader.read_head(request, error);
    if (status == read_status::ok) {
      if (!reader.body_done() && request.headers.find("transfer-encoding") && stream_body_if_ &&
          stream_body_if_(request))
        request.body_reader = &reader;
      else
        status = reader.read_body(request, error);
    }
    if (status == read_status::closed) break;
    if (status != read_status::ok) {
      http_response reply;
      reply.status = status == read_status::too_large ? 413 : 400;
      reply.body = status == read_status::too_large ? "request too large" : error;
      reply.close = true;
      send_all(conn.fd, serialize(reply));
      break;
    }
    chunked_response_writer writer(conn.fd);
    request.response_writer = &writer;
    http_response response = handler_(request);
    if (response.raw) {
      send_all(conn.fd, *response.raw);
      break;
    }
    // The connection can carry another request only if this one was read and answered in full.
    if (!reader.body_done()) response.close = true;
    if (response.sent) {
      if (!writer.finished() || response.close || !request.keep_alive()) break;
      continue;
    }
    bool keep = request.keep_alive() && !response.close;
    response.close = !keep;
    if (!send_all(conn.fd, serialize(response)) || !keep) break;
  }
  ::shutdown(conn.fd, SHUT_RDWR);
  conn.finished = true;
}

}  // namespace lambda::emulator
