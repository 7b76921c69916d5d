#pragma once
// A small HTTP/1.1 server on 127.0.0.1: one thread per connection, keep-alive, handlers that may
// block (the Runtime API's /next long-poll does).

#include "http_message.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace lambda::emulator {

using http_handler = std::function<http_response(const http_request&)>;
/// Decides, from a request's head, whether its chunked body is left for the handler to read.
using body_stream_filter = std::function<bool(const http_request&)>;

class http_server {
 public:
  /// Binds 127.0.0.1:`port` (0 picks a free port) and starts accepting; throws
  /// std::system_error when the port cannot be bound.
  /// When `stream_body_if` accepts a chunked request, the handler gets it with the body still on
  /// the wire (http_request::body_reader); a body the handler leaves unread closes the connection.
  http_server(std::uint16_t port, http_handler handler, body_stream_filter stream_body_if = {});
  /// Stops accepting, closes every connection and joins their threads.
  ~http_server();
  http_server(const http_server&) = delete;
  http_server& operator=(const http_server&) = delete;

  /// The bound port.
  std::uint16_t port() const { return port_; }

  /// Same as the destructor; handlers blocked elsewhere must be released by their owner first.
  void stop();

 private:
  struct connection {
    int fd;
    std::thread thread;
    std::atomic<bool> finished{false};
  };
  void accept_loop();
  void serve(connection& conn);
  void reap_finished();  // joins the threads of closed connections (caller holds mutex_)

  http_handler handler_;
  body_stream_filter stream_body_if_;
  int listen_fd_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::list<connection> connections_;
  std::thread acceptor_;
};

}  // namespace lambda::emulator
