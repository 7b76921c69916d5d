#pragma once
/// \file
/// Amazon CloudFront Lambda@Edge events (viewer and origin requests and responses), and the
/// request or response a function returns.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Names follow AWS's Java and .NET libraries (`CloudFrontEvent`); the Go library has no
/// Lambda@Edge types. Each event holds one record whose `cf` has the distribution's `config`, the
/// `request` and, for viewer- and origin-response events, the `response`. A request-event function
/// returns the request (changed or not) or a generated `CloudFrontResponse`; a response-event
/// function returns the response. Headers are maps from the lower-case name to a list of
/// `{key, value}` pairs, `key` keeping the name's original case.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// One header value; `key` is the header's name as the client spelled it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontHeader {
  /// Optional when a function writes headers: CloudFront then uses the map's (lower-case) name.
  std::optional<std::string> key;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Header name (lower case) → its values, in order.
using CloudFrontHeaders = std::map<std::string, std::vector<CloudFrontHeader>>;

/// The distribution and the trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontConfig {
  /// "d111111abcdef8.cloudfront.net".
  std::string distributionDomainName;
  std::string distributionId;
  /// "viewer-request", "origin-request", "origin-response" or "viewer-response".
  LAMBDA_JSON_REQUIRED std::string eventType;
  /// Identifies the request; the same as `x-edge-request-id` in CloudFront's access logs.
  std::string requestId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request body, when the trigger has "include body" set (request events only).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontRequestBody {
  /// True when Lambda@Edge cut the body to its size limit.
  bool inputTruncated = false;
  /// "read-only" (the function only reads the body) or "replace" (CloudFront uses `data`).
  std::string action;
  /// "base64" (how CloudFront always sends it) or "text".
  std::string encoding;
  /// The body, encoded as `encoding` says.
  std::string data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A custom origin (origin-request events).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontCustomOrigin {
  CloudFrontHeaders customHeaders;
  std::string domainName;
  /// Seconds to keep the origin connection alive (1–60).
  std::int32_t keepaliveTimeout = 0;
  std::string path;
  std::int32_t port = 0;
  /// "http" or "https".
  std::string protocol;
  /// Seconds to wait for the origin (4–60).
  std::int32_t readTimeout = 0;
  /// "TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3".
  std::vector<std::string> sslProtocols;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An Amazon S3 origin (origin-request events).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontS3Origin {
  /// "origin-access-identity" or "none".
  std::string authMethod;
  CloudFrontHeaders customHeaders;
  /// "my-bucket.s3.amazonaws.com".
  std::string domainName;
  std::string path;
  /// The bucket's region; needed with an origin access identity.
  std::string region;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The origin the request goes to: exactly one of the two.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontOrigin {
  std::optional<CloudFrontCustomOrigin> custom;
  std::optional<CloudFrontS3Origin> s3;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The HTTP request: what the viewer sent, or what CloudFront sends to the origin. A request-event
/// function may return it (changed) to let CloudFront go on with it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontRequest {
  /// The viewer's address (or its proxy's).
  std::string clientIp;
  CloudFrontHeaders headers;
  LAMBDA_JSON_REQUIRED std::string method;
  /// The query string without "?"; empty (but present) when there is none.
  std::string querystring;
  /// The path of the requested object, "/images/cat.jpg".
  LAMBDA_JSON_REQUIRED std::string uri;
  /// Only with "include body" on the trigger.
  std::optional<CloudFrontRequestBody> body;
  /// Only on origin-request events.
  std::optional<CloudFrontOrigin> origin;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The HTTP response: the origin's or CloudFront's in response events, or one a request-event
/// function generates (then with `body`).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontResponse {
  /// The status code as text, "200".
  std::string status;
  std::optional<std::string> statusDescription;
  CloudFrontHeaders headers;
  /// "text" or "base64"; only for a generated response.
  std::optional<std::string> bodyEncoding;
  /// Only for a generated response: the body CloudFront sends to the viewer.
  std::optional<std::string> body;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The content of a record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontEventCF {
  LAMBDA_JSON_REQUIRED CloudFrontConfig config;
  LAMBDA_JSON_REQUIRED CloudFrontRequest request;
  /// Only on origin-response and viewer-response events.
  std::optional<CloudFrontResponse> response;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One record (CloudFront sends exactly one).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontEventRecord {
  LAMBDA_JSON_REQUIRED CloudFrontEventCF cf;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a Lambda@Edge trigger sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFrontEvent {
  LAMBDA_JSON_REQUIRED std::vector<CloudFrontEventRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CLOUDFRONT_TYPES(X) \
  X(CloudFrontEvent) \
  X(CloudFrontRequest) \
  X(CloudFrontResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cloudfront.json.h>
#endif
