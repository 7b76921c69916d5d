#pragma once
/// \file
/// Amazon S3 Object Lambda events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// An Object Lambda access point invokes the function for the request a client made to it; exactly
/// one of the `…Context` members is present and says which request: GetObject, HeadObject,
/// ListObjects or ListObjectsV2.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// A GetObject request. Send the transformed object with S3's `WriteGetObjectResponse`, passing
/// `outputRoute` as RequestRoute and `outputToken` as RequestToken.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaGetObjectContext {
  /// A presigned URL that fetches the original object through the supporting access point.
  std::string inputS3Url;
  std::string outputRoute;
  std::string outputToken;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A HeadObject request.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaHeadObjectContext {
  /// A presigned URL for the original HeadObject request.
  std::string inputS3Url;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A ListObjects request.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaListObjectsContext {
  /// A presigned URL for the original ListObjects request.
  std::string inputS3Url;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A ListObjectsV2 request.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaListObjectsV2Context {
  /// A presigned URL for the original ListObjectsV2 request.
  std::string inputS3Url;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The access point's configuration.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaConfiguration {
  std::string accessPointArn;
  /// The standard access point the Object Lambda access point reads through.
  std::string supportingAccessPointArn;
  /// The function payload set on the access point, verbatim (often JSON text); absent when none is set.
  std::optional<std::string> payload;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request the client sent to the Object Lambda access point.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaUserRequest {
  std::string url;
  /// Header names as the client sent them.
  std::map<std::string, std::string> headers;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The issuer of temporary credentials (a role, for an assumed role).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaSessionIssuer {
  std::string type;
  std::string principalId;
  std::string arn;
  std::string accountId;
  std::string userName;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// About temporary credentials.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaSessionContext {
  /// "mfaAuthenticated" ("true"/"false") and "creationDate", as strings.
  std::map<std::string, std::string> attributes;
  std::optional<S3ObjectLambdaSessionIssuer> sessionIssuer;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Who made the request, as in CloudTrail's `userIdentity`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaUserIdentity {
  /// "IAMUser", "AssumedRole", "Root", "FederatedUser", "AWSAccount", "AWSService", …
  std::string type;
  std::string principalId;
  std::string arn;
  std::string accountId;
  std::string accessKeyId;
  /// The friendly name, for IAM users.
  std::optional<std::string> userName;
  /// Present when the request used temporary credentials.
  std::optional<S3ObjectLambdaSessionContext> sessionContext;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event an S3 Object Lambda access point sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectLambdaEvent {
  /// The request ID, for AWS Support.
  LAMBDA_JSON_REQUIRED std::string xAmzRequestId;
  std::optional<S3ObjectLambdaGetObjectContext> getObjectContext;
  std::optional<S3ObjectLambdaHeadObjectContext> headObjectContext;
  std::optional<S3ObjectLambdaListObjectsContext> listObjectsContext;
  std::optional<S3ObjectLambdaListObjectsV2Context> listObjectsV2Context;
  LAMBDA_JSON_REQUIRED S3ObjectLambdaConfiguration configuration;
  LAMBDA_JSON_REQUIRED S3ObjectLambdaUserRequest userRequest;
  S3ObjectLambdaUserIdentity userIdentity;
  /// The event format version, e.g. "1.00" or "1.01".
  LAMBDA_JSON_REQUIRED std::string protocolVersion;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_S3_OBJECT_LAMBDA_TYPES(X) \
  X(S3ObjectLambdaEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/s3_object_lambda.json.h>
#endif
