#include "streamed_response.h"

#include "error_report.h"

#include <lambda/json.h>
#include <lambda/json/base64.h>
#include <lambda/protocol/runtime_api.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace lambda::detail {

namespace {
// The error document in a trailer is bounded like a header-borne one: RAPID takes the 64 KiB
// X-Ray cause as a header, and base64 makes 3 bytes into 4.
constexpr std::size_t max_trailer_error_body_bytes = protocol::max_xray_error_cause_bytes / 4 * 3;
// Function URLs and API Gateway find the end of the prelude by these eight NUL bytes.
constexpr std::string_view prelude_delimiter{"\0\0\0\0\0\0\0\0", 8};
}  // namespace

streamed_response::streamed_response(runtime_api_client& api, const Context& context, std::size_t buffer_limit)
    : api_(api), context_(context), limit_(buffer_limit) {}

streamed_response::~streamed_response() {
  if (post_.joinable()) {
    function_error abandoned{std::string(protocol::stream_abandoned_error_type),
                             "the response stream was not finished"};
    finish(&abandoned);
  }
}

void streamed_response::set_content_type(std::string_view type) {
  std::lock_guard lock(mutex_);
  if (post_.joinable()) throw std::logic_error("response_stream: the content type cannot change after the first write");
  content_type_ = std::string(type);
}

bool streamed_response::started() const {
  std::lock_guard lock(mutex_);
  return post_.joinable();
}

std::size_t streamed_response::bytes_written() const {
  std::lock_guard lock(mutex_);
  return written_;
}

void streamed_response::start_locked() {
  post_ = std::thread([this] {
    api_reply reply = api_.post_streamed_response(context_.request_id, context_.invocation_id, content_type_, *this);
    std::lock_guard lock(mutex_);
    reply_ = std::move(reply);
    post_ended_ = true;
    changed_.notify_all();
  });
}

bool streamed_response::write(std::string_view data) {
  std::unique_lock lock(mutex_);
  if (closed_) throw std::logic_error("response_stream: write after the handler returned");
  if (!post_.joinable()) start_locked();
  // In slices, so that one huge write does not hold more than the limit either.
  while (!data.empty()) {
    changed_.wait(lock, [&] { return buffer_.size() - head_ < limit_ || post_ended_; });
    if (post_ended_) return false;
    if (head_ > 0 && head_ >= buffer_.size() / 2) {  // reclaim the sent half before growing
      buffer_.erase(0, head_);
      head_ = 0;
    }
    std::size_t n = std::min(data.size(), limit_ - (buffer_.size() - head_));
    buffer_.append(data.data(), n);
    written_ += n;
    data.remove_prefix(n);
    changed_.notify_all();
  }
  return true;
}

std::size_t streamed_response::read(char* out, std::size_t capacity) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return head_ < buffer_.size() || closed_; });
  std::size_t n = std::min(capacity, buffer_.size() - head_);
  std::memcpy(out, buffer_.data() + head_, n);
  head_ += n;
  if (head_ == buffer_.size()) {
    buffer_.clear();
    head_ = 0;
  }
  changed_.notify_all();
  return n;  // 0 only once closed and drained: the end of the body
}

protocol::http_fields streamed_response::trailers() {
  std::lock_guard lock(mutex_);
  protocol::http_fields fields;
  if (error_) {
    fields.add(protocol::error_type_header, bounded_type(error_->type));
    fields.add(protocol::error_body_trailer,
               lambda::json::base64_encode(error_body(*error_, max_trailer_error_body_bytes)));
  }
  return fields;
}

api_reply streamed_response::finish(const function_error* error) {
  {
    std::lock_guard lock(mutex_);
    if (closed_) return reply_;
    if (error) error_ = *error;
    closed_ = true;
    if (!post_.joinable()) start_locked();
    changed_.notify_all();
  }
  post_.join();
  std::lock_guard lock(mutex_);
  return reply_;
}

std::string http_prelude_json(const http_prelude& prelude) {
  json::writer out;
  out.raw("{\"statusCode\":");
  out.number(prelude.status_code);
  out.raw(",\"headers\":");
  json::codec<std::map<std::string, std::string>>::write(out, prelude.headers);
  out.raw(",\"cookies\":");
  json::codec<std::vector<std::string>>::write(out, prelude.cookies);
  out.raw("}");
  return out.release();
}

}  // namespace lambda::detail

namespace lambda {

void response_stream::set_content_type(std::string_view type) { impl_.set_content_type(type); }

bool response_stream::start_http(const http_prelude& prelude) {
  impl_.set_content_type(protocol::http_integration_content_type);
  return impl_.write(detail::http_prelude_json(prelude)) && impl_.write(detail::prelude_delimiter);
}

bool response_stream::write(std::string_view data) { return impl_.write(data); }

bool response_stream::started() const noexcept { return impl_.started(); }

std::size_t response_stream::bytes_written() const noexcept { return impl_.bytes_written(); }

}  // namespace lambda
