#include "error_report.h"

#include <lambda/json/writer.h>
#include <lambda/protocol/runtime_api.h>

#include <cxxabi.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>
#include <typeinfo>

namespace lambda::detail {

using protocol::max_xray_error_cause_bytes;

std::string demangled_name(const std::type_info& type) {
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status),
                                                std::free);
    return status == 0 && name ? std::string(name.get()) : std::string(type.name());
}

// The writer escapes control characters and turns invalid UTF-8 into U+FFFD, so these documents
// are valid JSON whatever bytes an exception's message holds.
std::string error_body(const function_error& error) {
    json::writer out;
    out.raw("{\"errorMessage\":");
    out.string(error.message);
    out.raw(",\"errorType\":");
    out.string(error.type);
    out.raw(",\"stackTrace\":[]}");
    return out.release();
}

namespace {

std::string xray_cause_document(std::string_view working_directory, const function_error& error,
                                std::string_view message) {
    json::writer out;
    out.raw("{\"working_directory\":");
    out.string(working_directory);
    out.raw(",\"exceptions\":[{\"message\":");
    out.string(message);
    out.raw(",\"type\":");
    out.string(error.type);
    out.raw(",\"stack\":[]}],\"paths\":[]}");
    return out.release();
}

} // namespace

std::string xray_error_cause(const function_error& error) {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    std::string doc = xray_cause_document(cwd, error, error.message);
    if (doc.size() <= max_xray_error_cause_bytes) return doc;
    // Too big: keep the type and the longest prefix of the message that fits (escaping makes the
    // size per message byte vary, hence the search).
    std::string_view directory = cwd.size() > 1024 ? std::string_view() : std::string_view(cwd);
    std::size_t fits = 0;
    std::size_t too_long = error.message.size();
    while (too_long - fits > 1) {
        std::size_t mid = fits + (too_long - fits) / 2;
        if (xray_cause_document(directory, error, std::string_view(error.message).substr(0, mid)).size() <=
            max_xray_error_cause_bytes)
            fits = mid;
        else
            too_long = mid;
    }
    doc = xray_cause_document(directory, error, std::string_view(error.message).substr(0, fits));
    if (doc.size() > max_xray_error_cause_bytes) return {}; // even the type alone does not fit
    return doc;
}

function_error current_exception_error() {
    try {
        throw;
    } catch (const function_error& e) {
        return e;
    } catch (const std::exception& e) {
        return {demangled_name(typeid(e)), e.what()};
    } catch (...) {
        const std::type_info* type = abi::__cxa_current_exception_type();
        return {type ? demangled_name(*type) : std::string("Runtime.UnknownException"),
                "a non-standard exception escaped the handler"};
    }
}

} // namespace lambda::detail
