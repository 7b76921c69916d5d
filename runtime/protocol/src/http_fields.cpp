#include <lambda/protocol/http_fields.h>

#include <algorithm>
#include <utility>

namespace lambda::protocol {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  // Field names are looked up several times per message: equal bytes are the common case, and
  // bytes that differ only by 0x20 are equal exactly when both are letters.
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto x = static_cast<unsigned char>(a[i]);
    auto y = static_cast<unsigned char>(b[i]);
    if (x == y) continue;
    if ((x | 0x20) != (y | 0x20) || static_cast<unsigned char>((x | 0x20) - 'a') > 'z' - 'a') return false;
  }
  return true;
}

bool has_token(std::string_view list, std::string_view token) {
  while (true) {
    std::size_t comma = list.find(',');
    if (iequals(trim(list.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) return false;
    list.remove_prefix(comma + 1);
  }
}

http_fields::http_fields(const http_fields& other) : fields_(other.begin(), other.end()), size_(other.size_) {}

http_fields::http_fields(http_fields&& other) noexcept
    : fields_(std::move(other.fields_)), size_(std::exchange(other.size_, 0)) {
  other.fields_.clear();
}

http_fields& http_fields::operator=(const http_fields& other) {
  if (this != &other) {
    clear();
    for (const auto& f : other) add(f.name, f.value);
  }
  return *this;
}

http_fields& http_fields::operator=(http_fields&& other) noexcept {
  if (this != &other) {
    fields_ = std::move(other.fields_);
    size_ = std::exchange(other.size_, 0);
    other.fields_.clear();
  }
  return *this;
}

std::optional<std::string_view> http_fields::find(std::string_view name) const {
  for (const auto& f : *this)
    if (iequals(f.name, name)) return std::string_view(f.value);
  return std::nullopt;
}

std::size_t http_fields::count(std::string_view name) const {
  return static_cast<std::size_t>(
      std::count_if(begin(), end(), [&](const http_field& f) { return iequals(f.name, name); }));
}

void http_fields::add(std::string_view name, std::string_view value) {
  if (size_ == fields_.size()) fields_.emplace_back();
  http_field& f = fields_[size_++];
  f.name.assign(name);
  f.value.assign(value);
}

void http_fields::set(std::string_view name, std::string_view value) {
  for (std::size_t i = 0; i < size_; ++i) {
    if (iequals(fields_[i].name, name)) {
      fields_[i].value.assign(value);
      return;
    }
  }
  add(name, value);
}

void http_fields::erase(std::string_view name) {
  auto kept = std::stable_partition(fields_.begin(), fields_.begin() + static_cast<std::ptrdiff_t>(size_),
                                    [&](const http_field& f) { return !iequals(f.name, name); });
  size_ = static_cast<std::size_t>(kept - fields_.begin());
}

}  // namespace lambda::protocol
