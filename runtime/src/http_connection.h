#pragma once
// One TCP connection to the Runtime API, kept alive between calls, that another thread can
// interrupt. Used by one thread at a time; only interrupt() may be called concurrently.

#include "endpoint.h"

#include <lambda/protocol/message_reader.h>

#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::detail {

class http_connection final : private protocol::byte_source {
 public:
  explicit http_connection(std::vector<socket_address> addresses);
  ~http_connection() override;
  http_connection(const http_connection&) = delete;
  http_connection& operator=(const http_connection&) = delete;

  /// Makes sure a connection is open: keeps the current one when it is still usable, otherwise
  /// connects (to each address in turn, 1 s each). The reason when none could be opened.
  std::optional<std::string> open();
  /// Whether the connection was open before the call now being made (false after a connect).
  bool reused() const { return reused_; }
  void close();

  /// Sends `parts` as one message where the kernel allows; the system's reason on failure.
  std::optional<std::string> send(std::initializer_list<std::string_view> parts);
  /// Whether the peer has sent something (or closed) while we were sending: an early answer.
  bool peer_spoke();

  /// Reads responses off the connection.
  protocol::message_reader& reader() { return reader_; }

  /// Shuts the connection down and refuses to open another: a call in progress, and every
  /// later one, fails at once. Safe from any thread.
  void interrupt();
  bool interrupted() const;

 private:
  std::ptrdiff_t receive(char* out, std::size_t capacity) override;
  std::optional<std::string> connect_to(const socket_address& address);
  /// Whether the kept-alive connection is still usable: not closed by the server while idle
  /// (its keep-alive timeout, a restart) and with no stray bytes waiting.
  bool idle_and_intact();

  const std::vector<socket_address> addresses_;
  protocol::message_reader reader_{*this};
  int fd_ = -1;  // written by the owning thread only, under mutex_, so interrupt() never sees a stale one
  bool reused_ = false;
  mutable std::mutex mutex_;
  bool interrupted_ = false;
};

}  // namespace lambda::detail
