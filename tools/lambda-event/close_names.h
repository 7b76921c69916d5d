#pragma once
/// \file
/// Suggestions for a mistyped type name: `lambda-event check SQSEvnt` answers with `SQSEvent`.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events::tools {

/// The names in `names` closest to `wanted`, best first: those containing it (ignoring case), then
/// those within a small edit distance. At most `limit` of them.
std::vector<std::string> close_names(std::string_view wanted, std::span<const std::string_view> names,
                                     std::size_t limit = 5);

}  // namespace lambda::events::tools
