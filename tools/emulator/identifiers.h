#pragma once
// The random identifiers Lambda hands out: request ids, invocation ids, X-Ray trace headers.

#include <cstddef>
#include <string>

namespace lambda::emulator {

/// `digits` random lower-case hex digits.
std::string random_hex(std::size_t digits);
/// A random (version 4) UUID, as Lambda's request ids are.
std::string uuid_v4();
/// An X-Ray trace header for a fresh, unsampled trace: `Root=1-…;Parent=…;Sampled=0`.
std::string xray_trace_id();

}  // namespace lambda::emulator
