// A measurement, not a reader to use: how fast could a one-pass reader (glaze's design: no
// simdjson stage 1, each type's reader one inlined function) read the S3 event, with our checks
// kept? Written by hand as a generator could emit it, over a padded copy of the text: UTF-8 of
// non-ASCII string bytes, control characters, the number grammar, `null` read as the default, and
// values nobody takes walked and checked. Left out, because the data has none: \u escapes, numbers
// with fractions, error messages and paths. Before counting, it must read the value
// lambda::json::parse reads. bench/README.md ("What a one-pass reader would give") has the figures.
//
//   build/bench/s3_one_pass_probe bench/data/s3-put.json parse|parse_into COUNT
//
// Compare with `events_profile s3 parse_into|glaze-read_into COUNT` (callgrind or the clock).
#include <lambda/events/s3.h>
#include <lambda/json.h>

#include <immintrin.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace probe {

// The reader's position in the padded text: one pass, no structural index.

struct cursor {
  const char* p;
  int depth = 0;
  bool failed = false;
  std::string scratch;

  [[gnu::cold]] bool fail() {
    failed = true;
    return false;
  }
  void ws() {
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') ++p;
  }
  bool expect(char c) {
    ws();
    if (*p != c) return fail();
    ++p;
    return true;
  }
  [[gnu::noinline]] bool validate_utf8(const unsigned char* s, const unsigned char* e) {
    while (s < e) {
      unsigned c = *s;
      if (c < 0x80) {
        ++s;
        continue;
      }
      int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
      if (n < 0 || e - s <= n) return fail();
      for (int i = 1; i <= n; ++i)
        if ((s[i] & 0xC0) != 0x80) return fail();
      s += n + 1;
    }
    return true;
  }
  [[gnu::noinline]] bool escaped(const char* start, std::string_view& out) {
    scratch.clear();
    const char* q = start;
    for (;;) {
      char c = *q;
      if (c == '"') break;
      if (static_cast<unsigned char>(c) < 0x20) return fail();
      if (c == '\\') {
        ++q;
        switch (*q) {
          case '"':
            scratch += '"';
            break;
          case '\\':
            scratch += '\\';
            break;
          case '/':
            scratch += '/';
            break;
          case 'n':
            scratch += '\n';
            break;
          case 't':
            scratch += '\t';
            break;
          case 'r':
            scratch += '\r';
            break;
          case 'b':
            scratch += '\b';
            break;
          case 'f':
            scratch += '\f';
            break;
          default:
            return fail();  // \u omitted in the probe
        }
        ++q;
        continue;
      }
      scratch += c;
      ++q;
    }
    if (!validate_utf8(reinterpret_cast<const unsigned char*>(scratch.data()),
                       reinterpret_cast<const unsigned char*>(scratch.data() + scratch.size())))
      return false;
    p = q + 1;
    out = scratch;
    return true;
  }
  // p at the opening quote.
  [[gnu::always_inline]] bool string(std::string_view& out) {
    if (*p != '"') return fail();
    const char* s = p + 1;
    const __m256i quote = _mm256_set1_epi8('"'), bs = _mm256_set1_epi8('\\'), ctl = _mm256_set1_epi8(0x1F);
    for (std::size_t at = 0;; at += 32) {
      const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
      const auto stops = static_cast<std::uint32_t>(
          _mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(b, quote), _mm256_cmpeq_epi8(b, bs)),
                                               _mm256_cmpeq_epi8(_mm256_max_epu8(b, ctl), ctl))));
      const auto high = static_cast<std::uint32_t>(_mm256_movemask_epi8(b));
      if (stops == 0) {
        if (high && !validate_utf8(reinterpret_cast<const unsigned char*>(s + at),
                                   reinterpret_cast<const unsigned char*>(s + at + 32)))
          return false;
        continue;
      }
      const unsigned i = static_cast<unsigned>(std::countr_zero(stops));
      if (s[at + i] != '"') return escaped(s, out);
      if ((high & ((1u << i) - 1)) &&
          !validate_utf8(reinterpret_cast<const unsigned char*>(s), reinterpret_cast<const unsigned char*>(s + at + i)))
        return false;
      out = std::string_view(s, at + i);
      p = s + at + i + 1;
      return true;
    }
  }
  bool assign(std::string& out) {
    std::string_view v;
    if (!string(v)) return false;
    lambda::json::detail::assign(out, v);
    return true;
  }
  bool is_null() {  // value start
    if (*p != 'n') return false;
    return std::memcmp(p, "null", 4) == 0 ? (p += 4, true) : false;
  }
  bool integer(std::int64_t& out) {
    bool neg = *p == '-';
    if (neg) ++p;
    if (*p < '0' || *p > '9') return fail();
    if (*p == '0' && p[1] >= '0' && p[1] <= '9') return fail();
    std::uint64_t v = 0;
    int n = 0;
    while (*p >= '0' && *p <= '9') {
      v = v * 10 + static_cast<unsigned>(*p++ - '0');
      if (++n > 18) return fail();
    }
    if (*p == '.' || *p == 'e' || *p == 'E') return fail();
    out = neg ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    return true;
  }
  bool skip();
  // Calls member(key) with p at the value, for each member.
  template <class F>
  [[gnu::always_inline]] bool object(F&& member) {
    if (!expect('{')) return false;
    if (++depth > 1024) return fail();
    ws();
    if (*p == '}') {
      ++p;
      --depth;
      return true;
    }
    for (;;) {
      ws();
      std::string_view key;
      if (!string(key)) return false;
      if (!expect(':')) return false;
      ws();
      if (!member(key)) return false;
      ws();
      if (*p == ',') {
        ++p;
        continue;
      }
      if (*p == '}') {
        ++p;
        --depth;
        return true;
      }
      return fail();
    }
  }
};

bool cursor::skip() {
  ws();
  switch (*p) {
    case '{':
      return object([&](std::string_view) { return skip(); });
    case '[': {
      ++p;
      ws();
      if (*p == ']') return ++p, true;
      for (;;) {
        if (!skip()) return false;
        ws();
        if (*p == ',') {
          ++p;
          continue;
        }
        if (*p == ']') return ++p, true;
        return fail();
      }
    }
    case '"': {
      std::string_view s;
      return string(s);
    }
    case 't':
      return std::memcmp(p, "true", 4) == 0 ? (p += 4, true) : fail();
    case 'f':
      return std::memcmp(p, "false", 5) == 0 ? (p += 5, true) : fail();
    case 'n':
      return std::memcmp(p, "null", 4) == 0 ? (p += 4, true) : fail();
    default: {
      std::int64_t x;
      return integer(x);  // the probe's data has integers only
    }
  }
}

#define KEY(lit) (key.size() == sizeof(lit) - 1 && std::memcmp(key.data(), lit, sizeof(lit) - 1) == 0)

using namespace lambda::events;

bool read(cursor& c, S3UserIdentity& out) {
  bool seen = false;
  bool ok = c.object([&](std::string_view key) {
    if (KEY("principalId")) {
      if (c.is_null()) return true;
      seen = true;
      return c.assign(out.principalId);
    }
    return c.skip();
  });
  if (ok && !seen) out.principalId.clear();
  return ok;
}

bool read(cursor& c, S3RequestParameters& out) {
  return c.object([&](std::string_view key) {
    if (KEY("sourceIPAddress")) return c.is_null() || c.assign(out.sourceIPAddress);
    return c.skip();
  });
}

bool read(cursor& c, lambda::json::flat_map<std::string, std::string>& out) {
  std::size_t i = 0;
  bool ok = c.object([&](std::string_view key) {
    if (out.capacity() == 0) out.reserve(4);
    auto& e = i < out.size()
                  ? out.begin()[static_cast<long>(i)]
                  : out.emplace_back(std::piecewise_construct, std::forward_as_tuple(), std::forward_as_tuple());
    lambda::json::detail::assign(e.first, key);
    ++i;
    return c.assign(e.second);
  });
  out.erase(out.begin() + static_cast<long>(i), out.end());
  return ok;
}

bool read(cursor& c, S3Bucket& out) {
  return c.object([&](std::string_view key) {
    switch (key.size()) {
      case 3:
        if (KEY("arn")) return c.is_null() || c.assign(out.arn);
        break;
      case 4:
        if (KEY("name")) return c.is_null() || c.assign(out.name);
        break;
      case 13:
        if (KEY("ownerIdentity")) return c.is_null() || read(c, out.ownerIdentity);
        break;
    }
    return c.skip();
  });
}

bool read_opt(cursor& c, std::optional<std::string>& out) {
  if (c.is_null()) return out.reset(), true;
  if (!out) out.emplace();
  return c.assign(*out);
}

bool read(cursor& c, S3Object& out) {
  return c.object([&](std::string_view key) {
    switch (key.size()) {
      case 3:
        if (KEY("key")) return c.is_null() || c.assign(out.key);
        break;
      case 4:
        if (KEY("size")) {
          if (c.is_null()) return out.size.reset(), true;
          std::int64_t v;
          if (!c.integer(v)) return false;
          out.size = v;
          return true;
        }
        if (KEY("eTag")) return read_opt(c, out.eTag);
        break;
      case 9:
        if (KEY("versionId")) return read_opt(c, out.versionId);
        if (KEY("sequencer")) return read_opt(c, out.sequencer);
        break;
    }
    return c.skip();
  });
}

bool read(cursor& c, S3Entity& out) {
  return c.object([&](std::string_view key) {
    switch (key.size()) {
      case 6:
        if (KEY("bucket")) return c.is_null() || read(c, out.bucket);
        if (KEY("object")) return c.is_null() || read(c, out.object);
        break;
      case 15:
        if (KEY("s3SchemaVersion")) return c.is_null() || c.assign(out.s3SchemaVersion);
        if (KEY("configurationId")) return c.is_null() || c.assign(out.configurationId);
        break;
    }
    return c.skip();
  });
}

bool read(cursor& c, S3EventRecord& out) {
  return c.object([&](std::string_view key) {
    switch (key.size()) {
      case 2:
        if (KEY("s3")) return read(c, out.s3);
        break;
      case 9:
        if (KEY("awsRegion")) return c.is_null() || c.assign(out.awsRegion);
        if (KEY("eventTime")) {
          if (c.is_null()) return true;
          std::string_view text;
          if (!c.string(text)) return false;
          auto t = lambda::json::parse_iso8601(text);
          if (!t) return c.fail();
          out.eventTime = std::chrono::time_point_cast<std::chrono::milliseconds>(*t);
          return true;
        }
        if (KEY("eventName")) return c.assign(out.eventName);
        break;
      case 11:
        if (KEY("eventSource")) return c.is_null() || c.assign(out.eventSource);
        break;
      case 12:
        if (KEY("eventVersion")) return c.is_null() || c.assign(out.eventVersion);
        if (KEY("userIdentity")) return c.is_null() || read(c, out.userIdentity);
        break;
      case 16:
        if (KEY("responseElements")) return c.is_null() || read(c, out.responseElements);
        break;
      case 17:
        if (KEY("requestParameters")) return c.is_null() || read(c, out.requestParameters);
        break;
    }
    return c.skip();
  });
}

bool read(cursor& c, S3Event& out) {
  return c.object([&](std::string_view key) {
    if (KEY("Records")) {
      if (!c.expect('[')) return false;
      std::size_t i = 0;
      c.ws();
      if (*c.p == ']') {
        ++c.p;
      } else {
        for (;;) {
          if (i == out.Records.size()) out.Records.emplace_back();
          if (!read(c, out.Records[i])) return false;
          ++i;
          c.ws();
          if (*c.p == ',') {
            ++c.p;
            continue;
          }
          if (*c.p == ']') {
            ++c.p;
            break;
          }
          return c.fail();
        }
      }
      out.Records.resize(i);
      return true;
    }
    return c.skip();
  });
}

// parse_into over a padded copy of the text (as ours copies into its padded buffer).
bool parse_into(std::string_view text, S3Event& out, std::string& buffer) {
  buffer.assign(text);
  buffer.append(64, '\0');
  cursor c{buffer.data()};
  if (!read(c, out)) return false;
  c.ws();
  return c.p == buffer.data() + text.size();
}

}  // namespace probe

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: s3_one_pass_probe S3_EVENT.json parse|parse_into COUNT\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string json = ss.str();
  const std::string_view op = argv[2];
  const long n = std::atol(argv[3]);
  std::string buffer;
  lambda::events::S3Event v{};
  auto ours = lambda::json::parse<lambda::events::S3Event>(json);
  if (!ours || !probe::parse_into(json, v, buffer) || lambda::json::to_string(v) != lambda::json::to_string(*ours)) {
    std::cerr << argv[1] << ": the probe does not read what lambda::json::parse reads\n";
    return 1;
  }
  long sink = 0;
  if (op == "parse_into") {
    for (long i = 0; i < n; ++i) sink += probe::parse_into(json, v, buffer);
  } else if (op == "parse") {
    for (long i = 0; i < n; ++i) {
      lambda::events::S3Event fresh{};
      sink += probe::parse_into(json, fresh, buffer);
      asm volatile("" : : "r"(&fresh) : "memory");  // the value is made and freed, not optimised out
    }
  } else {
    std::cerr << "usage: s3_one_pass_probe S3_EVENT.json parse|parse_into COUNT\n";
    return 2;
  }
  std::cout << op << " x" << n << ": " << sink << "\n";
}
