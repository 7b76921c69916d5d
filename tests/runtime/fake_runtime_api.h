#pragma once
// A scriptable Runtime API over real loopback HTTP, for driving lambda::run in-process.

#include "http_server.h"

#include <lambda/protocol/runtime_api.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lambda::testing {

/// The paths, header names and limits the fake and the tests use, spelled once for everyone.
namespace runtime_api = lambda::protocol;

using emulator::http_request;
using emulator::http_response;

/// A /next reply carrying an invocation; `extra_headers` replace those of the same name (any case).
http_response invocation(std::string request_id, std::string body,
                         std::vector<std::pair<std::string_view, std::string>> extra_headers = {});

/// A reply that sends `status` with a small JSON body.
http_response status_reply(int status, std::string error_type = "Error");

class fake_runtime_api {
 public:
  /// Starts on a free loopback port and points AWS_LAMBDA_RUNTIME_API at it.
  fake_runtime_api();
  ~fake_runtime_api();

  /// Queues the reply to a future GET /next; when the script runs out, /next answers 500, which
  /// ends lambda::run after its bounded retries.
  void script_next(http_response reply, std::chrono::milliseconds delay = {});
  /// How POSTs are answered (default: 202). Called with each POST, in order.
  void answer_posts(std::function<http_response(const http_request&)> answer);
  /// From now on, chunked POST bodies are left on the wire for the post answer to read from
  /// `request.body_reader` (to watch a streamed response arrive, or not read it at all).
  void stream_posts();
  /// From now on, a /next beyond the script waits until the fake is destroyed instead of
  /// answering 500: the function stays idle, as between invokes in Lambda.
  void keep_next_waiting();
  /// Waits until `done(requests())` holds; false when `limit` passed first.
  bool wait_for(const std::function<bool(const std::vector<http_request>&)>& done, std::chrono::milliseconds limit);

  /// The Extensions API answers register with this identifier; event/next with the right one
  /// waits until the fake is destroyed (no events are ever delivered).
  static constexpr const char* extension_id = "ext-0001";

  /// Every request received, in order.
  std::vector<http_request> requests() const;
  /// The received requests whose path ends with `suffix`.
  std::vector<http_request> requests_ending(std::string_view suffix) const;
  int next_calls() const;

 private:
  http_response handle(const http_request& request);

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  bool keep_next_waiting_ = false;
  std::atomic<bool> stream_posts_{false};
  bool closing_ = false;
  std::deque<std::pair<http_response, std::chrono::milliseconds>> next_script_;
  std::function<http_response(const http_request&)> post_answer_;
  std::vector<http_request> received_;
  std::unique_ptr<emulator::http_server> server_;
};

/// Sets an environment variable for the lifetime of the object.
class scoped_env {
 public:
  scoped_env(std::string name, const char* value);
  ~scoped_env();

 private:
  std::string name_;
  std::optional<std::string> previous_;
};

}  // namespace lambda::testing
