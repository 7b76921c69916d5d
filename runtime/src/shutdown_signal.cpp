#include "shutdown_signal.h"

#include <lambda/log.h>
#include <lambda/protocol/runtime_api.h>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <future>
#include <memory>
#include <mutex>
#include <pthread.h>

namespace lambda::detail {
namespace {

// Room left in the budget to write the last log line and exit before Lambda's SIGKILL.
constexpr std::chrono::milliseconds exit_margin{50};
using protocol::shutdown_budget;

enum class hook_state { idle, running, done };

std::mutex hook_mutex;
std::condition_variable hook_finished;
hook_state state = hook_state::idle;
std::function<void()> installed_hook;

// The worker threads may still be inside a Runtime API call or a handler, so static destructors must not run:
// the process ends with _Exit once what the hook printed is flushed.
[[noreturn]] void exit_now(int code) {
  std::fflush(nullptr);
  std::_Exit(code);
}

}  // namespace

void run_shutdown_hook_once() {
  std::function<void()> hook;
  {
    std::unique_lock lock(hook_mutex);
    if (state == hook_state::running) {
      hook_finished.wait(lock, [] { return state == hook_state::done; });
      return;
    }
    if (state == hook_state::done || !installed_hook) return;
    state = hook_state::running;
    hook = std::move(installed_hook);
    installed_hook = nullptr;
  }
  try {
    hook();
  } catch (const std::exception& e) {
    log::error("the shutdown hook threw: {}", e.what());
  } catch (...) {
    log::error("the shutdown hook threw a non-standard exception");
  }
  {
    std::lock_guard lock(hook_mutex);
    state = hook_state::done;
  }
  hook_finished.notify_all();
}

void watch_for_sigterm(std::function<void()> hook) {
  {
    std::lock_guard lock(hook_mutex);
    installed_hook = std::move(hook);
    state = hook_state::idle;
  }
  static std::once_flag started;
  std::call_once(started, [] {
    // A signal handler may not run arbitrary code, so the signal is taken synchronously by a
    // thread of its own instead.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set] {
      int signal = 0;
      while (sigwait(&set, &signal) != 0) {
      }
      log::info("SIGTERM received, shutting down");
      // The hook runs on a thread of its own so that one which overruns the budget can be
      // abandoned: Lambda would SIGKILL the process anyway, this way the reason is logged.
      auto finished = std::make_shared<std::promise<void>>();
      std::future<void> done = finished->get_future();
      std::thread([finished] {
        run_shutdown_hook_once();
        finished->set_value();
      }).detach();
      if (done.wait_for(shutdown_budget - exit_margin) == std::future_status::timeout) {
        log::error("the shutdown hook did not finish within {} ms; exiting without waiting for it",
                   (shutdown_budget - exit_margin).count());
        exit_now(1);
      }
      exit_now(0);
    }).detach();
  });
}

sigterm_extension::sigterm_extension(const std::string& endpoint) : client_(endpoint) {
  api_reply reply = client_.register_extension(name);
  auto id = reply.headers.find(protocol::extension_identifier_header);
  if (reply.transport_failed() || reply.status != 200 || !id || id->empty()) {
    std::string why =
        reply.transport_failed() ? reply.transport_error : fmt::format("HTTP {}: {}", reply.status, reply.body);
    log::warn(
        "registering the shutdown extension failed ({}); Lambda will not send SIGTERM, so the shutdown "
        "hook runs only if the runtime loop ends",
        why);
    return;
  }
  parked_ = std::thread([this, id = std::string(*id)] {
    // An extension with no events is never woken: the call returns only when it is interrupted
    // or the Runtime API goes away, and either way there is nothing left to do.
    api_reply event = client_.next_extension_event(id);
    if (!event.transport_failed() && event.status != 200)
      log::debug("extension event/next answered HTTP {}: {}", event.status, event.body);
  });
}

sigterm_extension::~sigterm_extension() {
  client_.interrupt();
  if (parked_.joinable()) parked_.join();
}

}  // namespace lambda::detail
