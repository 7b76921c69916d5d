#include "shutdown_signal.h"

#include <lambda/log.h>

#include <csignal>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace lambda::detail {
namespace {

std::mutex hook_mutex;
std::function<void()> installed_hook;

} // namespace

void run_shutdown_hook_once() {
    std::function<void()> hook;
    {
        std::lock_guard lock(hook_mutex);
        hook = std::move(installed_hook);
        installed_hook = nullptr;
    }
    if (!hook) return;
    try {
        hook();
    } catch (const std::exception& e) {
        log::error("the shutdown hook threw: {}", e.what());
    } catch (...) {
        log::error("the shutdown hook threw a non-standard exception");
    }
}

void watch_for_sigterm(std::function<void()> hook) {
    {
        std::lock_guard lock(hook_mutex);
        installed_hook = std::move(hook);
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
            run_shutdown_hook_once();
            std::_Exit(0);
        }).detach();
    });
}

} // namespace lambda::detail
