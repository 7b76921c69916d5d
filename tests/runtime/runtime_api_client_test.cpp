// The Runtime API client on the wire: lambda::run against a Runtime API that answers with exact
// bytes — one at a time, cut short, mislabelled, chunked with trailers, closed or reset.

#include "endpoint.h"
#include "runtime_api_client.h"
#include "fake_runtime_api.h"
#include "wire_runtime_api.h"

#include <lambda/protocol/runtime_api.h>
#include <lambda/runtime.h>
#include <lambda/runtime/log_control.h>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <thread>
#include <string>

using namespace lambda::testing;
using namespace std::chrono_literals;
using then = wire_reply::then;

namespace {

class RuntimeApiClient : public ::testing::Test {
 protected:
  void SetUp() override {
    lambda::log::detail::set_sink([this](std::string_view line) {
      std::lock_guard lock(log_mutex);
      log += line;
    });
  }
  void TearDown() override { lambda::log::detail::set_sink({}); }
  std::string logs() {
    std::lock_guard lock(log_mutex);
    return log;
  }

  scoped_env no_format{"AWS_LAMBDA_LOG_FORMAT", nullptr};
  scoped_env no_level{"AWS_LAMBDA_LOG_LEVEL", nullptr};
  scoped_env no_concurrency{"AWS_LAMBDA_MAX_CONCURRENCY", nullptr};
  std::mutex log_mutex;
  std::string log;
};

std::string echo(const std::string& event, const lambda::Context&) { return event; }

// Bytes that differ with their position, so that a lost, doubled or reordered piece shows.
std::string pattern(std::size_t size) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>('a' + i * 7 % 26);
  return out;
}

wire_reply cut(std::string bytes) { return {std::move(bytes), false, then::close}; }

TEST_F(RuntimeApiClient, RepliesSentByteByByteAreReadWhole) {
  wire_runtime_api api(
      [](int n) {
        if (n >= 2) return status_wire(500);
        wire_reply r = next_wire("byte-" + std::to_string(n), R"({"n":)" + std::to_string(n) + "}");
        r.byte_by_byte = true;
        return r;
      },
      [](const wire_request&) {
        wire_reply r{"HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"};
        r.byte_by_byte = true;
        return r;
      });
  std::vector<std::string> ids;
  EXPECT_EQ(lambda::run([&](const std::string& event, const lambda::Context& ctx) {
              ids.push_back(ctx.request_id);
              EXPECT_GT(ctx.remaining_time(), 24h);  // the deadline header arrived whole
              return event;
            }),
            1);
  EXPECT_EQ(ids, (std::vector<std::string>{"byte-0", "byte-1"}));
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].path, "/2018-06-01/runtime/invocation/byte-0/response");
  EXPECT_EQ(posts[1].body, R"({"n":1})");
  EXPECT_EQ(api.connections(), 1) << "the connection is kept between calls";
}

TEST_F(RuntimeApiClient, RepliesCutShortAreTransportErrorsAndNoEventIsDelivered) {
  const std::string head = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: cut\r\n";
  wire_runtime_api api([&](int n) {
    switch (n) {
      case 0:
        return cut(head.substr(0, head.size() - 9));  // mid-head
      case 1:
        return cut(head);  // a header block that never ends
      case 2:
        return cut(head + "Content-Length: 10\r\n\r\n{\"tr");  // mid-body
      case 3:
        return cut(head + "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"tr");  // mid-chunk
      default:
        return n < 8 ? next_wire("whole-" + std::to_string(n), "complete") : status_wire(500);
    }
  });
  std::vector<std::string> events;
  EXPECT_EQ(lambda::run([&](const std::string& event, const lambda::Context& ctx) {
              events.push_back(ctx.request_id + ":" + event);
              return event;
            }),
            1);
  // The first three cuts are retried; the fourth failure in a row would have ended the loop,
  // but the cut chunk is the fourth: it ends it.
  EXPECT_TRUE(events.empty()) << events.front();
  EXPECT_TRUE(api.requests_ending("/response").empty());
  EXPECT_EQ(api.requests_ending("/next").size(), 4u);
  std::string log = logs();
  EXPECT_NE(log.find("closed in the middle of the message"), std::string::npos) << log;
  EXPECT_NE(log.find("giving up after 4 attempts"), std::string::npos) << log;
}

TEST_F(RuntimeApiClient, ACutReplyIsRetriedAndTheNextWholeOneServed) {
  wire_runtime_api api([](int n) {
    if (n == 0) return cut("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: cut\r\n");
    if (n == 1) return next_wire("whole", "complete");
    return status_wire(500);
  });
  std::vector<std::string> events;
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(lambda::run([&](const std::string& event, const lambda::Context& ctx) {
              events.push_back(ctx.request_id + ":" + event);
              return event;
            }),
            1);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 50ms + 50ms + 100ms + 200ms) << "backs off between failures";
  EXPECT_EQ(events, std::vector<std::string>{"whole:complete"});
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].path, "/2018-06-01/runtime/invocation/whole/response");
}

TEST_F(RuntimeApiClient, AContentLengthShorterThanTheBodyDeliversThatLengthAndDropsTheConnection) {
  wire_runtime_api api([](int n) {
    if (n > 0) return status_wire(500);
    wire_reply r = next_wire("short", "abc");
    r.bytes += "def";  // three bytes beyond what Content-Length announced
    return r;
  });
  std::string seen;
  lambda::run([&](const std::string& event, const lambda::Context&) { return seen = event; });
  EXPECT_EQ(seen, "abc");
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].body, "abc");
  // Stray bytes after a response: the connection is not trusted with another request.
  EXPECT_EQ(posts[0].connection, 2);
}

TEST_F(RuntimeApiClient, AnAbsurdContentLengthIsRefusedWithoutAllocatingIt) {
  wire_runtime_api api([](int n) {
    if (n == 0)
      return wire_reply{
          "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: huge\r\nContent-Length: 99999999999999\r\n\r\n{}"};
    if (n == 1)
      return wire_reply{"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: over\r\nContent-Length: " +
                        std::to_string(lambda::detail::max_event_bytes + 1) + "\r\n\r\n{}"};
    return status_wire(500);
  });
  int calls = 0;
  EXPECT_EQ(lambda::run([&](std::string_view) { ++calls; }), 1);
  EXPECT_EQ(calls, 0);
  EXPECT_NE(logs().find("Content-Length 99999999999999 is over the limit of 16777216 bytes"), std::string::npos)
      << logs();
}

TEST_F(RuntimeApiClient, ASixMegabyteEventArrivesIntactAndGoesBack) {
  const std::string event = pattern(lambda::protocol::max_payload_bytes);
  wire_runtime_api api([&](int n) { return n == 0 ? next_wire("big", event) : status_wire(500); });
  std::size_t seen = 0;
  lambda::run([&](const std::string& e, const lambda::Context&) {
    seen = e.size();
    return e;
  });
  EXPECT_EQ(seen, event.size());
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_TRUE(posts[0].body == event);
}

// The event arrives with simdjson's padding past its end, so that a typed handler parses it where
// it lies (lambda::json::parse of a simdjson::padded_string_view) rather than copy it first.
TEST_F(RuntimeApiClient, TheEventIsReadWithSimdjsonsPaddingPastItsEnd) {
  const std::string event = R"({"padded":true})";
  wire_runtime_api api([&](int n) {
    if (n == 0) return next_wire("sized", event);
    return wire_reply{
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nLambda-Runtime-Aws-Request-Id: chunked\r\n\r\n"
        "5\r\n{\"pad\r\n"
        "a\r\nded\":true}\r\n0\r\n\r\n"};
  });
  lambda::detail::runtime_api_client client(std::getenv("AWS_LAMBDA_RUNTIME_API"));
  for (int i = 0; i < 2; ++i) {
    lambda::detail::api_reply reply = client.next();
    ASSERT_EQ(reply.status, 200) << reply.transport_error;
    EXPECT_EQ(reply.body, event);
    EXPECT_GE(reply.body.capacity(), reply.body.size() + simdjson::SIMDJSON_PADDING);
    EXPECT_GE(simdjson::padded_string_view(reply.body).padding(), simdjson::SIMDJSON_PADDING);
  }
}

TEST_F(RuntimeApiClient, ChunkedNextRepliesWithTrailersAreAssembled) {
  const std::string big = pattern(100000);
  wire_runtime_api api([&](int n) {
    if (n == 0) {
      wire_reply r{
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nLambda-Runtime-Aws-Request-Id: chunked-0\r\n"
          "Trailer: X-Checksum\r\n\r\n"
          "3\r\n{\"a\r\n"
          "2;note=\"ext\"\r\n\":\r\n"
          "3\r\n12}\r\n"
          "0\r\nX-Checksum: 1234\r\n\r\n"};
      r.byte_by_byte = true;
      return r;
    }
    if (n == 1) {
      char size[32];
      std::string bytes =
          "HTTP/1.1 200 OK\r\ntransfer-encoding: CHUNKED\r\nlambda-runtime-aws-request-id: chunked-1\r\n\r\n";
      for (std::size_t at = 0; at < big.size(); at += 30000) {
        std::string_view piece = std::string_view(big).substr(at, 30000);
        std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
        bytes += size;
        bytes += piece;
        bytes += "\r\n";
      }
      bytes += "0\r\n\r\n";
      return wire_reply{bytes};
    }
    return status_wire(500);
  });
  std::vector<std::string> events;
  lambda::run([&](const std::string& e, const lambda::Context&) {
    events.push_back(e);
    return std::string("ok");
  });
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0], R"({"a":12})");
  EXPECT_TRUE(events[1] == big);
  EXPECT_EQ(api.requests_ending("/response").size(), 2u);
  EXPECT_EQ(api.connections(), 1);
}

TEST_F(RuntimeApiClient, AResetDuringPostResponseDoesNotSendItAgain) {
  wire_runtime_api api(
      [](int n) { return n < 2 ? next_wire("r" + std::to_string(n), "e" + std::to_string(n)) : status_wire(500); },
      [](const wire_request& r) {
        if (r.path.find("/r0/") != std::string::npos) return wire_reply{"", false, then::reset};
        return wire_reply{"HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}"};
      });
  EXPECT_EQ(lambda::run(echo), 1);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 2u) << "one POST per invocation, the reset one included, none twice";
  EXPECT_EQ(posts[0].path, "/2018-06-01/runtime/invocation/r0/response");
  EXPECT_EQ(posts[1].path, "/2018-06-01/runtime/invocation/r1/response");
  EXPECT_NE(logs().find("POST /response failed"), std::string::npos) << logs();
}

TEST_F(RuntimeApiClient, APostClosedWithoutAnAnswerIsReportedWithItsPathAndReason) {
  wire_runtime_api api([](int n) { return n < 1 ? next_wire("r0", "e0") : status_wire(500); },
                       [](const wire_request&) {
                         return wire_reply{"", false, then::close};
                       });
  EXPECT_EQ(lambda::run(echo), 1);
  // The reason is formatted from the failed reply before that reply is reset (it once viewed freed
  // memory and lost its first letter).
  EXPECT_NE(logs().find("POST /2018-06-01/runtime/invocation/r0/response: the connection was closed before the "
                        "message began"),
            std::string::npos)
      << logs();
}

TEST_F(RuntimeApiClient, AConnectionTheServerClosedWhileIdleIsReplacedBeforeThePost) {
  // The reply arrives whole, then the server closes the connection (a keep-alive timeout):
  // the POST must go out on a new connection, once.
  wire_runtime_api api([](int n) {
    if (n > 0) return status_wire(500);
    wire_reply r = next_wire("idle", "e");
    r.after = then::close;
    return r;
  });
  lambda::run([](const std::string& e, const lambda::Context&) {
    std::this_thread::sleep_for(50ms);  // the server's FIN arrives while the handler runs
    return e;
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].connection, 2);
  EXPECT_EQ(logs().find("POST /response failed"), std::string::npos) << logs();
}

TEST_F(RuntimeApiClient, LocalhostNeedsNoResolver) {
  wire_runtime_api api([](int n) { return n == 0 ? next_wire("local", "e") : status_wire(500); });
  std::string endpoint = std::getenv("AWS_LAMBDA_RUNTIME_API");
  scoped_env local{"AWS_LAMBDA_RUNTIME_API", ("localhost" + endpoint.substr(endpoint.rfind(':'))).c_str()};
  lambda::run(echo);
  EXPECT_EQ(api.requests_ending("/response").size(), 1u);
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool address_sanitized = true;
#else
constexpr bool address_sanitized = false;
#endif
#else
constexpr bool address_sanitized = false;
#endif

long resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

TEST_F(RuntimeApiClient, HundredThousandInvocationsOnOneConnectionWithoutGrowing) {
  constexpr int invokes = 100000;
  constexpr int warm = 1000;
  wire_runtime_api api([](int n) {
    if (n >= invokes) return status_wire(500);
    return next_wire("req-" + std::to_string(n),
                     R"({"n":)" + std::to_string(n) + R"(,"pad":"..............................................."})");
  });
  api.forget_requests();
  long before = 0, after = 0;
  int served = 0;
  lambda::run([&](const std::string& e, const lambda::Context&) {
    if (++served == warm) before = resident_kib();
    return e;
  });
  after = resident_kib();
  std::printf("[ RSS      ] after %d invocations %ld KiB, after %d %ld KiB (%+ld KiB)\n", warm, before, served, after,
              after - before);
  RecordProperty("rss_kib_before", std::to_string(before));
  RecordProperty("rss_kib_after", std::to_string(after));
  EXPECT_EQ(served, invokes);
  EXPECT_EQ(api.connections(), 1);
  // A leak of even 100 bytes per invocation would be 10 MB; the bound only catches growth.
  // Under AddressSanitizer RSS says nothing about leaks: freed blocks wait in a quarantine of up to
  // 256 MB, plus their shadow and allocator metadata (CI measured +292 MB), and LeakSanitizer
  // reports any leak when the process exits. The bound is checked in the Release build.
  if (!address_sanitized) EXPECT_LT(after - before, 8 * 1024);
}

TEST(Endpoint, LiteralsAndLocalhostWithoutAResolver) {
  using lambda::detail::parse_endpoint;
  using lambda::detail::socket_address;
  auto ok = [](std::string_view e) { return std::get<std::vector<socket_address>>(parse_endpoint(e)); };
  EXPECT_EQ(ok("127.0.0.1:9001").size(), 1u);
  EXPECT_EQ(ok("127.0.0.1:9001")[0].family(), AF_INET);
  EXPECT_EQ(ok("[::1]:9001")[0].family(), AF_INET6);
  auto local = ok("LocalHost:1");
  ASSERT_EQ(local.size(), 2u);
  EXPECT_EQ(local[0].family(), AF_INET);
  EXPECT_EQ(local[1].family(), AF_INET6);
  for (std::string_view bad : {"lambda.internal:9001", "127.0.0.1", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536",
                               "127.0.0.1:9x", "[::1:9001", "::1:9001", "[127.0.0.1]:80", ":9001", "[]:1"}) {
    auto parsed = parse_endpoint(bad);
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << bad;
    EXPECT_NE(std::get<std::string>(parsed).find(std::string(bad)), std::string::npos) << std::get<std::string>(parsed);
  }
}

TEST(Endpoint, AnEndpointThatIsNotALiteralEndsTheRuntimeWithTheReason) {
  scoped_env name{"AWS_LAMBDA_RUNTIME_API", "runtime.example:9001"};
  std::string log;
  lambda::log::detail::set_sink([&](std::string_view line) { log += line; });
  EXPECT_EQ(lambda::run(echo), 1);
  lambda::log::detail::set_sink({});
  EXPECT_NE(log.find("AWS_LAMBDA_RUNTIME_API 'runtime.example:9001': the host must be"), std::string::npos) << log;
}

}  // namespace
