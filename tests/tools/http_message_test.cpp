// The emulator's HTTP/1.1 layer: chunked bodies read piece by piece with their trailers, and
// responses written in chunks, over a real socket pair.

#include "http_message.h"
#include "http_server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace lambda::emulator;

struct socket_pair {
  int a = -1, b = -1;
  socket_pair() {
    int fds[2];
    EXPECT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    a = fds[0];
    b = fds[1];
  }
  ~socket_pair() {
    ::close(a);
    ::close(b);
  }
};

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

TEST(HttpMessage, ChunkedBodyIsReadPieceByPieceWithTrailers) {
  socket_pair s;
  std::string wire =
      "POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTrailer: X-Err\r\n\r\n"
      "5\r\nhello\r\n"
      "1;ext=1\r\n \r\n"
      "0\r\nX-Err: Boom\r\nX-Other:  two words \r\n\r\n"
      "GET /next HTTP/1.1\r\n\r\n";
  ASSERT_TRUE(send_all(s.a, wire));
  http_request_reader reader(s.b);
  http_request head;
  std::string error;
  ASSERT_EQ(reader.read_head(head, error), read_status::ok);
  EXPECT_EQ(head.target, "/r");
  EXPECT_FALSE(reader.body_done());
  std::string piece, body;
  http_fields trailers;
  int pieces = 0;
  while (true) {
    ASSERT_EQ(reader.read_chunk(piece, trailers, error), read_status::ok) << error;
    if (piece.empty()) break;
    body += piece;
    ++pieces;
  }
  EXPECT_EQ(body, "hello ");
  EXPECT_GE(pieces, 2);
  EXPECT_TRUE(reader.body_done());
  EXPECT_EQ(trailers.find("x-err"), "Boom");
  EXPECT_EQ(trailers.find("x-other"), "two words");
  // The connection carries on with the next request.
  http_request next;
  ASSERT_EQ(reader.read(next, error), read_status::ok);
  EXPECT_EQ(next.target, "/next");
}

TEST(HttpMessage, ChunkLargerThanTheReadBufferArrivesInPieces) {
  socket_pair s;
  std::string data(1 << 20, 'x');
  std::thread writer([&] {
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", data.size());
    send_all(s.a, std::string("POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") + size);
    send_all(s.a, data);
    send_all(s.a, "\r\n0\r\n\r\n");
  });
  http_request_reader reader(s.b);
  http_request head;
  std::string error, piece, body;
  http_fields trailers;
  ASSERT_EQ(reader.read_head(head, error), read_status::ok);
  std::size_t largest = 0;
  do {
    ASSERT_EQ(reader.read_chunk(piece, trailers, error), read_status::ok) << error;
    largest = std::max(largest, piece.size());
    body += piece;
  } while (!piece.empty());
  writer.join();
  EXPECT_EQ(body, data);
  EXPECT_LT(largest, data.size());  // never the whole chunk at once: memory stays bounded
}

TEST(HttpMessage, WholeBodyReadKeepsTheTrailers) {
  socket_pair s;
  ASSERT_TRUE(send_all(s.a, "POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nA: 1\r\n\r\n"));
  http_request_reader reader(s.b);
  http_request request;
  std::string error;
  ASSERT_EQ(reader.read(request, error), read_status::ok);
  EXPECT_EQ(request.body, "abc");
  EXPECT_EQ(request.trailers.find("a"), "1");
}

TEST(HttpMessage, BadChunksAndTrailersAreRejected) {
  for (std::string tail : {"zz\r\n", "3\r\nabcXY", "0\r\nno colon here\r\n\r\n"}) {
    socket_pair s;
    ASSERT_TRUE(send_all(s.a, "POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + tail));
    ::shutdown(s.a, SHUT_WR);
    http_request_reader reader(s.b);
    http_request request;
    std::string error;
    EXPECT_EQ(reader.read(request, error), read_status::bad_request) << tail;
    EXPECT_FALSE(error.empty());
  }
  socket_pair s;
  ASSERT_TRUE(send_all(s.a, "POST /r HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"));
  ::shutdown(s.a, SHUT_WR);
  http_request_reader reader(s.b);
  http_request request;
  std::string error;
  EXPECT_EQ(reader.read(request, error), read_status::closed);
}

TEST(HttpMessage, ChunkedResponseWriterFramesChunksAndTrailers) {
  socket_pair s;
  {
    chunked_response_writer w(s.a);
    http_fields headers;
    headers.set("Content-Type", "text/plain");
    headers.set("Trailer", "X-Err");
    EXPECT_TRUE(w.begin(200, headers));
    EXPECT_TRUE(w.write("hello "));
    EXPECT_TRUE(w.write(""));
    EXPECT_TRUE(w.write(std::string(300, 'z')));
    http_fields trailers;
    trailers.set("X-Err", "Boom");
    EXPECT_TRUE(w.finish(trailers));
    EXPECT_TRUE(w.finished());
    ::shutdown(s.a, SHUT_WR);
  }
  EXPECT_EQ(read_all(s.b),
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTrailer: X-Err\r\n"
            "transfer-encoding: chunked\r\n\r\n6\r\nhello \r\n12c\r\n" +
                std::string(300, 'z') + "\r\n0\r\nX-Err: Boom\r\n\r\n");
}

// Everything the server sends on one connection until it closes it (or 2 s pass).
std::string exchange_over_tcp(std::uint16_t port, const std::string& bytes) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  EXPECT_TRUE(send_all(fd, bytes));
  std::string out;
  char buf[4096];
  pollfd p{fd, POLLIN, 0};
  while (::poll(&p, 1, 2000) > 0) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

// RFC 9112 §6.1-6.3: a request whose body length is ambiguous is rejected with 400 and the
// connection closed, never guessed at. Guessing is request smuggling: here the bytes after the
// first length would be served as a second request no client sent.
TEST(HttpMessage, AmbiguousBodyLengthsAre400AndCloseTheConnection) {
  std::atomic<int> served{0};
  http_server server(0, [&](const http_request&) {
    ++served;
    http_response r;
    r.body = "served";
    return r;
  });
  const std::string smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
  for (std::string framing : {
           "Content-Length: 5\r\nContent-Length: 40\r\n",  // conflicting lengths
           "Content-Length: 5\r\nContent-Length: 5\r\n",   // repeated
           "Content-Length: 5, 40\r\n",                    // a list
           "Content-Length: +5\r\n",                       // not 1*DIGIT
           "Content-Length: 0x5\r\n",
           "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",  // both
           "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
           "Transfer-Encoding: gzip, chunked\r\n",  // a coding we do not decode
           "Transfer-Encoding: gzip\r\n", "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
           "Content-Length : 5\r\n",  // whitespace before the colon
       }) {
    served = 0;
    std::string reply =
        exchange_over_tcp(server.port(), "POST /a HTTP/1.1\r\nHost: x\r\n" + framing + "\r\nhello" + smuggled);
    EXPECT_EQ(reply.rfind("HTTP/1.1 400 ", 0), 0u) << framing << reply;
    EXPECT_NE(reply.find("connection: close\r\n"), std::string::npos) << framing << reply;
    EXPECT_EQ(reply.find("served"), std::string::npos) << framing << reply;
    EXPECT_EQ(served.load(), 0) << framing;
  }
  // The same request with one length is served, and what follows it is a request of its own.
  served = 0;
  std::string ok =
      exchange_over_tcp(server.port(), "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" +
                                           std::string("GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  EXPECT_EQ(ok.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << ok;
  EXPECT_EQ(served.load(), 2);
  server.stop();
}

}  // namespace
