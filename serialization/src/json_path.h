#pragma once
// JSONPath segments as error messages spell them: `.key` when the key is a plain name, `["a b"]`
// otherwise, `[3]` for array elements. Shared by the reader and the fault scanner.

#include <cstddef>
#include <string>
#include <string_view>

namespace lambda::json::detail {

void append_key(std::string& path, std::string_view key);
void append_index(std::string& path, std::size_t index);

}  // namespace lambda::json::detail
