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
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ELBContext {
  std::string targetGroupArn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the request came from.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ALBTargetGroupRequestContext {
  LAMBDA_JSON_REQUIRED ELBContext elb;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An HTTP request a load balancer forwards to a Lambda target.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ALBTargetGroupRequest {
  LAMBDA_JSON_REQUIRED std::string httpMethod;
  LAMBDA_JSON_REQUIRED std::string path;
  http_parameters queryStringParameters;  ///< values percent-encoded as sent
  http_multi_value_parameters multiValueQueryStringParameters;
  http_headers headers;  ///< lower-case names
  http_multi_value_headers multiValueHeaders;
  LAMBDA_JSON_REQUIRED ALBTargetGroupRequestContext requestContext;
  bool isBase64Encoded = false;
  /// The body as text; base64 of the raw bytes when `isBase64Encoded`. Empty without body.
  std::string body;

  /// The value of header `name` (given in any case) from whichever header map the load balancer
  /// sent (the last value when there are several); nullptr when absent.
  const std::string* header(std::string_view name) const {
    if (const auto* value = detail::find_value(headers, name)) return value;
    const auto* values = detail::find_value(multiValueHeaders, name);
    return values && !values->empty() ? &values->back() : nullptr;
  }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

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
