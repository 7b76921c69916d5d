#pragma once
/// \file
/// `lambda::json::testing::source`: the randomness behind arbitrary values. It draws either from
/// a seeded PRNG (property tests: the seed reproduces the run) or from a byte string (fuzzing:
/// libFuzzer's mutations steer the values; once the bytes run out every draw is zero, which
/// yields the smallest value).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>

namespace lambda::json::testing {

class source {
 public:
  /// Draws from a PRNG (SplitMix64) started at `seed`.
  explicit source(std::uint64_t seed) noexcept : state_(seed), from_bytes_(false) {}
  /// Draws from `bytes`, which must outlive the source; zeros once they are used up.
  explicit source(std::span<const std::uint8_t> bytes) noexcept : bytes_(bytes), from_bytes_(true) {}

  source(const source&) = delete;
  source& operator=(const source&) = delete;

  /// 64 arbitrary bits.
  std::uint64_t bits() noexcept {
    if (!from_bytes_) return next_prng();
    std::uint64_t v = 0;
    for (int i = 0; i < 8 && !bytes_.empty(); ++i) {
      v |= std::uint64_t{bytes_.front()} << (8 * i);
      bytes_ = bytes_.subspan(1);
    }
    return v;
  }
  /// One byte's worth of choice; cheaper on fuzz input than bits().
  std::uint8_t byte() noexcept {
    if (!from_bytes_) return static_cast<std::uint8_t>(next_prng());
    if (bytes_.empty()) return 0;
    std::uint8_t b = bytes_.front();
    bytes_ = bytes_.subspan(1);
    return b;
  }
  /// A number in [0, n); 0 when n is 0.
  std::uint64_t below(std::uint64_t n) noexcept {
    if (n <= 1) return 0;
    return (n <= 256 ? byte() : bits()) % n;
  }
  /// True with probability about num/den.
  bool chance(unsigned num, unsigned den) noexcept { return below(den) < num; }

  /// A container or string length, small most of the time, up to `max`; 0 when nested too deep.
  std::size_t length(std::size_t max = 8) noexcept {
    if (depth_ >= max_depth) return 0;
    std::uint8_t b = byte();
    if (b < 200) return b % (max < 4 ? max + 1 : 5);
    return below(max + 1);
  }

  /// How deeply values are nested right now; containers and optionals stop growing past max_depth,
  /// so recursive types (a tree of std::vector<Node>) stay finite.
  int depth() const noexcept { return depth_; }
  static constexpr int max_depth = 4;

  /// Marks one level of nesting for its lifetime.
  class nested {
   public:
    explicit nested(source& s) noexcept : s_(s) { ++s_.depth_; }
    ~nested() { --s_.depth_; }
    nested(const nested&) = delete;
    nested& operator=(const nested&) = delete;

   private:
    source& s_;
  };

  /// Keeps `text` alive as long as the source, for std::string_view members.
  std::string_view keep(std::string text) { return kept_.emplace_back(std::move(text)); }

 private:
  std::uint64_t next_prng() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  std::uint64_t state_ = 0;
  std::span<const std::uint8_t> bytes_;
  bool from_bytes_;
  int depth_ = 0;
  std::deque<std::string> kept_;
};

}  // namespace lambda::json::testing
