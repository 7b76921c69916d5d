#include <lambda/protocol/http_fields.h>

#include <algorithm>

namespace lambda::protocol {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

} // namespace

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool has_token(std::string_view list, std::string_view token) {
    while (true) {
        std::size_t comma = list.find(',');
        if (iequals(trim(list.substr(0, comma)), token)) return true;
        if (comma == std::string_view::npos) return false;
        list.remove_prefix(comma + 1);
    }
}

std::optional<std::string_view> http_fields::find(std::string_view name) const {
    for (const auto& f : *this)
        if (iequals(f.name, name)) return std::string_view(f.value);
    return std::nullopt;
}

std::size_t http_fields::count(std::string_view name) const {
    return static_cast<std::size_t>(std::count_if(begin(), end(), [&](const http_field& f) { return iequals(f.name, name); }));
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

} // namespace lambda::protocol
