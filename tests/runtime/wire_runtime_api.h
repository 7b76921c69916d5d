#pragma once
// A Runtime API that answers with exact bytes, for the client's behaviour on the wire: replies
// sent byte by byte, cut short, with wrong lengths, chunked with trailers, or followed by a close
// or a reset. Requests are read with the protocol component's request reader.

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace lambda::testing {

struct wire_reply {
  std::string bytes;
  /// Each byte in a send of its own (with TCP_NODELAY), so the client receives them one by one.
  bool byte_by_byte = false;
  enum class then { keep_open, close, reset } after = then::keep_open;
};

/// A 200 /next reply with Content-Length carrying `body` for `request_id`.
wire_reply next_wire(std::string_view request_id, std::string_view body);
/// `status` with a small JSON body.
wire_reply status_wire(int status);

struct wire_request {
  std::string method;
  std::string path;
  std::string body;
  int connection = 0;  ///< which accepted connection it came on, from 1
};

class wire_runtime_api {
 public:
  /// The reply to the n-th GET /next (n from 0).
  using next_script = std::function<wire_reply(int n)>;
  using post_script = std::function<wire_reply(const wire_request&)>;

  /// Starts on a free loopback port and points AWS_LAMBDA_RUNTIME_API at it. POSTs are
  /// answered by `post` (default: 202, connection kept).
  explicit wire_runtime_api(next_script next, post_script post = {});
  ~wire_runtime_api();
  wire_runtime_api(const wire_runtime_api&) = delete;
  wire_runtime_api& operator=(const wire_runtime_api&) = delete;

  /// Stops keeping the requests (a long run would otherwise grow the test's own memory);
  /// connections() still counts.
  void forget_requests();
  std::vector<wire_request> requests() const;
  std::vector<wire_request> requests_ending(std::string_view suffix) const;
  int connections() const;

 private:
  void serve(int fd, int connection);

  next_script next_;
  post_script post_;
  int listen_fd_ = -1;
  mutable std::mutex mutex_;
  std::vector<wire_request> received_;
  std::vector<int> open_fds_;
  bool record_ = true;
  int connections_ = 0;
  int next_calls_ = 0;
  std::vector<std::thread> threads_;
  std::thread acceptor_;
};

}  // namespace lambda::testing
