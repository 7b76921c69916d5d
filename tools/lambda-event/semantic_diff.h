#pragma once
/// \file
/// Compares two JSON texts by meaning, for round-trip checks of event types: what an event type
/// lost or changed when it read a sample and wrote it back.
///
/// The differences a round trip may make without losing anything are named by `allowance`;
/// events/README.md explains each. Everything else is a loss.

#include <string>
#include <string_view>
#include <vector>

namespace lambda::events::tools {

/// Why a difference loses nothing, or `none` when it does.
enum class allowance {
  none,             ///< a real loss or change
  null_omitted,     ///< `"k": null` in the original, `k` absent from the output
  default_written,  ///< `k` absent from the original, written with its type's default (false, 0, "", [], {}, null)
  time_spelling,    ///< two spellings of the same instant ("…00Z" and "…00.000Z", or "+02:00" and "Z"):
                    ///< the instant is kept, but the conformance test counts it as a failure
  null_as_default,  ///< `"k": null` in the original, written with its type's default ("", {}, [], 0, false):
                    ///< the member reads null as its default (LAMBDA_JSON_NULL_AS_DEFAULT)
  key_spelling,     ///< the value of `k` written, unchanged, under a key that differs only in letter case
                    ///< (`SigningCertURL` → `SigningCertUrl`): the member reads both (LAMBDA_JSON_ALIAS)
};

/// One place where the output differs from the original.
struct difference {
  std::string path;      ///< JSONPath of the value, e.g. `$.Records[0].body`
  std::string original;  ///< the original value as JSON, or empty when absent
  std::string written;   ///< the written value as JSON, or empty when absent
  allowance allowed = allowance::none;
};

/// The outcome of a comparison: the differences, or why a text could not be read.
struct comparison {
  std::vector<difference> differences;
  std::string error;  ///< non-empty when either text is not valid JSON

  /// True when every difference is allowed.
  bool lossless() const noexcept;
};

/// Compares `original` with `written` value by value. Numbers compare by value (`60` equals
/// `60.0`), object keys in any order; a leading UTF-8 BOM on either text is ignored.
comparison compare_json(std::string_view original, std::string_view written);

/// The policy's short name: "null omitted", "default written", "time spelling", "null as default",
/// "key spelling", or "LOST".
std::string_view describe(allowance a);

/// One line for a difference: `$.a.b: original 1, written 2 [LOST]`.
std::string describe(const difference& d);

}  // namespace lambda::events::tools
