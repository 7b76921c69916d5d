#include "invocation_queue.h"

#include "identifiers.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <utility>

namespace lambda::emulator {
namespace {

// How much of a stream may wait for the invoker; past it the function's connection is not read,
// so a slow client slows the function down instead of filling the emulator's memory.
constexpr std::size_t max_queued_bytes = 1u << 20;

// How long a /next waits for the answer it overtook (see take_next).
constexpr std::chrono::milliseconds overtaken_answer_grace{1000};

}  // namespace

invocation_queue::invocation_queue(std::uint32_t max_in_flight, std::chrono::milliseconds timeout)
    : max_in_flight_(max_in_flight), timeout_(timeout) {}

bool invocation_queue::admit() {
  std::unique_lock lock(mutex_);
  cv_.wait(lock, [&] { return in_flight_ < max_in_flight_ || stopping_; });
  if (stopping_) return false;
  ++in_flight_;
  return true;
}

void invocation_queue::release() {
  std::lock_guard lock(mutex_);
  --in_flight_;
  cv_.notify_all();
}

invocation_queue::outcome invocation_queue::run(const std::shared_ptr<invocation>& inv,
                                                std::chrono::milliseconds init_timeout,
                                                const std::function<bool()>& process_running, stream_sink& sink) {
  std::unique_lock lock(mutex_);
  if (!process_running()) {
    // It ended between starting and now; its exit has been handled already. When it posted an
    // init error first, that is the invoke's answer, as Lambda gives it.
    if (init_error_document_)
      inv->result = {true, *init_error_document_, "application/json"};
    else
      fail(*inv, "Runtime.ExitError",
           fmt::format("RequestId: {} Error: Runtime exited before asking for an invocation", inv->request_id));
    return {std::move(inv->result), std::nullopt};
  }
  queue_.push_back(inv);
  cv_.notify_all();
  std::optional<abandon_reason> abandoned;
  if (!cv_.wait_for(lock, init_timeout, [&] { return inv->picked || inv->done || stopping_; })) {
    std::erase(queue_, inv);
    fail(*inv, "Sandbox.Timedout",
         fmt::format("RequestId: {} Error: the function did not ask for an invocation within {} ms", inv->request_id,
                     init_timeout.count()));
    cv_.notify_all();
    abandoned = abandon_reason::deadline;
  } else {
    abandoned = await_answer(lock, *inv, sink);
  }
  return {std::move(inv->result), abandoned};
}

// The invoker's half of an invocation once the function has picked it: waits for the answer,
// relaying a stream to `sink` piece by piece. Returns why it gave up, nullopt when the function
// answered.
std::optional<abandon_reason> invocation_queue::await_answer(std::unique_lock<std::mutex>& lock, invocation& inv,
                                                             stream_sink& sink) {
  bool begun = false;
  while (true) {
    cv_.wait_until(lock, inv.steady_deadline,
                   [&] { return inv.done || stopping_ || (inv.result.streamed && (!begun || !inv.pieces.empty())); });
    // First, so that a streamed result always had its begin(), however it ends.
    if (inv.result.streamed && !begun) {
      begun = true;
      std::string content_type = inv.result.content_type;
      lock.unlock();
      bool accepted = sink.begin(content_type);
      lock.lock();
      if (!accepted && !inv.done) {
        abandon_locked(inv, abandon_reason::invoker_gone);
        return abandon_reason::invoker_gone;
      }
    }
    // Checked before relaying, or a function that keeps the queue full would outlive its deadline.
    if (!inv.done && (stopping_ || std::chrono::steady_clock::now() >= inv.steady_deadline)) {
      abandon_reason why = stopping_ ? abandon_reason::shutting_down : abandon_reason::deadline;
      abandon_locked(inv, why);
      return why;
    }
    if (!inv.pieces.empty()) {
      std::deque<std::string> batch;
      batch.swap(inv.pieces);
      inv.queued_bytes = 0;
      cv_.notify_all();  // room for the function's connection again
      lock.unlock();
      bool accepted = true;
      for (const auto& piece : batch)
        if (!(accepted = sink.write(piece))) break;
      lock.lock();
      if (!accepted && !inv.done) {
        abandon_locked(inv, abandon_reason::invoker_gone);
        return abandon_reason::invoker_gone;
      }
      continue;
    }
    if (inv.done) return std::nullopt;
  }
}

// Ends an invocation the function has not finished answering. Its late answer gets 410 (deadline,
// or the invoker gone) or 500 (shutting down); a stream being read is dropped at its next piece.
void invocation_queue::abandon_locked(invocation& inv, abandon_reason why) {
  inv.abandoned = why;
  handed_out_.erase(inv.request_id);
  std::erase_if(queue_, [&](const auto& queued) { return queued.get() == &inv; });
  switch (why) {
    case abandon_reason::deadline:
      timed_out_.insert(inv.request_id);
      fail(inv, "Sandbox.Timedout",
           fmt::format("RequestId: {} Error: Task timed out after {:.2f} seconds", inv.request_id,
                       std::chrono::duration<double>(timeout_).count()));
      break;
    case abandon_reason::shutting_down:
      fail(inv, "Runtime.Shutdown", fmt::format("RequestId: {} Error: the emulator is shutting down", inv.request_id));
      break;
    case abandon_reason::invoker_gone:
      fail(inv, "Sandbox.ClientDisconnected",
           fmt::format("RequestId: {} Error: the invoker stopped reading the response stream", inv.request_id));
      break;
  }
  cv_.notify_all();
}

void invocation_queue::process_starting(unsigned generation) {
  std::lock_guard lock(mutex_);
  live_generation_ = generation;
  // An init error answers the invokes that came for the process that posted it, also those that
  // arrive after it exited; a new process starts clean.
  init_error_document_.reset();
  cv_.notify_all();
}

void invocation_queue::process_exited(const std::string& how, unsigned generation) {
  std::lock_guard lock(mutex_);
  if (live_generation_ == generation) live_generation_ = 0;
  auto fail_one = [&](invocation& inv) {
    if (init_error_document_) {
      inv.result = {true, *init_error_document_, "application/json"};
      inv.done = true;
    } else {
      fail(inv, "Runtime.ExitError",
           fmt::format("RequestId: {} Error: Runtime exited with error: {}", inv.request_id, how));
    }
  };
  // An invocation whose answer is being read is not here: its connection breaks off, and the
  // function's side reports that.
  for (auto& [id, inv] : handed_out_)
    if (!inv->done) fail_one(*inv);
  handed_out_.clear();
  extensions_.clear();
  for (auto& inv : queue_) fail_one(*inv);
  queue_.clear();
  cv_.notify_all();
}

bool invocation_queue::has_extensions() {
  std::lock_guard lock(mutex_);
  return !extensions_.empty();
}

void invocation_queue::shut_down() {
  std::lock_guard lock(mutex_);
  stopping_ = true;
  cv_.notify_all();
}

std::variant<std::shared_ptr<invocation>, invocation_queue::refusal> invocation_queue::take_next(unsigned generation) {
  std::unique_lock lock(mutex_);
  if (stopping_ || live_generation_ != generation) return refusal::ended;
  if (handed_out_.size() >= max_in_flight_) {
    // The answer to an invocation may still be on its way on another connection: a runtime
    // whose POST broke off reconnects and asks again, and the two connections are read by
    // different threads in either order. Give that answer a moment to be claimed before
    // calling this /next a protocol error.
    const bool room = cv_.wait_for(lock, overtaken_answer_grace, [&] {
      return handed_out_.size() < max_in_flight_ || stopping_ || live_generation_ != generation;
    });
    if (stopping_ || live_generation_ != generation) return refusal::ended;
    if (!room) return refusal::busy;
  }
  // A /next from a process that has since died must not take an invocation meant for its successor.
  cv_.wait(lock, [&] { return !queue_.empty() || stopping_ || live_generation_ != generation; });
  if (stopping_ || live_generation_ != generation) return refusal::ended;
  auto inv = queue_.front();
  queue_.pop_front();
  handed_out_[inv->request_id] = inv;
  inv->picked = true;
  inv->deadline = std::chrono::system_clock::now() + timeout_;
  inv->steady_deadline = std::chrono::steady_clock::now() + timeout_;
  cv_.notify_all();
  return inv;
}

std::variant<std::shared_ptr<invocation>, invocation_queue::claim_refusal> invocation_queue::claim(
    const std::string& request_id, std::optional<std::string_view> echoed_invocation_id) {
  std::lock_guard lock(mutex_);
  auto found = handed_out_.find(request_id);
  if (found == handed_out_.end()) {
    if (timed_out_.count(request_id)) return claim_refusal::timed_out;
    if (answered_.count(request_id)) return claim_refusal::answered;
    return claim_refusal::unknown_id;
  }
  if (echoed_invocation_id && *echoed_invocation_id != found->second->invocation_id)
    return claim_refusal::wrong_invocation_id;
  // Kept alive by the shared_ptr while the answer is read without the lock.
  std::shared_ptr<invocation> inv = found->second;
  answered_.insert(request_id);
  handed_out_.erase(found);
  cv_.notify_all();  // a /next waiting for room (take_next) may go on
  return inv;
}

std::optional<abandon_reason> invocation_queue::settle(invocation& inv,
                                                       const std::function<void(invocation&)>& settle) {
  std::lock_guard lock(mutex_);
  if (inv.abandoned) return inv.abandoned;
  settle(inv);
  cv_.notify_all();
  return std::nullopt;
}

std::optional<abandon_reason> invocation_queue::push_piece(invocation& inv, std::string piece) {
  std::unique_lock lock(mutex_);
  // Stopping is checked too: the invoker may be stuck writing to a client that does not read,
  // and the Runtime API server can only stop once the function's connection is let go.
  cv_.wait(lock, [&] { return inv.queued_bytes < max_queued_bytes || inv.abandoned || stopping_; });
  if (inv.abandoned || stopping_) return inv.abandoned.value_or(abandon_reason::shutting_down);
  inv.queued_bytes += piece.size();
  inv.pieces.push_back(std::move(piece));
  cv_.notify_all();
  return std::nullopt;
}

bool invocation_queue::init_failed(unsigned generation, const std::string& document) {
  std::lock_guard lock(mutex_);
  if (live_generation_ != generation) return false;
  init_error_document_ = document;
  // Lambda answers the waiting invoke with the init error.
  for (auto& inv : queue_) {
    inv->result = {true, document, "application/json"};
    inv->done = true;
  }
  queue_.clear();
  cv_.notify_all();
  return true;
}

std::optional<std::string> invocation_queue::register_extension(unsigned generation) {
  std::lock_guard lock(mutex_);
  if (live_generation_ != generation) return std::nullopt;
  std::string id = uuid_v4();
  extensions_.insert(id);
  return id;
}

invocation_queue::extension_wait invocation_queue::await_extension_event(unsigned generation,
                                                                         const std::string& extension_id) {
  std::unique_lock lock(mutex_);
  if (live_generation_ != generation) return extension_wait::ended;
  if (!extensions_.count(extension_id)) return extension_wait::unknown_extension;
  cv_.wait(lock, [&] { return stopping_ || live_generation_ != generation; });
  return extension_wait::ended;
}

}  // namespace lambda::emulator
