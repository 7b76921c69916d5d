// A Lambda function for the emulator tests; the event says what to do:
//   "throw" | "sleep:<ms>" | "exit" | "context" | anything else (echoed back)
// With LAMBDA_TEST_FAIL_INIT set, initialisation throws.

#include <lambda/runtime.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <thread>

namespace {

std::string handle(std::string_view event, const lambda::Context& ctx) {
    if (event == "throw") throw std::domain_error("thrown on purpose");
    if (event == "exit") std::exit(3);
    if (event.starts_with("sleep:")) {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(std::string(event.substr(6)))));
        return "slept";
    }
    if (event == "context") {
        const char* trace = std::getenv("_X_AMZN_TRACE_ID");
        return fmt::format("request_id={}\ntenant_id={}\ninvocation_id={}\ntrace_env={}\nfunction={}\nmemory={}\n"
                           "arn={}\nremaining_ok={}\nclient_app={}\n",
                           ctx.request_id, ctx.tenant_id.value_or("-"), ctx.invocation_id.value_or("-"),
                           trace ? trace : "-", ctx.config->function_name, ctx.config->memory_size_mb,
                           ctx.invoked_function_arn, ctx.remaining_time().count() > 0,
                           ctx.client_context ? ctx.client_context->client.app_title : "-");
    }
    lambda::log::info("echo {}", event);
    return std::string(event);
}

} // namespace

int main() {
    return lambda::runtime()
        .on_init([](const lambda::FunctionConfig&) {
            if (std::getenv("LAMBDA_TEST_FAIL_INIT")) throw std::runtime_error("init failed on purpose");
        })
        .run(handle);
}
