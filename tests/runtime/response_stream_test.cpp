// Streaming handlers against a scripted Runtime API over loopback HTTP: what goes on the wire
// (mode header, chunks, trailers, the HTTP prelude), where errors go, and back-pressure.

#include "fake_runtime_api.h"

#include <lambda/json/base64.h>
#include <lambda/runtime.h>
#include <lambda/runtime/log_control.h>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

using namespace lambda::testing;
using namespace std::chrono_literals;

namespace {

std::string header(const http_request& r, std::string_view name) {
  return std::string(r.headers.find(name).value_or("<absent>"));
}

std::string trailer(const http_request& r, std::string_view name) {
  return std::string(r.trailers.find(name).value_or("<absent>"));
}

// Bytes that differ with their position, so that a lost, doubled or reordered piece shows.
std::string pattern(std::size_t size, std::size_t offset = 0) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>('a' + (offset + i) * 7 % 26);
  return out;
}

class ResponseStream : public ::testing::Test {
 protected:
  void SetUp() override {
    lambda::log::detail::set_sink([this](std::string_view line) {
      std::lock_guard lock(log_mutex);
      logs += line;
    });
  }
  void TearDown() override { lambda::log::detail::set_sink({}); }

  fake_runtime_api api;
  scoped_env no_format{"AWS_LAMBDA_LOG_FORMAT", nullptr};
  scoped_env no_level{"AWS_LAMBDA_LOG_LEVEL", nullptr};
  std::mutex log_mutex;
  std::string logs;
};

TEST_F(ResponseStream, PostsChunkedWithTheStreamingModeAndNoTrailersOnSuccess) {
  api.script_next(invocation("req-1", "three", {{runtime_api::invocation_id_header, "inv-1"}}));
  lambda::run([](const std::string& event, lambda::response_stream& out, const lambda::Context& ctx) {
    out.set_content_type("text/plain; charset=utf-8");
    EXPECT_FALSE(out.started());
    EXPECT_TRUE(out.write("one "));
    EXPECT_TRUE(out.started());
    EXPECT_TRUE(out.write(""));
    EXPECT_TRUE(out.write("two " + event + " " + ctx.request_id));
    EXPECT_EQ(out.bytes_written(), 19u);
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].path(), "/2018-06-01/runtime/invocation/req-1/response");
  EXPECT_EQ(posts[0].body, "one two three req-1");
  EXPECT_EQ(header(posts[0], runtime_api::response_mode_header), runtime_api::streaming_response_mode);
  EXPECT_EQ(header(posts[0], "transfer-encoding"), "chunked");
  EXPECT_EQ(header(posts[0], "trailer"), runtime_api::streamed_response_trailers);
  EXPECT_EQ(header(posts[0], "content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(header(posts[0], runtime_api::invocation_id_header), "inv-1");
  EXPECT_TRUE(posts[0].trailers.empty());
  EXPECT_TRUE(api.requests_ending("/error").empty());
}

TEST_F(ResponseStream, TensOfMegabytesInOddPiecesArriveIntact) {
  constexpr std::size_t total = 40u << 20;
  const std::string expected = pattern(total);
  api.script_next(invocation("big", "{}"));
  lambda::run([&](std::string_view, lambda::response_stream& out) {
    // Sizes around the buffer limit and the client's 64 KiB chunks, and single bytes.
    const std::size_t sizes[] = {1, 7, 65535, 65537, 262145, lambda::response_stream::buffer_limit + 3, 3 << 20};
    std::size_t offset = 0;
    for (std::size_t i = 0; offset < total; ++i) {
      std::size_t n = std::min(sizes[i % std::size(sizes)], total - offset);
      ASSERT_TRUE(out.write(std::string_view(expected).substr(offset, n)));
      offset += n;
    }
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  ASSERT_EQ(posts[0].body.size(), total);
  EXPECT_TRUE(posts[0].body == expected);
  EXPECT_EQ(header(posts[0], "content-type"), "application/octet-stream");
}

TEST_F(ResponseStream, PiecesLeaveWhileTheHandlerIsStillRunning) {
  api.stream_posts();
  std::mutex m;
  std::condition_variable cv;
  bool first_seen = false;
  std::string received;
  api.answer_posts([&](const http_request& r) {
    std::string piece, error;
    lambda::protocol::http_fields trailers;
    while (r.body_reader->read_chunk(piece, trailers, error) == lambda::emulator::read_status::ok && !piece.empty()) {
      std::lock_guard lock(m);
      received += piece;
      if (received == "first") first_seen = true;
      cv.notify_all();
    }
    return status_reply(202, "none");
  });
  api.script_next(invocation("r", "{}"));
  bool saw_first_in_time = false;
  lambda::run([&](std::string_view, lambda::response_stream& out) {
    out.write("first");
    std::unique_lock lock(m);
    // Nothing more is written until the Runtime API has the first piece: a buffering runtime
    // would wait here for the whole 5 s.
    saw_first_in_time = cv.wait_for(lock, 5s, [&] { return first_seen; });
    lock.unlock();
    out.write(" second");
  });
  EXPECT_TRUE(saw_first_in_time);
  EXPECT_EQ(received, "first second");
}

TEST_F(ResponseStream, AnErrorAfterTheFirstByteTravelsInTrailers) {
  api.script_next(invocation("r1", "{}"));
  lambda::run([](std::string_view, lambda::response_stream& out) {
    out.write("partial ");
    out.write("output");
    throw std::out_of_range("ran out after two pieces");
  });
  EXPECT_TRUE(api.requests_ending("/error").empty());
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].body, "partial output");  // the error is not spliced into the body
  EXPECT_EQ(trailer(posts[0], runtime_api::error_type_header), "std::out_of_range");
  auto body = lambda::json::base64_decode_to_string(trailer(posts[0], runtime_api::error_body_trailer));
  ASSERT_TRUE(body.has_value());
  simdjson::dom::parser parser;
  auto doc = parser.parse(*body);
  ASSERT_FALSE(doc.error()) << *body;
  EXPECT_EQ(std::string_view(doc["errorType"].get_string().value()), "std::out_of_range");
  EXPECT_EQ(std::string_view(doc["errorMessage"].get_string().value()), "ran out after two pieces");
  EXPECT_TRUE(doc["stackTrace"].is_array());
  EXPECT_NE(logs.find("after 14 bytes were streamed"), std::string::npos) << logs;
}

TEST_F(ResponseStream, AnErrorOutcomeAfterTheFirstByteTravelsInTrailers) {
  api.script_next(invocation("r1", "{}"));
  lambda::run([](std::string_view, lambda::response_stream& out, const lambda::Context&) -> lambda::outcome<void> {
    out.write("x");
    return lambda::function_error{"Upstream.Unavailable", "the feed went away"};
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(trailer(posts[0], runtime_api::error_type_header), "Upstream.Unavailable");
}

TEST_F(ResponseStream, AnErrorBeforeTheFirstByteIsAnOrdinaryFunctionError) {
  api.script_next(invocation("r1", "{}"));
  lambda::run([](std::string_view, lambda::response_stream& out) {
    out.set_content_type("text/csv");
    throw std::invalid_argument("no rows");
  });
  EXPECT_TRUE(api.requests_ending("/response").empty());
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(header(errors[0], runtime_api::error_type_header), "std::invalid_argument");
  EXPECT_NE(errors[0].body.find("no rows"), std::string::npos);
}

TEST_F(ResponseStream, AHandlerThatWritesNothingSendsAnEmptyStream) {
  api.script_next(invocation("r1", "{}"));
  lambda::run([](std::string_view, lambda::response_stream& out) { out.set_content_type("text/event-stream"); });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].body, "");
  EXPECT_EQ(header(posts[0], "content-type"), "text/event-stream");
  EXPECT_EQ(header(posts[0], runtime_api::response_mode_header), runtime_api::streaming_response_mode);
}

TEST_F(ResponseStream, HttpPreludeIsJsonThenEightNulsThenTheBody) {
  api.script_next(invocation("r1", "{}"));
  lambda::run([](std::string_view, lambda::response_stream& out) {
    lambda::http_prelude prelude;
    prelude.status_code = 201;
    prelude.headers["content-type"] = "text/html";
    prelude.headers["x-note"] = "quote \" and \xC3\xA9";
    prelude.cookies = {"a=1; Secure", "b=2"};
    ASSERT_TRUE(out.start_http(prelude));
    out.write("<p>hi</p>");
    EXPECT_THROW(out.set_content_type("text/plain"), std::logic_error);
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(header(posts[0], "content-type"), runtime_api::http_integration_content_type);
  const std::string& body = posts[0].body;
  auto delimiter = body.find(std::string(8, '\0'));
  ASSERT_NE(delimiter, std::string::npos);
  EXPECT_EQ(body.substr(delimiter + 8), "<p>hi</p>");
  simdjson::dom::parser parser;
  auto prelude = parser.parse(body.substr(0, delimiter));
  ASSERT_FALSE(prelude.error()) << body.substr(0, delimiter);
  EXPECT_EQ(int64_t(prelude["statusCode"]), 201);
  EXPECT_EQ(std::string_view(prelude["headers"]["content-type"]), "text/html");
  EXPECT_EQ(std::string_view(prelude["headers"]["x-note"]), "quote \" and \xC3\xA9");
  EXPECT_EQ(std::string_view(prelude["cookies"].at(0)), "a=1; Secure");
  EXPECT_EQ(prelude["cookies"].get_array().size(), 2u);
}

TEST_F(ResponseStream, ASlowReaderHoldsTheWriterBack) {
  constexpr std::size_t total = 64u << 20;
  std::atomic<std::size_t> written{0};
  std::size_t written_while_paused = 0;
  std::size_t received = 0;
  api.stream_posts();
  api.answer_posts([&](const http_request& r) {
    std::string piece, error;
    lambda::protocol::http_fields trailers;
    r.body_reader->read_chunk(piece, trailers, error);
    received += piece.size();
    std::this_thread::sleep_for(500ms);  // a reader that stalls; the handler could write 64 MB meanwhile
    written_while_paused = written.load();
    while (r.body_reader->read_chunk(piece, trailers, error) == lambda::emulator::read_status::ok && !piece.empty())
      received += piece.size();
    return status_reply(202, "none");
  });
  api.script_next(invocation("r", "{}"));
  lambda::run([&](std::string_view, lambda::response_stream& out) {
    const std::string piece(64 * 1024, 'p');
    for (std::size_t i = 0; i < total / piece.size(); ++i) {
      ASSERT_TRUE(out.write(piece));
      written += piece.size();
    }
  });
  EXPECT_EQ(received, total);
  // What the stream buffers, plus what the kernel's socket buffers hold on both ends.
  EXPECT_LT(written_while_paused, lambda::response_stream::buffer_limit + (16u << 20)) << written_while_paused;
  RecordProperty("written_while_paused", std::to_string(written_while_paused));
}

TEST_F(ResponseStream, AnEarlyAnswerEndsTheStreamAndTheLoopGoesOn) {
  api.stream_posts();
  std::atomic<int> posts{0};
  api.answer_posts([&](const http_request&) {
    ++posts;
    auto reply = status_reply(410, "InvokeTimeout");  // without reading the body, as RAPID does
    reply.close = true;
    return reply;
  });
  api.script_next(invocation("late", "{}"));
  api.script_next(invocation("next", "{}"));
  std::vector<bool> refused;
  lambda::run([&](std::string_view, lambda::response_stream& out, const lambda::Context& ctx) {
    if (ctx.request_id == "next") return;
    const std::string piece(64 * 1024, 'q');
    // Bounded, so that a runtime that never notices fails the test instead of hanging it.
    for (int i = 0; i < 4096; ++i) {
      if (!out.write(piece)) {
        refused.push_back(true);
        return;
      }
    }
    refused.push_back(false);
  });
  EXPECT_EQ(refused, std::vector<bool>{true});
  EXPECT_EQ(posts.load(), 2);
  EXPECT_NE(logs.find("HTTP 410"), std::string::npos) << logs;
}

TEST_F(ResponseStream, ConcurrentWorkersStreamSideBySide) {
  scoped_env concurrency{"AWS_LAMBDA_MAX_CONCURRENCY", "3"};
  for (int i = 0; i < 3; ++i) api.script_next(invocation("s" + std::to_string(i), std::to_string(i)));
  std::mutex m;
  std::condition_variable cv;
  int streaming = 0;
  bool overlapped = true;
  lambda::run([&](const std::string& event, lambda::response_stream& out) {
    out.write(event + ":");
    {
      // All three are mid-stream at once: each worker has its own connection and POST.
      std::unique_lock lock(m);
      ++streaming;
      cv.notify_all();
      if (!cv.wait_for(lock, 10s, [&] { return streaming == 3; })) overlapped = false;
    }
    out.write(pattern(300000, std::stoul(event)));
  });
  EXPECT_TRUE(overlapped);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 3u);
  for (auto& p : posts) {
    std::string id = p.body.substr(0, p.body.find(':'));
    EXPECT_EQ(p.path(), "/2018-06-01/runtime/invocation/s" + id + "/response");
    EXPECT_TRUE(p.body == id + ":" + pattern(300000, std::stoul(id))) << "stream of s" << id << " mixed up";
  }
}

TEST_F(ResponseStream, ConsecutiveLargeStreamsOneAfterAnother) {
  // Each stream is many chunks, one stream after another on the worker's connection. (With
  // libcurl, a second chunked upload on a reused easy handle overran its upload buffer in 7.88;
  // ASan caught it here.)
  for (int i = 0; i < 4; ++i) api.script_next(invocation("c" + std::to_string(i), std::to_string(i)));
  lambda::run([&](const std::string& event, lambda::response_stream& out) {
    const std::string data = pattern(3u << 20, std::stoul(event));
    for (std::size_t at = 0; at < data.size(); at += 1u << 20) out.write(std::string_view(data).substr(at, 1u << 20));
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 4u);
  for (std::size_t i = 0; i < posts.size(); ++i) EXPECT_TRUE(posts[i].body == pattern(3u << 20, i)) << i;
}

}  // namespace
