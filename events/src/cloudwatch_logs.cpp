// CloudWatch Logs payloads: base64 (our codec), gzip (zlib), JSON (the generated codec).
#include <lambda/events/cloudwatch_logs.h>

#include <lambda/json/base64.h>

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

namespace lambda::events {
namespace {

constexpr const char* data_path = "$.awslogs.data";

json::error gzip_error(std::string found) {
  return json::error(json::errc::invalid_value, data_path, "gzip data", std::move(found));
}

// Inflates one gzip member that must span all of `in`; the error text says why not.
json::result<std::string> gunzip(std::string_view in, std::size_t max_size) {
  z_stream s{};
  if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) return gzip_error("zlib could not start");
  struct closer {
    z_stream* s;
    ~closer() { inflateEnd(s); }
  } close{&s};

  if (in.size() > UINT_MAX) return gzip_error("more than 4 GiB of input");
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(in.size());

  std::string out;
  out.resize(std::min(in.size() < 1024 ? std::size_t{4096} : in.size() * 4, max_size));
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) {
      if (out.size() >= max_size) return gzip_error("more than " + std::to_string(max_size) + " bytes once inflated");
      out.resize(std::min(out.size() * 2, max_size));
    }
    const std::size_t room = std::min<std::size_t>(out.size() - used, UINT_MAX);
    s.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    s.avail_out = static_cast<uInt>(room);
    const int rc = inflate(&s, Z_NO_FLUSH);
    used += room - s.avail_out;
    if (rc == Z_STREAM_END) break;
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR) {
      if (s.avail_out == 0) continue;  // the output was full: grow it
      return gzip_error("truncated gzip stream");
    }
    if (rc == Z_DATA_ERROR)
      return gzip_error(s.msg ? std::string("corrupt gzip stream: ") + s.msg : "corrupt gzip stream");
    if (rc == Z_MEM_ERROR) return gzip_error("out of memory");
    return gzip_error("zlib error " + std::to_string(rc));
  }
  if (s.avail_in != 0) return gzip_error(std::to_string(s.avail_in) + " bytes after the end of the gzip stream");
  out.resize(used);
  return out;
}

}  // namespace

json::result<CloudwatchLogsData> decode_logs_data(const CloudwatchLogsRawData& raw, std::size_t max_size) {
  json::bytes compressed;
  if (auto bad = json::base64_decode(raw.data, compressed)) {
    return json::error(json::errc::invalid_value, data_path, "base64",
                       "invalid base64 at offset " + std::to_string(*bad));
  }
  const std::string_view gz(reinterpret_cast<const char*>(compressed.data()), compressed.size());
  auto text = gunzip(gz, max_size);
  if (!text) return text.error();
  // Parse into a value we own outright: CloudwatchLogsData has no string_view members, so nothing
  // points into the parser's buffers.
  return json::parse<CloudwatchLogsData>(*text);
}

CloudwatchLogsEvent encode_logs_data(const CloudwatchLogsData& data) {
  const std::string text = json::to_string(data);
  z_stream s{};
  // Level 6 and a gzip header (windowBits 16 + 15), as CloudWatch Logs sends.
  deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out;
  out.resize(deflateBound(&s, static_cast<uLong>(text.size())) + 32);
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  s.avail_in = static_cast<uInt>(text.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  deflate(&s, Z_FINISH);  // the buffer is deflateBound's size: one call finishes
  out.resize(s.total_out);
  deflateEnd(&s);
  CloudwatchLogsEvent event;
  event.awslogs.data = json::base64_encode(std::string_view(out));
  return event;
}

}  // namespace lambda::events
