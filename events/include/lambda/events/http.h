#pragma once
/// \file
/// HTTP helpers for API Gateway (REST v1, HTTP API v2, WebSocket), Application Load Balancer and
/// function URL events: read a request body as your type, build a response from a status and a
/// value — one line each.
///
///     auto order = lambda::events::body_as<Order>(request);   // json::result<Order>
///     if (!order) return lambda::events::text_response<APIGatewayV2HTTPResponse>(400, order.error().message());
///     return lambda::events::json_response<APIGatewayV2HTTPResponse>(201, receipt(*order));
///
/// `body_as` decodes a base64 body (`isBase64Encoded`, binary media types) before parsing, and its
/// errors say where in the event the problem is: `$.body.items[0].qty: expected integer, got string`.

#include <lambda/events/alb.h>
#include <lambda/events/apigateway.h>
#include <lambda/events/detail/payload.h>
#include <lambda/events/lambda_url.h>
#include <lambda/json/base.h>

#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace lambda::events {

namespace detail {
template <class R>
struct is_http_request : std::false_type {};
template <class String>
struct is_http_request<basic_APIGatewayProxyRequest<String>> : std::true_type {};
template <class String>
struct is_http_request<basic_APIGatewayV2HTTPRequest<String>> : std::true_type {};
template <class String>
struct is_http_request<basic_ALBTargetGroupRequest<String>> : std::true_type {};
template <class String>
struct is_http_request<basic_LambdaFunctionURLRequest<String>> : std::true_type {};
template <>
struct is_http_request<APIGatewayWebsocketProxyRequest> : std::true_type {};
}  // namespace detail

/// The requests `body_as` reads: REST API (v1, and HTTP API payload format 1.0), HTTP API (v2),
/// WebSocket, load balancer and function URL requests, owned or borrowed (`borrowed::…`).
template <class R>
concept http_request = detail::is_http_request<R>::value;

/// The response types `json_response`, `text_response` and `binary_response` build.
template <class R>
concept http_response = std::same_as<R, APIGatewayProxyResponse> || std::same_as<R, APIGatewayV2HTTPResponse> ||
                        std::same_as<R, ALBTargetGroupResponse> || std::same_as<R, LambdaFunctionURLResponse>;

namespace detail {

/// Reads an HTTP request body as `T`: base64-decoded first when the event says so; errors at
/// `$.body…`. An absent or empty body is an error unless `T` is a std::optional (then it is empty).
template <json::serializable T>
json::result<T> read_body(std::optional<std::string_view> body, bool base64) {
  constexpr std::string_view path = "$.body";
  json::bytes decoded;
  if (body && base64) {
    if (auto bad = json::base64_decode(*body, decoded)) {
      return json::error(json::errc::invalid_value, std::string(path), "base64 (isBase64Encoded is true)",
                         "invalid base64 at offset " + std::to_string(*bad));
    }
    body = as_text(decoded);
  }
  auto value = parse_payload<T>(body, body ? "an empty body" : "no body");
  if (!value) return within(path, value.error());
  return value;
}

/// The text after the code in an HTTP status line ("Created" for 201); empty for codes without a
/// registered reason phrase.
constexpr std::string_view reason_phrase(int status) noexcept {
  switch (status) {
    case 100:
      return "Continue";
    case 101:
      return "Switching Protocols";
    case 103:
      return "Early Hints";
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 202:
      return "Accepted";
    case 203:
      return "Non-Authoritative Information";
    case 204:
      return "No Content";
    case 205:
      return "Reset Content";
    case 206:
      return "Partial Content";
    case 207:
      return "Multi-Status";
    case 300:
      return "Multiple Choices";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 402:
      return "Payment Required";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 407:
      return "Proxy Authentication Required";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 410:
      return "Gone";
    case 411:
      return "Length Required";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 416:
      return "Range Not Satisfiable";
    case 417:
      return "Expectation Failed";
    case 421:
      return "Misdirected Request";
    case 422:
      return "Unprocessable Content";
    case 423:
      return "Locked";
    case 424:
      return "Failed Dependency";
    case 425:
      return "Too Early";
    case 426:
      return "Upgrade Required";
    case 428:
      return "Precondition Required";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 451:
      return "Unavailable For Legal Reasons";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    case 505:
      return "HTTP Version Not Supported";
    case 507:
      return "Insufficient Storage";
    case 511:
      return "Network Authentication Required";
    default:
      return {};
  }
}

/// A response of type `R` with a status, one content type and a body (base64 when `base64`).
/// A load balancer reads `headers` or `multiValueHeaders` depending on the target group's setting,
/// which the function cannot see, so an ALB response gets the content type in both, and the status
/// line's text in `statusDescription`.
template <http_response R>
R make_response(int status, std::string_view content_type, std::string body, bool base64) {
  R response;
  response.statusCode = status;
  response.headers.emplace("content-type", content_type);
  response.body = std::move(body);
  response.isBase64Encoded = base64;
  if constexpr (std::same_as<R, ALBTargetGroupResponse>) {
    response.multiValueHeaders.emplace("content-type", std::vector<std::string>{std::string(content_type)});
    std::string description = std::to_string(status);
    if (auto phrase = reason_phrase(status); !phrase.empty()) (description += ' ') += phrase;
    response.statusDescription = std::move(description);
  }
  return response;
}

}  // namespace detail

/// The body of an HTTP request event as `T`. Errors carry a path within the event:
/// `$.body.items[0].qty: expected integer, got string "2"`; `$.body: expected base64 …` when
/// `isBase64Encoded` and the body is not base64; `$.body: expected a JSON value, got no body` when
/// there is none (ask for `std::optional<T>` to accept that). `std::string_view` members of `T`
/// borrow from the calling thread's parser, as with `json::parse`.
template <json::serializable T, http_request R>
json::result<T> body_as(const R& request) {
  return detail::read_body<T>(request.body, request.isBase64Encoded);
}

/// A response with `status` and `value` as its JSON body (`content-type: application/json`):
/// `return json_response<APIGatewayV2HTTPResponse>(201, order);`. `R` is APIGatewayProxyResponse
/// (REST and WebSocket APIs), APIGatewayV2HTTPResponse, ALBTargetGroupResponse (with
/// `statusDescription` "201 Created") or LambdaFunctionURLResponse. Add headers and cookies to
/// the result as needed.
template <http_response R, json::serializable T>
R json_response(int status, const T& value) {
  return detail::make_response<R>(status, "application/json", json::to_string(value), false);
}

/// A response with `status` and `text` as its body (`content-type: text/plain; charset=utf-8`).
template <http_response R>
R text_response(int status, std::string text) {
  return detail::make_response<R>(status, "text/plain; charset=utf-8", std::move(text), false);
}

/// A response with `status` and raw bytes as its body, sent as base64 with `isBase64Encoded`.
/// (A REST API passes them on as binary only for the media types listed in its binaryMediaTypes.)
template <http_response R>
R binary_response(int status, std::span<const std::byte> data,
                  std::string_view content_type = "application/octet-stream") {
  return detail::make_response<R>(status, content_type, json::base64_encode(data), true);
}

/// The same with the bytes held in a string.
template <http_response R>
R binary_response(int status, std::string_view data, std::string_view content_type = "application/octet-stream") {
  return detail::make_response<R>(status, content_type, json::base64_encode(data), true);
}

}  // namespace lambda::events
