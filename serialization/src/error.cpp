#include <lambda/json/error.h>

namespace lambda::json {

std::string error::message() const {
  std::string text = path_.empty() ? std::string("$") : path_;
  text += ": expected ";
  text += expected_;
  if (!found_.empty()) {
    text += ", got ";
    text += found_;
  }
  return text;
}

}  // namespace lambda::json
