#include "http_connection.h"

#include <lambda/protocol/socket_send.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

namespace lambda::detail {
namespace {

constexpr int connect_timeout_ms = 1000;

std::string system_error(std::string_view what, int error) { return std::string(what) + ": " + std::strerror(error); }

}  // namespace

http_connection::http_connection(std::vector<socket_address> addresses) : addresses_(std::move(addresses)) {}

http_connection::~http_connection() { close(); }

bool http_connection::interrupted() const {
  std::lock_guard lock(mutex_);
  return interrupted_;
}

void http_connection::interrupt() {
  std::lock_guard lock(mutex_);
  interrupted_ = true;
  // shutdown() wakes a recv() or send() blocked on the socket at once; the descriptor stays
  // open (and its number taken) until the owning thread closes it.
  if (fd_ >= 0) ::shutdown(fd_, SHUT_RDWR);
}

void http_connection::close() {
  std::lock_guard lock(mutex_);
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  reader_.reset();
}

bool http_connection::idle_and_intact() {
  if (reader_.buffered() > 0) return false;
  char byte;
  ssize_t n = ::recv(fd_, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

std::optional<std::string> http_connection::open() {
  if (fd_ >= 0 && idle_and_intact()) {
    reused_ = true;
    return std::nullopt;
  }
  close();
  reused_ = false;
  std::string reasons;
  for (const auto& address : addresses_) {
    auto failure = connect_to(address);
    if (!failure) return std::nullopt;
    if (!reasons.empty()) reasons += "; ";
    reasons += *failure;
  }
  return reasons;
}

std::optional<std::string> http_connection::connect_to(const socket_address& address) {
  int fd;
  {
    std::lock_guard lock(mutex_);
    if (interrupted_) return std::string("interrupted");
    fd = ::socket(address.family(), SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return system_error("socket", errno);
    fd_ = fd;
  }
  // Non-blocking only while connecting, so that an address nobody answers costs 1 s, not the
  // kernel's minutes; on loopback a connect succeeds or is refused at once.
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0) {
    int error = errno;
    if (error == EINPROGRESS) {
      pollfd p{fd, POLLOUT, 0};
      int ready;
      do ready = ::poll(&p, 1, connect_timeout_ms);
      while (ready < 0 && errno == EINTR);
      socklen_t size = sizeof error;
      if (ready == 0)
        error = ETIMEDOUT;
      else if (ready < 0)
        error = errno;
      else if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
        error = errno;
    }
    if (error != 0 && error != EINPROGRESS) {
      close();
      return system_error("connect", error);
    }
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  // Each request goes out in one write and waits for its answer: Nagle would only add delay.
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (interrupted()) {  // interrupt() came while connecting and found no descriptor to shut down yet
    close();
    return std::string("interrupted");
  }
  return std::nullopt;
}

std::optional<std::string> http_connection::send(std::initializer_list<std::string_view> parts) {
  if (int error = protocol::send_all(fd_, parts)) return system_error("send", error);
  return std::nullopt;
}

bool http_connection::peer_spoke() {
  if (reader_.buffered() > 0) return true;
  char byte;
  ssize_t n = ::recv(fd_, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

std::ptrdiff_t http_connection::receive(char* out, std::size_t capacity) { return ::recv(fd_, out, capacity, 0); }

}  // namespace lambda::detail
