// The emulator's HTTP/1.1 request reader on arbitrary bytes from a client: requests (pipelined,
// chunked, with Expect: 100-continue) are read or rejected as bad requests, never a crash or a
// hang. The bytes arrive through a socket pair, as from a real connection.
#include "http_message.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) return 0;
  // Inputs are capped (-max_len) below the socket buffer, so one send never blocks.
  std::size_t sent = 0;
  while (sent < size) {
    ssize_t n = ::send(fds[1], data + sent, size - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  ::shutdown(fds[1], SHUT_WR);
  lambda::emulator::http_request_reader reader(fds[0]);
  for (int i = 0; i < 64; ++i) {
    lambda::emulator::http_request request;
    std::string error;
    auto status = reader.read(request, error);
    if (status == lambda::emulator::read_status::bad_request && error.empty()) __builtin_trap();
    if (status != lambda::emulator::read_status::ok) break;
  }
  ::close(fds[0]);
  ::close(fds[1]);
  return 0;
}
