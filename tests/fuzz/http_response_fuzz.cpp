// The protocol component's response reader on arbitrary bytes from a server: responses
// (interim, pipelined, Content-Length, chunked with trailers, ending with the connection) are read
// or rejected with a reason, never a crash, a hang or a body over its limit. The first byte picks
// how many bytes each receive hands over, so that every split of a line or chunk is reached.
#include <lambda/protocol/message_reader.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace {

class fuzz_source : public lambda::protocol::byte_source {
 public:
  fuzz_source(const std::uint8_t* data, std::size_t size, std::size_t slice)
      : data_(data), size_(size), slice_(slice) {}
  std::ptrdiff_t receive(char* out, std::size_t capacity) override {
    std::size_t n = std::min({capacity, slice_, size_ - at_});
    std::memcpy(out, data_ + at_, n);
    at_ += n;
    return static_cast<std::ptrdiff_t>(n);
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t slice_;
  std::size_t at_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using lambda::protocol::read_status;
  if (size == 0) return 0;
  fuzz_source source(data + 1, size - 1, data[0] % 16 + 1);
  constexpr std::size_t max_body = 1024;
  lambda::protocol::message_reader reader(source, 512);
  lambda::protocol::response_head head;
  lambda::protocol::http_fields trailers;
  std::string body;
  for (int i = 0; i < 64; ++i) {
    read_status status = reader.read_response_head(head, i % 2 ? "HEAD" : "GET");
    if (status.ok()) {
      if (head.status < 200 || head.status > 999) __builtin_trap();
      status = reader.read_body(body, max_body, trailers);
      if (status.ok() && (body.size() > max_body || !reader.body_done())) __builtin_trap();
    }
    if ((status.what == read_status::code::malformed || status.what == read_status::code::too_large) &&
        status.detail.empty())
      __builtin_trap();
    if (!status.ok()) break;
  }
  return 0;
}
