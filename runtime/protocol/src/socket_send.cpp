#include <lambda/protocol/socket_send.h>

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>
#include <cstddef>

namespace lambda::protocol {

int send_all(int fd, std::initializer_list<std::string_view> parts) {
  iovec iov[8];
  std::size_t count = 0;
  for (auto p : parts)
    if (!p.empty() && count < 8) iov[count++] = {const_cast<char*>(p.data()), p.size()};
  std::size_t first = 0;
  while (first < count) {
    msghdr message{};
    message.msg_iov = iov + first;
    message.msg_iovlen = count - first;
    ssize_t n = ::sendmsg(fd, &message, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    auto sent = static_cast<std::size_t>(n);
    while (first < count && sent >= iov[first].iov_len) sent -= iov[first++].iov_len;
    if (first < count) {
      iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + sent;
      iov[first].iov_len -= sent;
    }
  }
  return 0;
}

}  // namespace lambda::protocol
