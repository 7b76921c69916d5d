#include "runtime_api_client.h"

#include "error_report.h"

#include <lambda/json/parser.h>
#include <lambda/protocol/chunked.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/runtime_api.h>

#include <fmt/format.h>

#include <stdexcept>

namespace lambda::detail {
namespace {

constexpr std::string_view user_agent = "lambdagen-cpp/0.1.0";
// The most a streamed body sends per chunk: what the handler wrote meanwhile, up to this, leaves in
// one write (64 KiB chunks streamed 50 MiB through the emulator ~15% slower than 256 KiB).
constexpr std::size_t max_chunk_bytes = 256 * 1024;

std::vector<socket_address> addresses_or_throw(const std::string& endpoint) {
  auto parsed = parse_endpoint(endpoint);
  if (auto* error = std::get_if<std::string>(&parsed)) throw std::invalid_argument(*error);
  return std::get<std::vector<socket_address>>(std::move(parsed));
}

std::string invocation_path(std::string_view request_id, std::string_view suffix) {
  std::string path(protocol::invocation_path_prefix);
  path += url_path_segment(request_id);
  path += suffix;
  return path;
}

}  // namespace

std::string url_path_segment(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  return out;
}

runtime_api_client::runtime_api_client(std::string endpoint)
    : endpoint_(std::move(endpoint)), connection_(addresses_or_throw(endpoint_)) {}

void runtime_api_client::start_fields() {
  fields_.clear();
  fields_.add("Host", endpoint_);
  fields_.add("User-Agent", user_agent);
}

api_reply runtime_api_client::request(std::string_view method, std::string_view target, std::string_view body,
                                      std::size_t max_reply_body, body_source* streamed_body) {
  api_reply reply;
  auto fail = [&](std::string_view why) {
    // `why` may view reply.transport_error itself: format before the reply is reset.
    std::string error = fmt::format("{} {}: {}", method, target, why);
    connection_.close();
    reply = api_reply{};
    reply.transport_error = std::move(error);
    return std::move(reply);
  };
  // Interrupted on purpose: fail before touching the network at all.
  if (connection_.interrupted()) return fail("interrupted");
  // A kept-alive connection the server closed while idle is replaced here, before any byte of
  // this request is written: the only case in which a request may go out on another connection.
  if (auto failure = connection_.open()) return fail(*failure);

  if (streamed_body)
    fields_.add("Transfer-Encoding", "chunked");
  else if (method == "POST")
    fields_.add("Content-Length", std::to_string(body.size()));
  head_.clear();
  protocol::append_request_head(head_, method, target, fields_);

  std::optional<std::string> send_failure;
  bool body_complete = true;
  if (streamed_body) {
    send_failure = connection_.send({head_});
    if (!send_failure) send_failure = send_chunked(*streamed_body, body_complete);
  } else {
    send_failure = connection_.send({head_, body});
  }
  // Even when sending failed, the server may have answered first (a 413 for a body it would not
  // take, a 410 for an invoke that timed out) before it closed: that answer is what to report.
  read_reply(method, max_reply_body, reply);
  if (reply.transport_failed()) {
    if (connection_.interrupted()) return fail("interrupted");
    if (send_failure) return fail(*send_failure);
    return fail(reply.transport_error);
  }
  // A request cut short by an early answer leaves the connection unusable.
  if (send_failure || !body_complete) connection_.close();
  return reply;
}

std::optional<std::string> runtime_api_client::send_chunked(body_source& source, bool& complete) {
  complete = false;
  if (chunk_buffer_.size() < max_chunk_bytes) chunk_buffer_.resize(max_chunk_bytes);
  while (std::size_t n = source.read(chunk_buffer_.data(), max_chunk_bytes)) {
    // The server may answer before the body ends (RAPID's 410 for a timed-out invoke, 413):
    // then the rest is not sent, and the answer is read.
    if (connection_.peer_spoke()) return std::nullopt;
    char header[18];
    std::size_t header_size = protocol::write_chunk_header(header, n);
    if (auto failure = connection_.send(
            {std::string_view(header, header_size), std::string_view(chunk_buffer_.data(), n), "\r\n"}))
      return failure;
  }
  if (connection_.peer_spoke()) return std::nullopt;
  std::string tail;
  protocol::append_last_chunk(tail, source.trailers());
  complete = true;
  return connection_.send({tail});
}

void runtime_api_client::read_reply(std::string_view method, std::size_t max_reply_body, api_reply& reply) {
  protocol::message_reader& reader = connection_.reader();
  protocol::read_status status = reader.read_response_head(reply_head_, method);
  protocol::http_fields trailers;
  if (status.ok()) status = reader.read_body(reply.body, max_reply_body, trailers, json::text_padding);
  if (!status.ok()) {
    reply.transport_error = status.describe();
    return;
  }
  reply.status = reply_head_.status;
  bool keep = protocol::keeps_connection(reply_head_.fields, reply_head_.minor_version, reader.framing());
  reply.headers = std::move(reply_head_.fields);
  if (!keep) connection_.close();
}

api_reply runtime_api_client::next() {
  start_fields();
  return request("GET", protocol::next_invocation_path, {}, max_event_bytes);
}

api_reply runtime_api_client::post_response(std::string_view request_id,
                                            const std::optional<std::string>& invocation_id, std::string_view body,
                                            std::string_view content_type) {
  start_fields();
  fields_.add("Content-Type", content_type);
  if (invocation_id) fields_.add(protocol::invocation_id_header, *invocation_id);
  return request("POST", invocation_path(request_id, protocol::response_path_suffix), body, max_reply_bytes);
}

api_reply runtime_api_client::post_streamed_response(std::string_view request_id,
                                                     const std::optional<std::string>& invocation_id,
                                                     std::string_view content_type, body_source& source) {
  start_fields();
  fields_.add("Content-Type", content_type);
  fields_.add(protocol::response_mode_header, protocol::streaming_response_mode);
  // Chunked (request() adds it), so that each piece leaves as soon as the handler wrote it, and
  // so that the error trailers can follow the last chunk.
  fields_.add("Trailer", protocol::streamed_response_trailers);
  if (invocation_id) fields_.add(protocol::invocation_id_header, *invocation_id);
  return request("POST", invocation_path(request_id, protocol::response_path_suffix), {}, max_reply_bytes, &source);
}

api_reply runtime_api_client::post_error(std::string_view request_id, const std::optional<std::string>& invocation_id,
                                         const function_error& error) {
  start_fields();
  fields_.add("Content-Type", protocol::error_content_type);
  fields_.add(protocol::error_type_header, bounded_type(error.type));
  if (std::string cause = xray_error_cause(error); !cause.empty())
    fields_.add(protocol::xray_error_cause_header, cause);
  if (invocation_id) fields_.add(protocol::invocation_id_header, *invocation_id);
  return request("POST", invocation_path(request_id, protocol::error_path_suffix), error_body(error), max_reply_bytes);
}

api_reply runtime_api_client::post_init_error(const function_error& error) {
  start_fields();
  fields_.add("Content-Type", protocol::error_content_type);
  fields_.add(protocol::error_type_header, bounded_type(error.type));
  return request("POST", protocol::init_error_path, error_body(error), max_reply_bytes);
}

api_reply runtime_api_client::register_extension(std::string_view name) {
  start_fields();
  fields_.add(protocol::extension_name_header, name);
  fields_.add("Content-Type", "application/json");
  // An internal extension may not subscribe to SHUTDOWN, and INVOKE events would only have to be
  // drained; with no events at all, event/next simply stays parked for the environment's life.
  return request("POST", protocol::extension_register_path, R"({"events":[]})", max_reply_bytes);
}

api_reply runtime_api_client::next_extension_event(std::string_view extension_id) {
  start_fields();
  fields_.add(protocol::extension_identifier_header, extension_id);
  return request("GET", protocol::extension_event_next_path, {}, max_reply_bytes);
}

}  // namespace lambda::detail
