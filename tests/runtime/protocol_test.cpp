// The protocol component: HTTP/1.1 heads, framing and chunked bodies, read from memory in slices
// as small as one byte, and what the writers put on the wire.

#include <lambda/protocol/chunked.h>
#include <lambda/protocol/http_framing.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/message_reader.h>
#include <lambda/protocol/runtime_api.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace {

using namespace lambda::protocol;
using code = read_status::code;

// Hands out `data` at most `slice` bytes per receive, then the end of the stream.
class memory_source : public byte_source {
 public:
  explicit memory_source(std::string data, std::size_t slice = 1 << 20) : data_(std::move(data)), slice_(slice) {}
  std::ptrdiff_t receive(char* out, std::size_t capacity) override {
    std::size_t n = std::min({capacity, slice_, data_.size() - at_});
    std::memcpy(out, data_.data() + at_, n);
    at_ += n;
    return static_cast<std::ptrdiff_t>(n);
  }

 private:
  std::string data_;
  std::size_t slice_;
  std::size_t at_ = 0;
};

struct read_response {
  read_status status;
  response_head head;
  std::string body;
  http_fields trailers;
};

read_response read_one(message_reader& reader, std::size_t max_body = 1 << 20, std::string_view method = "GET") {
  read_response r;
  r.status = reader.read_response_head(r.head, method);
  if (r.status.ok()) r.status = reader.read_body(r.body, max_body, r.trailers);
  return r;
}

read_response read_one(std::string wire, std::size_t slice = 1 << 20, std::size_t max_body = 1 << 20) {
  memory_source source(std::move(wire), slice);
  message_reader reader(source);
  return read_one(reader, max_body);
}

const std::string next_reply =
    "HTTP/1.1 200 OK\r\n"
    "Lambda-Runtime-Aws-Request-Id: req-1\r\n"
    "lambda-runtime-trace-id:Root=1-5bef4de7;Sampled=1  \r\n"
    "Content-Length: 11\r\n"
    "\r\n"
    "{\"a\":\"bc\"}\n";

TEST(Protocol, ResponseWithContentLengthReadInEverySliceSize) {
  for (std::size_t slice : {1u, 2u, 3u, 7u, 64u, 4096u}) {
    auto r = read_one(next_reply, slice);
    ASSERT_TRUE(r.status.ok()) << slice << ": " << r.status.describe();
    EXPECT_EQ(r.head.status, 200);
    EXPECT_EQ(r.head.reason, "OK");
    EXPECT_EQ(r.head.fields.find("LAMBDA-RUNTIME-AWS-REQUEST-ID").value_or("?"), "req-1");
    EXPECT_EQ(r.head.fields.find("Lambda-Runtime-Trace-Id").value_or("?"), "Root=1-5bef4de7;Sampled=1");
    EXPECT_EQ(r.body, "{\"a\":\"bc\"}\n");
  }
}

TEST(Protocol, ChunkedResponseWithTrailersReadByteByByte) {
  std::string wire =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nLambda-Runtime-Aws-Request-Id: c\r\n\r\n"
      "4\r\n{\"a\"\r\n"
      "3;ext=\"x\"\r\n:12\r\n"
      "01\r\n}\r\n"
      "0\r\nX-Checksum: abc\r\nX-Other:  two words \r\n\r\n";
  for (std::size_t slice : {1u, 5u, 1024u}) {
    auto r = read_one(wire, slice);
    ASSERT_TRUE(r.status.ok()) << r.status.describe();
    EXPECT_EQ(r.body, "{\"a\":12}");
    EXPECT_EQ(r.trailers.find("x-checksum").value_or("?"), "abc");
    EXPECT_EQ(r.trailers.find("x-other").value_or("?"), "two words");
  }
}

TEST(Protocol, InterimResponsesAreSkippedAndPipelinedOnesKept) {
  memory_source source(
      "HTTP/1.1 100 Continue\r\n\r\n"
      "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok"
      "HTTP/1.1 204 No Content\r\n\r\n"
      "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx",
      3);
  message_reader reader(source);
  auto first = read_one(reader);
  ASSERT_TRUE(first.status.ok()) << first.status.describe();
  EXPECT_EQ(first.head.status, 202);
  EXPECT_EQ(first.body, "ok");
  auto second = read_one(reader);
  ASSERT_TRUE(second.status.ok());
  EXPECT_EQ(second.head.status, 204);
  EXPECT_EQ(second.body, "");
  auto third = read_one(reader);
  ASSERT_TRUE(third.status.ok());
  EXPECT_EQ(third.body, "x");
  EXPECT_EQ(read_one(reader).status.what, code::closed);
}

TEST(Protocol, ABodyEndingWithTheConnectionIsReadToTheEnd) {
  auto r = read_one("HTTP/1.1 200 OK\r\n\r\nuntil the end", 4);
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.body, "until the end");
}

TEST(Protocol, CutShortIsTruncatedNeverAShorterMessage) {
  EXPECT_EQ(read_one("").status.what, code::closed);
  for (std::string cut :
       {"H", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabc",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n"}) {
    auto r = read_one(cut, 2);
    EXPECT_EQ(r.status.what, code::truncated) << cut << " -> " << r.status.describe();
  }
}

TEST(Protocol, AHeadThatNeverEndsIsTooLargeNotAnEmptyMessage) {
  std::string endless = "HTTP/1.1 200 OK\r\n";
  while (endless.size() < 300000) endless += "X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n";
  memory_source source(endless, 4096);
  message_reader reader(source, 64 * 1024);
  response_head head;
  auto status = reader.read_response_head(head, "GET");
  EXPECT_EQ(status.what, code::too_large) << status.describe();
  EXPECT_NE(status.detail.find("65536"), std::string::npos) << status.detail;
}

TEST(Protocol, AContentLengthOverTheLimitIsRefusedBeforeReading) {
  auto r = read_one("HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\nabc", 1 << 20, 1000);
  EXPECT_EQ(r.status.what, code::too_large);
  EXPECT_NE(r.status.detail.find("Content-Length 999999999999"), std::string::npos) << r.status.detail;
  auto chunked = read_one(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n" + std::string(1024, 'a') + "\r\n0\r\n\r\n",
      1 << 20, 1000);
  EXPECT_EQ(chunked.status.what, code::too_large);
}

// Each malformed response, and the words its error must contain.
TEST(Protocol, MalformedResponsesAreRejectedNamingTheProblem) {
  const std::pair<std::string, std::string> cases[] = {
      {"HTTP/1.1 2000 OK\r\n\r\n", "status line"},
      {"HTTP/1.1 20 OK\r\n\r\n", "status line"},
      {"HTTP/2.0 200 OK\r\n\r\n", "HTTP version"},
      {"http/1.1 200 OK\r\n\r\n", "HTTP version"},
      {"HTTP/1.1 200 OK\r\nX: 1\n\r\n", "bare LF"},
      {"HTTP/1.1 200 OK\nContent-Length: 0\n\n", "bare LF"},
      {"HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 0\r\n\r\n", "folding"},
      {"HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n", "whitespace between field name and colon"},
      {"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "without a colon"},
      {"HTTP/1.1 200 OK\r\nX-A: a\rb\r\nContent-Length: 0\r\n\r\n", "X-A"},
      {std::string("HTTP/1.1 200 OK\r\nX-Nul: a\0b\r\n\r\n", 31), "X-Nul"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc", "repeated Content-Length"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab", "repeated Content-Length"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nab", "Content-Length '2, 2'"},
      {"HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nab", "Content-Length '+2'"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n", "Content-Length"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
       "both Content-Length and Transfer-Encoding"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "Transfer-Encoding 'gzip, chunked'"},
      {"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.0"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", "chunk size"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", "chunk size"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1 2\r\n", "chunk size"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", "too large"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", "CRLF"},
      {"HTTP/1.1 101 Switching Protocols\r\n\r\n", "101"},
  };
  for (const auto& [wire, words] : cases) {
    for (std::size_t slice : {1u, 4096u}) {
      auto r = read_one(wire, slice);
      EXPECT_EQ(r.status.what, code::malformed) << wire << " -> " << r.status.describe();
      EXPECT_NE(r.status.detail.find(words), std::string::npos) << wire << " -> " << r.status.detail;
    }
  }
}

TEST(Protocol, FramingFollowsRfc9112) {
  response_head head;
  head.status = 204;
  head.fields.add("Content-Length", "5");  // ignored: a 204 has no body
  EXPECT_EQ(std::get<body_framing>(response_framing(head, "GET")).how, body_framing::kind::none);
  head.status = 200;
  EXPECT_EQ(std::get<body_framing>(response_framing(head, "HEAD")).how, body_framing::kind::none);
  auto length = std::get<body_framing>(response_framing(head, "GET"));
  EXPECT_EQ(length.how, body_framing::kind::length);
  EXPECT_EQ(length.length, 5u);
  head.fields.set("Content-Length", "007");
  EXPECT_EQ(std::get<body_framing>(response_framing(head, "GET")).length, 7u);
  head.fields.clear();
  head.fields.add("transfer-encoding", "Chunked");
  EXPECT_EQ(std::get<body_framing>(response_framing(head, "GET")).how, body_framing::kind::chunked);

  request_head request;
  request.method = "GET";
  EXPECT_EQ(std::get<body_framing>(request_framing(request)).how, body_framing::kind::none);
  request.fields.add("Content-Length", "1");
  request.fields.add("Content-Length", "1");
  EXPECT_TRUE(std::holds_alternative<std::string>(request_framing(request)));

  EXPECT_TRUE(keeps_connection({}, 1, {}));
  http_fields close;
  close.add("Connection", "keep-alive, Close");
  EXPECT_FALSE(keeps_connection(close, 1, {}));
  EXPECT_FALSE(keeps_connection({}, 0, {}));
  EXPECT_FALSE(keeps_connection({}, 1, {body_framing::kind::until_close, 0}));
}

TEST(Protocol, RequestsAreReadWithTheirBodies) {
  memory_source source(
      "\r\nPOST /2018-06-01/runtime/invocation/a/response?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
      "POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-Err: E\r\n\r\n"
      "GET  /double-space HTTP/1.1\r\n\r\n",
      2);
  message_reader reader(source);
  request_head head;
  http_fields trailers;
  std::string body;
  ASSERT_TRUE(reader.read_request_head(head).ok());
  EXPECT_EQ(head.method, "POST");
  EXPECT_EQ(head.path(), "/2018-06-01/runtime/invocation/a/response");
  ASSERT_TRUE(reader.read_body(body, 100, trailers).ok());
  EXPECT_EQ(body, "abc");
  ASSERT_TRUE(reader.read_request_head(head).ok());
  std::string piece;
  ASSERT_TRUE(reader.read_body_piece(piece, trailers).ok());
  EXPECT_EQ(piece, "h");  // what the 2-byte slice had brought of the chunk
  ASSERT_TRUE(reader.read_body_piece(piece, trailers).ok());
  EXPECT_EQ(piece, "i");
  ASSERT_TRUE(reader.read_body_piece(piece, trailers).ok());
  EXPECT_EQ(piece, "");
  EXPECT_TRUE(reader.body_done());
  EXPECT_EQ(trailers.find("x-err").value_or("?"), "E");
  auto bad = reader.read_request_head(head);
  EXPECT_EQ(bad.what, code::malformed);
  EXPECT_NE(bad.detail.find("request line"), std::string::npos);
}

TEST(Protocol, WritersProduceWhatReadersRead) {
  http_fields fields;
  fields.add("Host", "127.0.0.1:9001");
  fields.add("X-Injected", "a\r\nInjected: yes\x7f");
  std::string head;
  append_request_head(head, "POST", "/p", fields);
  EXPECT_EQ(head, "POST /p HTTP/1.1\r\nHost: 127.0.0.1:9001\r\nX-Injected: a  Injected: yes \r\n\r\n");

  std::string wire;
  http_fields response_fields;
  response_fields.add("Transfer-Encoding", "chunked");
  append_response_head(wire, 200, response_fields);
  char size[18];
  const std::string pieces[] = {"hello", std::string(300, 'x')};
  for (const std::string& piece : pieces) {
    wire.append(size, write_chunk_header(size, piece.size()));
    wire += piece;
    wire += "\r\n";
  }
  http_fields trailers;
  trailers.add("Lambda-Runtime-Function-Error-Type", "Bad\nType");
  append_last_chunk(wire, trailers);
  EXPECT_NE(wire.find("\r\n12c\r\nxxx"), std::string::npos);
  auto r = read_one(wire, 7);
  ASSERT_TRUE(r.status.ok()) << r.status.describe();
  EXPECT_EQ(r.body, "hello" + std::string(300, 'x'));
  EXPECT_EQ(r.trailers.find("lambda-runtime-function-error-type").value_or("?"), "Bad Type");
}

TEST(Protocol, ChunkSizes) {
  EXPECT_EQ(std::get<std::uint64_t>(parse_chunk_size("1a")), 26u);
  EXPECT_EQ(std::get<std::uint64_t>(parse_chunk_size("00000000000000000001")), 1u);
  EXPECT_EQ(std::get<std::uint64_t>(parse_chunk_size("FFFFFFFFFFFFFFFF")), 0xFFFFFFFFFFFFFFFFu);
  EXPECT_EQ(std::get<std::uint64_t>(parse_chunk_size("5 ; name=value")), 5u);
  for (std::string_view bad : {"", " 5", "5 ", "0x5", "5;\x01", "g"})
    EXPECT_TRUE(std::holds_alternative<std::string>(parse_chunk_size(bad))) << bad;
}

TEST(Protocol, FieldsAreCaseInsensitiveAndReuseTheirStorage) {
  http_fields f;
  f.add("Content-Type", "a");
  f.add("content-type", "b");
  EXPECT_EQ(f.count("CONTENT-TYPE"), 2u);
  EXPECT_EQ(f.find("content-TYPE").value_or("?"), "a");
  f.set("CONTENT-type", "c");
  EXPECT_EQ(f.find("content-type").value_or("?"), "c");
  f.erase("content-type");
  EXPECT_TRUE(f.empty());
  f.add("X", std::string(100, 'v'));
  const char* storage = f.begin()->value.data();
  f.clear();
  f.add("Y", "short");
  EXPECT_EQ(f.begin()->value.data(), storage) << "a cleared list reuses its strings";
  EXPECT_TRUE(has_token("gzip , Chunked", "chunked"));
  EXPECT_FALSE(has_token("chunkedx", "chunked"));
}

// The slack a caller asks for is there past the end of the body, however it was framed: the
// runtime asks for simdjson's padding, so that the event is parsed where it was read.
TEST(Protocol, ReadBodyLeavesTheSlackAskedFor) {
  constexpr std::size_t slack = 64;
  const std::string wires[] = {"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                               "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
                               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                               "HTTP/1.1 200 OK\r\n\r\nuntil the end" + std::string(300, 'x')};
  for (const std::string& wire : wires) {
    for (std::size_t slice : {std::size_t{1}, std::size_t{7}, std::size_t{1} << 20}) {
      memory_source source(wire, slice);
      message_reader reader(source);
      response_head head;
      ASSERT_TRUE(reader.read_response_head(head, "GET").ok()) << wire;
      std::string body;
      http_fields trailers;
      ASSERT_TRUE(reader.read_body(body, 1 << 20, trailers, slack).ok()) << wire;
      EXPECT_GE(body.capacity(), body.size() + slack) << wire << " in slices of " << slice;
    }
  }
}

// Everyone else (the runtime, the emulator, the fakes, the tests) takes these from runtime_api.h;
// here alone they are spelled out as the documentation (/work/shared/runtime-api.md) has them.
TEST(Protocol, RuntimeApiConstantsAreTheDocumentedOnes) {
  EXPECT_EQ(next_invocation_path, "/2018-06-01/runtime/invocation/next");
  EXPECT_EQ(init_error_path, "/2018-06-01/runtime/init/error");
  EXPECT_EQ(std::string(invocation_path_prefix) + "id" + std::string(response_path_suffix),
            "/2018-06-01/runtime/invocation/id/response");
  EXPECT_EQ(std::string(invocation_path_prefix) + "id" + std::string(error_path_suffix),
            "/2018-06-01/runtime/invocation/id/error");
  EXPECT_EQ(extension_register_path, "/2020-01-01/extension/register");
  EXPECT_EQ(extension_event_next_path, "/2020-01-01/extension/event/next");
  EXPECT_TRUE(next_invocation_path.starts_with(runtime_api_prefix));
  EXPECT_TRUE(extension_register_path.starts_with(extensions_api_prefix));
  EXPECT_EQ(request_id_header, "Lambda-Runtime-Aws-Request-Id");
  EXPECT_EQ(deadline_header, "Lambda-Runtime-Deadline-Ms");
  EXPECT_EQ(function_arn_header, "Lambda-Runtime-Invoked-Function-Arn");
  EXPECT_EQ(trace_id_header, "Lambda-Runtime-Trace-Id");
  EXPECT_EQ(client_context_header, "Lambda-Runtime-Client-Context");
  EXPECT_EQ(cognito_identity_header, "Lambda-Runtime-Cognito-Identity");
  EXPECT_EQ(tenant_id_header, "Lambda-Runtime-Aws-Tenant-Id");
  EXPECT_EQ(invocation_id_header, "Lambda-Runtime-Invocation-Id");
  EXPECT_EQ(error_type_header, "Lambda-Runtime-Function-Error-Type");
  EXPECT_EQ(error_body_trailer, "Lambda-Runtime-Function-Error-Body");
  EXPECT_EQ(xray_error_cause_header, "Lambda-Runtime-Function-XRay-Error-Cause");
  EXPECT_EQ(response_mode_header, "Lambda-Runtime-Function-Response-Mode");
  EXPECT_EQ(streaming_response_mode, "streaming");
  EXPECT_EQ(streamed_response_trailers, "Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body");
  EXPECT_EQ(extension_name_header, "Lambda-Extension-Name");
  EXPECT_EQ(extension_identifier_header, "Lambda-Extension-Identifier");
  EXPECT_EQ(error_content_type, "application/vnd.aws.lambda.error+json");
  EXPECT_EQ(http_integration_content_type, "application/vnd.awslambda.http-integration-response");
  EXPECT_EQ(max_payload_bytes, 6291556u);                // RAPID's 6*1024*1024 + 100
  EXPECT_EQ(max_streamed_response_bytes, 200'000'000u);  // "200 MB", as AWS documents it
  EXPECT_EQ(max_xray_error_cause_bytes, 65536u);
}

}  // namespace
