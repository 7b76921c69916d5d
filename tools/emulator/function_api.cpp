#include "function_api.h"

#include "replies.h"

#include <lambda/json/base64.h>
#include <lambda/protocol/runtime_api.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string_view>
#include <utility>

namespace lambda::emulator {
namespace {

namespace api = lambda::protocol;

// The error document a POST to /error or /init/error stands for: its body, or, when that is empty,
// one built from the error-type header, as Lambda does.
std::string posted_error_document(const http_request& request) {
  if (!request.body.empty()) return request.body;
  return error_json(request.headers.find(api::error_type_header).value_or(api::unknown_error_type), "");
}

// `/2018-06-01/runtime/invocation/{id}{action}`, split (`action` is api::response_path_suffix or
// api::error_path_suffix, or something else); nullopt for any other path.
struct invocation_path {
  std::string_view id;
  std::string_view action;
};

std::optional<invocation_path> parse_invocation_path(std::string_view path) {
  if (!path.starts_with(api::invocation_path_prefix)) return std::nullopt;
  std::string_view rest = path.substr(api::invocation_path_prefix.size());
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  return invocation_path{rest.substr(0, slash), rest.substr(slash)};
}

// A function's error in the trailers of a chunked /response: how Lambda's streaming protocol, and
// Go's runtime for every response, report a failure that happened after the body started.
struct trailer_error {
  std::string type;
  std::string document;  // the error JSON
};

std::optional<trailer_error> find_trailer_error(const http_fields& trailers) {
  auto type = trailers.find(api::error_type_header).value_or("");
  auto body = trailers.find(api::error_body_trailer).value_or("");
  if (type.empty() && body.empty()) return std::nullopt;  // declared but not sent: success
  trailer_error error{std::string(type.empty() ? api::unknown_error_type : type), {}};
  // As Lambda does, the type alone makes the document when the body is missing or unreadable.
  auto decoded = lambda::json::base64_decode_to_string(body);
  error.document = decoded && !decoded->empty() ? std::move(*decoded) : error_json(error.type, "");
  return error;
}

// The function's response body piece by piece, whether the server left it on the wire (chunked)
// or read it already (Content-Length, where it is one piece).
class response_body {
 public:
  explicit response_body(const http_request& request) : request_(request) {}

  /// The next piece, empty at the end (`trailers` then hold the trailer fields).
  read_status next(std::string& piece, http_fields& trailers, std::string& error) {
    if (request_.body_reader) return request_.body_reader->read_chunk(piece, trailers, error);
    piece = std::exchange(taken_, true) ? std::string() : request_.body;
    if (piece.empty()) trailers = request_.trailers;
    return read_status::ok;
  }

 private:
  const http_request& request_;
  bool taken_ = false;
};

// Why a body stopped short, for the Runtime.TruncatedResponse message.
std::string broken_body_reason(read_status status, const std::string& error) {
  switch (status) {
    case read_status::closed:
      return "the function closed the connection";
    case read_status::too_large:
      return "its trailer fields exceed the size limit";
    default:
      return "malformed chunked body: " + error;
  }
}

http_response accepted_reply() { return json_reply(202, "{\"status\":\"OK\"}"); }

// What a request from a process that has ended gets: nothing of its successor's.
http_response ended_process_reply() {
  http_response r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
  r.close = true;
  return r;
}

// Tells a function that its answer is no longer wanted, and drops its connection rather than read
// the rest of a body nobody will see.
http_response abandoned_reply(const invocation& inv, abandon_reason why) {
  http_response r;
  switch (why) {
    case abandon_reason::deadline:
      r = json_reply(410, error_json("InvokeTimeout", "the invocation " + inv.request_id + " has already timed out"));
      break;
    case abandon_reason::invoker_gone:
      // A 4xx, like a timeout: the invocation is over but the environment is fine, and in
      // managed-instances mode the function's other invocations carry on.
      r = json_reply(410, error_json("InvokeCancelled", "the invoker of " + inv.request_id + " is gone"));
      break;
    case abandon_reason::shutting_down:
      r = json_reply(500, error_json("Runtime.Shutdown", "the environment is shutting down"));
      break;
  }
  r.close = true;
  return r;
}

// The function's answer broke off: what arrived stands (for a stream, it was delivered already),
// and the invocation fails with the reason.
http_response truncated(invocation_queue& queue, invocation& inv, std::size_t received, const std::string& reason) {
  auto abandoned = queue.settle(inv, [&](invocation& i) {
    fail(i, "Runtime.TruncatedResponse",
         fmt::format("RequestId: {} Error: the function's response ended after {} bytes: {}", i.request_id, received,
                     reason));
  });
  if (abandoned) return abandoned_reply(inv, *abandoned);
  http_response r = json_reply(400, error_json("TruncatedHTTPRequest", reason));
  r.close = true;
  return r;
}

}  // namespace

function_api::function_api(invocation_queue& queue, std::string function_name, std::string region)
    : queue_(queue), function_name_(std::move(function_name)), region_(std::move(region)) {}

function_api::~function_api() { close(); }

std::uint16_t function_api::listen_for(unsigned generation) {
  std::unique_ptr<http_server> previous;
  std::uint16_t port = 0;
  {
    std::lock_guard lock(listener_mutex_);
    previous = std::move(listener_);
    try {
      listener_ = std::make_unique<http_server>(
          0, [this, generation](const http_request& r) { return handle(r, generation); }, streams_request_body);
      port = listener_->port();
    } catch (const std::exception& e) {
      // The function then cannot connect and exits, which the invoke reports.
      std::fprintf(stderr, "lambda-emulator: no Runtime API for the function: %s\n", e.what());
    }
  }
  // The previous process has ended and its requests have been let go (process_exited), so this
  // returns once its connections are closed.
  previous.reset();
  return port;
}

void function_api::close() {
  std::unique_ptr<http_server> listener;
  {
    std::lock_guard lock(listener_mutex_);
    listener = std::move(listener_);
  }
}

bool function_api::streams_request_body(const http_request& head) {
  auto invocation = parse_invocation_path(head.path());
  return head.method == "POST" && invocation && invocation->action == api::response_path_suffix;
}

http_response function_api::handle(const http_request& request, unsigned generation) {
  std::string_view path = request.path();
  if (path.starts_with(api::runtime_api_prefix)) {
    if (path == api::next_invocation_path && request.method == "GET") return next(generation);
    if (path == api::init_error_path && request.method == "POST") return init_error(request, generation);
    if (auto invocation = parse_invocation_path(path); invocation && request.method == "POST") {
      if (invocation->action == api::response_path_suffix) return answer(request, invocation->id, false);
      if (invocation->action == api::error_path_suffix) return answer(request, invocation->id, true);
    }
    return json_reply(404, error_json("NotFound", "no such Runtime API endpoint: " + std::string(path)));
  }
  if (path.starts_with(api::extensions_api_prefix)) {
    if (path == api::extension_register_path && request.method == "POST")
      return register_extension(request, generation);
    if (path == api::extension_event_next_path && request.method == "GET")
      return next_extension_event(request, generation);
    return json_reply(404, error_json("NotFound",
                                      "the emulator implements only extension/register and "
                                      "extension/event/next, not " +
                                          std::string(path)));
  }
  return json_reply(404, error_json("NotFound", "no such path on the Runtime API: " + std::string(path)));
}

http_response function_api::next(unsigned generation) {
  auto taken = queue_.take_next(generation);
  if (auto* refused = std::get_if<invocation_queue::refusal>(&taken)) {
    if (*refused == invocation_queue::refusal::ended) return ended_process_reply();
    return json_reply(403, error_json("InvalidStateTransition",
                                      queue_.max_in_flight() == 1
                                          ? "GET /next before the current invocation was answered"
                                          : "GET /next with AWS_LAMBDA_MAX_CONCURRENCY invocations unanswered"));
  }
  // Read without the lock: the fields written before it was handed out do not change.
  const invocation& inv = *std::get<std::shared_ptr<invocation>>(taken);
  http_response r;
  r.headers.set("content-type", inv.request.content_type);
  r.headers.set(api::request_id_header, inv.request_id);
  r.headers.set(
      api::deadline_header,
      std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(inv.deadline.time_since_epoch()).count()));
  r.headers.set(api::function_arn_header,
                fmt::format("arn:aws:lambda:{}:012345678912:function:{}", region_, function_name_));
  r.headers.set(api::trace_id_header, inv.trace_id);
  r.headers.set(api::invocation_id_header, inv.invocation_id);
  if (inv.request.tenant_id) r.headers.set(api::tenant_id_header, *inv.request.tenant_id);
  if (inv.request.client_context) r.headers.set(api::client_context_header, *inv.request.client_context);
  r.body = inv.request.payload;
  return r;
}

http_response function_api::answer(const http_request& request, std::string_view request_id, bool is_error) {
  std::string id(request_id);
  auto claimed = queue_.claim(id, request.headers.find(api::invocation_id_header));
  if (auto* refused = std::get_if<invocation_queue::claim_refusal>(&claimed)) {
    switch (*refused) {
      case invocation_queue::claim_refusal::timed_out:
        return json_reply(410, error_json("InvokeTimeout", "the invocation " + id + " has already timed out"));
      case invocation_queue::claim_refusal::answered:
        return json_reply(403, error_json("InvalidStateTransition", "the invocation " + id + " was already answered"));
      case invocation_queue::claim_refusal::unknown_id:
        return json_reply(400, error_json("InvalidRequestID", "no invocation " + id + " is in progress"));
      case invocation_queue::claim_refusal::wrong_invocation_id:
        return json_reply(
            400, error_json("InvalidInvocationID",
                            fmt::format("{} does not match the invocation in progress", api::invocation_id_header)));
    }
  }
  // Kept alive by the shared_ptr while the body is read.
  std::shared_ptr<invocation> inv = std::get<std::shared_ptr<invocation>>(claimed);
  if (is_error) {
    std::string content_type = request.body.empty()
                                   ? std::string("application/json")
                                   : std::string(request.headers.find("content-type").value_or("application/json"));
    std::string document = posted_error_document(request);
    auto abandoned = queue_.settle(*inv, [&](invocation& i) {
      i.result.function_error = true;
      i.result.content_type = std::move(content_type);
      i.result.body = std::move(document);
      i.done = true;
    });
    if (abandoned) return abandoned_reply(*inv, *abandoned);
    return accepted_reply();
  }
  std::string_view mode = request.headers.find(api::response_mode_header).value_or("");
  if (mode == api::streaming_response_mode) {
    // RAPID's default when the function names no type.
    std::string content_type(request.headers.find("content-type").value_or("application/octet-stream"));
    // The invoker begins its side of the stream now, before the first byte.
    queue_.settle(*inv, [&](invocation& i) {
      i.result.streamed = true;
      i.result.content_type = std::move(content_type);
    });
    return streamed_answer(request, *inv);
  }
  if (!mode.empty() && mode != "buffered") {
    // AWS's classic RIE leaves the invoker hanging here until the deadline; Lambda fails it.
    queue_.settle(*inv, [&](invocation& i) {
      fail(i, "Runtime.InvalidResponseModeHeader",
           fmt::format("RequestId: {} Error: the function sent {}: {}", i.request_id, api::response_mode_header, mode));
    });
    return json_reply(400, error_json("InvalidFunctionResponseMode",
                                      fmt::format("{}: expected '{}', 'buffered' or none, got '{}'",
                                                  api::response_mode_header, api::streaming_response_mode, mode)));
  }
  return buffered_answer(request, *inv);
}

namespace {

// Reads an answer's body piece by piece, handing each to `on_piece(piece, bytes so far)`, which
// may end the answer early by returning the reply to send. A body that breaks off ends the
// invocation as truncated. Nothing is returned when the body ended normally (`trailers` then hold
// its trailer fields).
template <class OnPiece>
std::optional<http_response> read_answer(const http_request& request, invocation_queue& queue, invocation& inv,
                                         http_fields& trailers, OnPiece&& on_piece) {
  response_body body(request);
  std::string piece, error;
  std::size_t size = 0;
  while (true) {
    read_status status = body.next(piece, trailers, error);
    if (status != read_status::ok) return truncated(queue, inv, size, broken_body_reason(status, error));
    if (piece.empty()) return std::nullopt;
    size += piece.size();
    if (auto reply = on_piece(std::move(piece), size)) return reply;
  }
}

}  // namespace

// A buffered answer: the whole body, within RAPID's payload limit. Go's runtime sends every answer
// this way, chunked, with a failure in the trailers.
http_response function_api::buffered_answer(const http_request& request, invocation& inv) {
  std::string payload;
  http_fields trailers;
  std::size_t size = 0;
  auto keep = [&](std::string&& piece, std::size_t so_far) -> std::optional<http_response> {
    size = so_far;
    // Past the limit the rest is only counted, so that the message can say how large it was.
    if (size <= api::max_payload_bytes) payload += piece;
    return std::nullopt;
  };
  if (auto reply = read_answer(request, queue_, inv, trailers, keep)) return std::move(*reply);
  bool too_large = size > api::max_payload_bytes;
  std::string content_type(request.headers.find("content-type").value_or("application/json"));
  auto abandoned = queue_.settle(inv, [&](invocation& i) {
    if (too_large) {
      fail(i, std::string(api::response_too_large_error_type),
           fmt::format("Response payload size ({} bytes) exceeded maximum allowed payload size ({} bytes).", size,
                       api::max_payload_bytes));
    } else if (auto failure = find_trailer_error(trailers)) {
      end_with_error(i, std::move(failure->type), std::move(failure->document));
    } else {
      i.result.content_type = std::move(content_type);
      i.result.body = std::move(payload);
      i.done = true;
    }
  });
  if (abandoned) return abandoned_reply(inv, *abandoned);
  if (too_large) return json_reply(413, error_json("RequestEntityTooLarge", "the response is larger than the limit"));
  return accepted_reply();
}

// A streamed answer: each piece goes to the invoker as it arrives, through the queue's bounded
// room, so that a slow invoker holds the function back rather than letting the emulator buffer it all.
http_response function_api::streamed_answer(const http_request& request, invocation& inv) {
  http_fields trailers;
  auto relay = [&](std::string&& piece, std::size_t size) -> std::optional<http_response> {
    if (size > api::max_streamed_response_bytes) {
      // As in Lambda, the invoker gets the stream up to the limit, and the error after it.
      piece.resize(piece.size() - std::min(piece.size(), size - api::max_streamed_response_bytes));
      if (!piece.empty())
        if (auto refused = queue_.push_piece(inv, std::move(piece))) return abandoned_reply(inv, *refused);
      auto abandoned = queue_.settle(inv, [&](invocation& i) {
        fail(i, std::string(api::response_too_large_error_type),
             fmt::format("RequestId: {} Error: the response stream exceeded the maximum of {} bytes", i.request_id,
                         api::max_streamed_response_bytes));
      });
      if (abandoned) return abandoned_reply(inv, *abandoned);
      http_response r = json_reply(413, error_json("RequestEntityTooLarge", "the response is larger than the limit"));
      r.close = true;
      return r;
    }
    if (auto refused = queue_.push_piece(inv, std::move(piece))) return abandoned_reply(inv, *refused);
    return std::nullopt;
  };
  if (auto reply = read_answer(request, queue_, inv, trailers, relay)) return std::move(*reply);
  auto abandoned = queue_.settle(inv, [&](invocation& i) {
    if (auto failure = find_trailer_error(trailers))
      end_with_error(i, std::move(failure->type), std::move(failure->document));
    else
      i.done = true;
  });
  if (abandoned) return abandoned_reply(inv, *abandoned);
  return accepted_reply();
}

http_response function_api::init_error(const http_request& request, unsigned generation) {
  if (!queue_.init_failed(generation, posted_error_document(request))) return ended_process_reply();
  return accepted_reply();
}

// Extensions, minimally: enough for a runtime's internal extension, whose only purpose is to make
// the environment send SIGTERM. No events are delivered; event/next waits for the process to end.
http_response function_api::register_extension(const http_request& request, unsigned generation) {
  auto name = request.headers.find(api::extension_name_header);
  if (!name || name->empty())
    return json_reply(
        403, error_json("Extension.InvalidExtensionName", fmt::format("{} is missing", api::extension_name_header)));
  if (request.body.find("\"SHUTDOWN\"") != std::string::npos || request.body.find("\"INVOKE\"") != std::string::npos)
    return json_reply(403, error_json("Extension.InvalidEventType",
                                      "the emulator runs no external extensions and delivers no events; register "
                                      "with \"events\":[]"));
  auto id = queue_.register_extension(generation);
  if (!id) return ended_process_reply();
  http_response r = json_reply(200, fmt::format(R"({{"functionName":{},"functionVersion":"$LATEST","handler":{}}})",
                                                json_string(function_name_), json_string(function_name_)));
  r.headers.set(api::extension_identifier_header, *id);
  return r;
}

http_response function_api::next_extension_event(const http_request& request, unsigned generation) {
  std::string id(request.headers.find(api::extension_identifier_header).value_or(""));
  if (queue_.await_extension_event(generation, id) == invocation_queue::extension_wait::unknown_extension)
    return json_reply(403,
                      error_json("Extension.UnknownExtensionIdentifier", "no extension registered as '" + id + "'"));
  return ended_process_reply();
}

}  // namespace lambda::emulator
