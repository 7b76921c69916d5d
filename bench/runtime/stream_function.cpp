// The function the streaming benchmark drives: streams BENCH_STREAM_BYTES (default 50 MiB) in
// 64 KiB writes of a prepared buffer, so what is measured is the stream (buffer, chunked POST,
// emulator, invoker) and not the making of the bytes.
#include <lambda/runtime.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

int main() {
  const char* size_env = std::getenv("BENCH_STREAM_BYTES");
  const std::size_t total = size_env ? std::strtoull(size_env, nullptr, 10) : std::size_t{50} << 20;
  const std::string piece(64 * 1024, 's');
  return lambda::run([&](std::string_view, lambda::response_stream& out) {
    for (std::size_t sent = 0; sent < total;) {
      const std::size_t n = std::min(piece.size(), total - sent);
      if (!out.write(std::string_view(piece).substr(0, n))) return;
      sent += n;
    }
  });
}
