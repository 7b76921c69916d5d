#include "error_report.h"

#include <lambda/json/writer.h>
#include <lambda/protocol/runtime_api.h>

#include <cxxabi.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string_view>
#include <system_error>
#include <typeinfo>
#include <utility>

namespace lambda::detail {

using protocol::max_xray_error_cause_bytes;

// The demangled name, with the standard strings spelled as users write them: an event type is a
// class template over its string type (`basic_SQSEvent<std::string>`), and its full spelling,
// allocator and all, would fill an error message.
std::string demangled_name(const std::type_info& type) {
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), std::free);
  std::string text = status == 0 && name ? std::string(name.get()) : std::string(type.name());
  constexpr std::pair<std::string_view, std::string_view> short_names[] = {
      {"std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string"},
      {"std::basic_string_view<char, std::char_traits<char> >", "std::string_view"},
      // The space the demangler puts between the long names' '>' and the next.
      {"std::string >", "std::string>"},
      {"std::string_view >", "std::string_view>"},
  };
  for (const auto& [long_name, short_name] : short_names) {
    for (auto at = text.find(long_name); at != std::string::npos; at = text.find(long_name, at + short_name.size()))
      text.replace(at, long_name.size(), short_name);
  }
  return text;
}

namespace {

// The writer escapes control characters and turns invalid UTF-8 into U+FFFD, so these documents
// are valid JSON whatever bytes an exception's message holds.
std::string body_document(std::string_view type, std::string_view message) {
  json::writer out;
  out.raw("{\"errorMessage\":");
  out.string(message);
  out.raw(",\"errorType\":");
  out.string(type);
  out.raw(",\"stackTrace\":[]}");
  return out.release();
}

std::string xray_cause_document(std::string_view working_directory, std::string_view type, std::string_view message) {
  json::writer out;
  out.raw("{\"working_directory\":");
  out.string(working_directory);
  out.raw(",\"exceptions\":[{\"message\":");
  out.string(message);
  out.raw(",\"type\":");
  out.string(type);
  out.raw(",\"stack\":[]}],\"paths\":[]}");
  return out.release();
}

constexpr std::string_view cut_marker = " [truncated]";

// `text` without its last bytes if they are the start of a UTF-8 character cut in two, so that a
// shortened message does not end in a U+FFFD the writer would put there.
std::string_view whole_characters(std::string_view text) {
  std::size_t end = text.size();
  std::size_t back = 0;
  while (back < 4 && back < end && (static_cast<unsigned char>(text[end - 1 - back]) & 0xC0) == 0x80) ++back;
  if (back < end) {
    auto lead = static_cast<unsigned char>(text[end - 1 - back]);
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length > back + 1) return text.substr(0, end - 1 - back);  // the last character is incomplete
  }
  return text;
}

// document(type, message) when it fits in `limit`; otherwise with the longest prefix of the
// message that fits, marked as cut. The JSON stays whole: it is the message that gets shorter.
// Empty when not even an empty message fits.
template <class Document>
std::string fit(std::string_view type, std::string_view message, std::size_t limit, const Document& document) {
  std::string doc = document(type, message);
  if (doc.size() <= limit) return doc;
  auto with_prefix = [&](std::size_t length) {
    return document(type, std::string(whole_characters(message.substr(0, length))) + std::string(cut_marker));
  };
  // Escaping never makes text shorter, so a prefix longer than the limit cannot fit; between
  // that and nothing, search (escapes make the size per message byte vary).
  std::size_t fits = 0;
  std::size_t too_long = std::min(message.size(), limit + 1);
  if (with_prefix(0).size() > limit) return {};
  while (too_long - fits > 1) {
    std::size_t mid = fits + (too_long - fits) / 2;
    if (with_prefix(mid).size() <= limit)
      fits = mid;
    else
      too_long = mid;
  }
  return with_prefix(fits);
}

}  // namespace

std::string_view bounded_type(std::string_view type) {
  return type.size() <= max_error_type_bytes ? type : whole_characters(type.substr(0, max_error_type_bytes));
}

std::string error_body(const function_error& error, std::size_t limit) {
  std::string doc = fit(error.type, error.message, limit, body_document);
  return doc.empty() ? fit(bounded_type(error.type), error.message, limit, body_document) : doc;
}

std::string xray_error_cause(const function_error& error) {
  std::error_code ec;
  std::string cwd = std::filesystem::current_path(ec).string();
  // A directory that long would leave no room for the message: it is left out instead.
  std::string_view directory = cwd.size() > 1024 ? std::string_view() : std::string_view(cwd);
  auto document = [&](std::string_view type, std::string_view message) {
    return xray_cause_document(directory, type, message);
  };
  return fit(bounded_type(error.type), error.message, max_xray_error_cause_bytes, document);
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

}  // namespace lambda::detail
