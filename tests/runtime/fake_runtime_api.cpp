#include "fake_runtime_api.h"

#include <cstdlib>
#include <thread>

namespace lambda::testing {

http_response invocation(std::string request_id, std::string body,
                         std::vector<std::pair<std::string_view, std::string>> extra_headers) {
  http_response r;
  r.headers.add(runtime_api::request_id_header, request_id);
  r.headers.add(runtime_api::deadline_header,
                std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch() + std::chrono::seconds(30))
                                   .count()));
  r.headers.add(runtime_api::function_arn_header, "arn:aws:lambda:us-east-1:123456789012:function:test");
  r.headers.add("Content-Type", "application/json");
  for (auto& [name, value] : extra_headers) r.headers.set(name, value);
  r.body = std::move(body);
  return r;
}

http_response status_reply(int status, std::string error_type) {
  http_response r;
  r.status = status;
  r.headers.set("content-type", "application/json");
  r.body = "{\"errorType\":\"" + error_type + "\",\"errorMessage\":\"scripted\"}";
  return r;
}

fake_runtime_api::fake_runtime_api() : post_answer_([](const http_request&) { return status_reply(202, "none"); }) {
  server_ = std::make_unique<emulator::http_server>(
      0, [this](const http_request& r) { return handle(r); },
      [this](const http_request& r) { return r.method == "POST" && stream_posts_.load(); });
  std::string endpoint = "127.0.0.1:" + std::to_string(server_->port());
  ::setenv("AWS_LAMBDA_RUNTIME_API", endpoint.c_str(), 1);
}

fake_runtime_api::~fake_runtime_api() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  server_->stop();
  ::unsetenv("AWS_LAMBDA_RUNTIME_API");
}

void fake_runtime_api::script_next(http_response reply, std::chrono::milliseconds delay) {
  std::lock_guard lock(mutex_);
  next_script_.emplace_back(std::move(reply), delay);
}

void fake_runtime_api::answer_posts(std::function<http_response(const http_request&)> answer) {
  std::lock_guard lock(mutex_);
  post_answer_ = std::move(answer);
}

void fake_runtime_api::stream_posts() { stream_posts_ = true; }

void fake_runtime_api::keep_next_waiting() {
  std::lock_guard lock(mutex_);
  keep_next_waiting_ = true;
}

bool fake_runtime_api::wait_for(const std::function<bool(const std::vector<http_request>&)>& done,
                                std::chrono::milliseconds limit) {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, limit, [&] { return done(received_); });
}

std::vector<http_request> fake_runtime_api::requests() const {
  std::lock_guard lock(mutex_);
  return received_;
}

std::vector<http_request> fake_runtime_api::requests_ending(std::string_view suffix) const {
  std::vector<http_request> out;
  for (auto& r : requests())
    if (r.path().ends_with(suffix)) out.push_back(r);
  return out;
}

int fake_runtime_api::next_calls() const {
  return static_cast<int>(requests_ending(runtime_api::next_invocation_path).size());
}

http_response fake_runtime_api::handle(const http_request& request) {
  std::unique_lock lock(mutex_);
  received_.push_back(request);
  changed_.notify_all();
  auto park = [&] {
    changed_.wait(lock, [&] { return closing_; });
    return status_reply(500, "Runtime.Shutdown");
  };
  if (request.method == "POST" && request.path() == runtime_api::extension_register_path) {
    http_response r = status_reply(200, "none");
    r.body = R"({"functionName":"test","functionVersion":"$LATEST","handler":"bootstrap"})";
    r.headers.set(runtime_api::extension_identifier_header, extension_id);
    return r;
  }
  if (request.method == "GET" && request.path() == runtime_api::extension_event_next_path) {
    if (request.headers.find(runtime_api::extension_identifier_header) != extension_id)
      return status_reply(403, "Extension.UnknownExtensionIdentifier");
    return park();
  }
  if (request.method == "GET" && request.path() == runtime_api::next_invocation_path) {
    if (next_script_.empty()) return keep_next_waiting_ ? park() : status_reply(500, "Runtime.Shutdown");
    auto [reply, delay] = std::move(next_script_.front());
    next_script_.pop_front();
    lock.unlock();
    if (delay.count() > 0) std::this_thread::sleep_for(delay);
    return reply;
  }
  if (request.method == "POST") {
    auto answer = post_answer_;
    lock.unlock();
    return answer(request);
  }
  return status_reply(404, "NotFound");
}

scoped_env::scoped_env(std::string name, const char* value) : name_(std::move(name)) {
  if (const char* old = std::getenv(name_.c_str())) previous_ = old;
  if (value)
    ::setenv(name_.c_str(), value, 1);
  else
    ::unsetenv(name_.c_str());
}

scoped_env::~scoped_env() {
  if (previous_)
    ::setenv(name_.c_str(), previous_->c_str(), 1);
  else
    ::unsetenv(name_.c_str());
}

}  // namespace lambda::testing
