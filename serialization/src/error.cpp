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
  if (position_) {
    text += " at byte ";
    text += std::to_string(position_->offset);
    if (position_->line > 1) {
      text += " (line ";
      text += std::to_string(position_->line);
      text += ", column ";
      text += std::to_string(position_->column);
      text += ')';
    }
  }
  return text;
}

}  // namespace lambda::json
