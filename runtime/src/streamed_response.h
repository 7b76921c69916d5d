#pragma once
// One streamed response in flight: the handler's writes go into a bounded buffer, and a thread of
// the stream's own makes the chunked POST /response, sending what the buffer holds as it arrives.
// The thread starts with the first byte, so that an error before it can still go to /error.

#include "runtime_api_client.h"

#include <lambda/context.h>
#include <lambda/outcome.h>
#include <lambda/response_stream.h>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace lambda::detail {

class streamed_response final : private body_source {
 public:
  streamed_response(runtime_api_client& api, const Context& context, std::size_t buffer_limit);
  /// Ends a stream the loop did not finish (it always does) as failed, and joins its thread.
  ~streamed_response() override;
  streamed_response(const streamed_response&) = delete;
  streamed_response& operator=(const streamed_response&) = delete;

  /// Throws std::logic_error once the stream has started.
  void set_content_type(std::string_view type);
  /// Appends to the buffer, waiting while it is full; starts the POST on the first byte. False
  /// once the POST has ended (its answer came early or the connection failed).
  bool write(std::string_view data);
  bool started() const;
  std::size_t bytes_written() const;

  /// Ends the body, with `error` in the trailers when there is one, and waits for Lambda's
  /// answer. Starts the POST first if nothing was written (an empty streamed response).
  api_reply finish(const function_error* error);

 private:
  std::size_t read(char* out, std::size_t capacity) override;
  protocol::http_fields trailers() override;
  void start_locked();

  runtime_api_client& api_;
  const Context& context_;
  const std::size_t limit_;
  std::string content_type_ = "application/octet-stream";

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::string buffer_;  // bytes buffer_[head_..] wait to be sent
  std::size_t head_ = 0;
  std::size_t written_ = 0;  // by the handler, in total
  bool closed_ = false;      // no more writes: the body ends once the buffer is drained
  bool post_ended_ = false;  // the POST returned, whether or not the body was all sent
  std::optional<function_error> error_;
  api_reply reply_;
  std::thread post_;
};

/// The JSON prelude of an HTTP-integration stream, without the NUL delimiter.
std::string http_prelude_json(const http_prelude& prelude);

}  // namespace lambda::detail
