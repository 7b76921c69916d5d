#pragma once
/// \file
/// Application Load Balancer target-group requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// A load balancer sends either the single-value maps (`headers`, `queryStringParameters`) or, when
/// the target group has multi-value headers enabled, only the multi-value ones; the others read
/// as empty. Header names are lower-case; query parameters are passed as the client encoded them.

#include <lambda/events/http_maps.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// The load balancer's target group.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_ELBContext {
  String targetGroupArn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using ELBContext = basic_ELBContext<std::string>;

/// Where the request came from.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_ALBTargetGroupRequestContext {
  LAMBDA_JSON_REQUIRED basic_ELBContext<String> elb;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using ALBTargetGroupRequestContext = basic_ALBTargetGroupRequestContext<std::string>;

/// An HTTP request a load balancer forwards to a Lambda target.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_ALBTargetGroupRequest {
  LAMBDA_JSON_REQUIRED String httpMethod;
  LAMBDA_JSON_REQUIRED String path;
  basic_http_parameters<String> queryStringParameters;  ///< values percent-encoded as sent
  basic_http_multi_value_parameters<String> multiValueQueryStringParameters;
  basic_http_headers<String> headers;  ///< lower-case names
  basic_http_multi_value_headers<String> multiValueHeaders;
  LAMBDA_JSON_REQUIRED basic_ALBTargetGroupRequestContext<String> requestContext;
  bool isBase64Encoded = false;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`. Empty without body.
  String body;

  /// The value of header `name` (given in any case) from whichever header map the load balancer
  /// sent (the last value when there are several); nullptr when absent.
  const String* header(std::string_view name) const {
    if (const auto* value = detail::find_value(headers, name)) return value;
    const auto* values = detail::find_value(multiValueHeaders, name);
    return values && !values->empty() ? &values->back() : nullptr;
  }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using ALBTargetGroupRequest LAMBDA_JSON = basic_ALBTargetGroupRequest<std::string>;

/// The response to a load balancer. With multi-value headers enabled on the target group, the
/// load balancer reads `multiValueHeaders` only; otherwise `headers` only.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ALBTargetGroupResponse {
  int statusCode = 200;
  std::optional<std::string> statusDescription;  ///< the status line's text, "200 OK"
  http_headers headers;
  http_multi_value_headers multiValueHeaders;
  std::string body;  ///< base64 of the raw bytes when `isBase64Encoded`
  bool isBase64Encoded = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The load balancer request with its strings borrowed from the text it was read from
/// (`std::string_view` members, no allocation per string): valid while that text and the parser
/// that read it are untouched — during the handler call, with `lambda::run`. See "Borrowed events"
/// in the README.
namespace borrowed {
using ALBTargetGroupRequest LAMBDA_JSON = basic_ALBTargetGroupRequest<std::string_view>;
}  // namespace borrowed

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_ALB_TYPES(X) \
  X(ALBTargetGroupRequest) \
  X(ALBTargetGroupResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/alb.json.h>
#endif
