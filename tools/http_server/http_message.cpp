#include "http_message.h"

#include <lambda/protocol/chunked.h>
#include <lambda/protocol/http_fields.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/socket_send.h>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <initializer_list>

namespace lambda::emulator {

std::string_view http_request::path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

bool http_request::keep_alive() const {
  auto connection = headers.find("Connection");
  if (connection && protocol::has_token(*connection, "close")) return false;
  if (!http11) return connection && protocol::has_token(*connection, "keep-alive");
  return true;
}

namespace {

// The fields of a head the server writes: the handler's, except `framing` ones, which the server
// sets itself from how it sends the body.
http_fields without(const http_fields& fields, std::initializer_list<std::string_view> framing) {
  http_fields out;
  for (const auto& f : fields)
    if (std::none_of(framing.begin(), framing.end(), [&](std::string_view n) { return protocol::iequals(f.name, n); }))
      out.add(f.name, f.value);
  return out;
}

}  // namespace

std::string serialize(const http_response& response) {
  http_fields fields = without(response.headers, {"content-length", "transfer-encoding", "connection"});
  if (response.close) fields.add("connection", "close");
  std::string out;
  if (response.chunked) {
    fields.add("transfer-encoding", "chunked");
    protocol::append_response_head(out, response.status, fields);
    // Several chunks, so that readers relying on a single chunk are caught out too.
    std::string_view body = response.body;
    while (!body.empty()) {
      std::size_t n = std::min<std::size_t>(body.size(), 7);
      char size[20];
      out.append(size, protocol::write_chunk_header(size, n));
      out.append(body.substr(0, n));
      out += "\r\n";
      body.remove_prefix(n);
    }
    protocol::append_last_chunk(out, {});
  } else {
    fields.add("content-length", std::to_string(response.body.size()));
    protocol::append_response_head(out, response.status, fields);
    out += response.body;
  }
  return out;
}

bool send_all(int fd, std::string_view data) { return protocol::send_all(fd, {data}) == 0; }

std::ptrdiff_t http_request_reader::socket_source::receive(char* out, std::size_t capacity) {
  return ::recv(fd_, out, capacity, 0);
}

http_request_reader::http_request_reader(int fd) : fd_(fd), source_(fd), reader_(source_, max_header_bytes) {}

namespace {

// The protocol reader's verdict in the server's terms: a stream that ended or failed, inside a
// request or between two, is a closed connection; what RFC 9112 rejects is a bad request.
read_status translate(const protocol::read_status& status, std::string& error) {
  using code = protocol::read_status::code;
  switch (status.what) {
    case code::ok:
      return read_status::ok;
    case code::malformed:
      error = status.detail;
      return read_status::bad_request;
    case code::too_large:
      error = status.detail;
      return read_status::too_large;
    case code::closed:
    case code::truncated:
    case code::io_error:
      return read_status::closed;
  }
  return read_status::closed;
}

}  // namespace

read_status http_request_reader::read_chunk(std::string& piece, http_fields& trailers, std::string& error) {
  // The trailers are filled once, when the body ends.
  return translate(reader_.read_body_piece(piece, trailers), error);
}

read_status http_request_reader::read(http_request& out, std::string& error) {
  read_status status = read_head(out, error);
  return status == read_status::ok ? read_body(out, error) : status;
}

read_status http_request_reader::read_head(http_request& out, std::string& error) {
  out = http_request{};
  if (read_status status = translate(reader_.read_request_head(head_), error); status != read_status::ok) return status;
  out.method = head_.method;
  out.target = head_.target;
  out.http11 = head_.minor_version >= 1;
  out.headers = head_.fields;
  if (auto expect = out.headers.find("Expect"); expect && protocol::iequals(*expect, "100-continue"))
    send_all(fd_, "HTTP/1.1 100 Continue\r\n\r\n");
  const protocol::body_framing& framing = reader_.framing();
  if (framing.how == protocol::body_framing::kind::length && framing.length > max_body_bytes) {
    error = "Content-Length " + std::to_string(framing.length) + " is over the limit";
    return read_status::too_large;
  }
  return read_status::ok;
}

read_status http_request_reader::read_body(http_request& out, std::string& error) {
  return translate(reader_.read_body(out.body, max_body_bytes, out.trailers), error);
}

bool chunked_response_writer::begin(int status, const http_fields& headers) {
  started_ = true;
  http_fields fields = without(headers, {"content-length", "transfer-encoding"});
  fields.add("transfer-encoding", "chunked");
  std::string head;
  protocol::append_response_head(head, status, fields);
  return send_all(fd_, head);
}

bool chunked_response_writer::write(std::string_view data) {
  if (data.empty()) return true;
  char size[20];
  std::size_t length = protocol::write_chunk_header(size, data.size());
  // One write for the size line, the data and the CRLF, rather than three segments.
  return protocol::send_all(fd_, {std::string_view(size, length), data, "\r\n"}) == 0;
}

bool chunked_response_writer::finish(const http_fields& trailers) {
  finished_ = true;
  std::string tail;
  protocol::append_last_chunk(tail, trailers);
  return send_all(fd_, tail);
}

}  // namespace lambda::emulator
