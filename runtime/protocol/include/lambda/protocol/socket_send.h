#pragma once
// Writing a message's pieces to a socket: the one I/O helper the protocol's users share (the
// runtime's client, the emulator's server), so that a head and its body, or a chunk's size line,
// data and CRLF, leave in one write instead of one segment each.

#include <initializer_list>
#include <string_view>

namespace lambda::protocol {

/// Writes all of `parts` (at most 8; empty ones are skipped) to the stream socket `fd`, retrying
/// after short writes and EINTR. 0 when all went out, else the errno of the failure; a peer that
/// has gone is an error (EPIPE), never SIGPIPE.
int send_all(int fd, std::initializer_list<std::string_view> parts);

}  // namespace lambda::protocol
