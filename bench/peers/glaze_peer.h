#pragma once
// The glaze peer as plain functions, so the C++20 benchmarks can call it: glaze 5.7.2 needs C++23,
// so its code lives in translation units of its own (glaze_events.cpp, glaze_rest_request.cpp),
// which instantiate these templates for the types the benchmarks measure.
//
// Options: glaze's defaults (glz::opts{}): unknown keys are an error, null members are not written.
// glaze reads from a mutable std::string, which it pads in place for its fastest path and restores.

#include <string>

namespace bench::glaze_peer {

/// Reads `json` into `out` (its current content is reused, as glaze does); false on any error.
template <class T>
bool read(std::string& json, T& out);

/// As read, but returns glaze's error message (empty on success), for the agreement checks.
template <class T>
std::string read_error(std::string& json, T& out);

/// Writes `value` over `out`, keeping its capacity.
template <class T>
void write(const T& value, std::string& out);

/// Writes `value` into a fresh string.
template <class T>
std::string write(const T& value);

}  // namespace bench::glaze_peer
