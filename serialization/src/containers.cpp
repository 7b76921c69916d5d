#include <lambda/json/codecs/containers.h>

#include <string>

namespace lambda::json::detail {

bool wrong_length(reader& r, std::size_t expected, std::size_t found, bool more) {
  return r.fail(
      errc::invalid_value, "an array of " + std::to_string(expected) + " elements",
      more ? "more than " + std::to_string(expected) : std::to_string(found) + (found == 1 ? " element" : " elements"));
}

bool repeated_element(reader& r) {
  return r.fail(errc::invalid_value, "an element the set does not hold yet", "a repeat of an earlier element");
}

}  // namespace lambda::json::detail
