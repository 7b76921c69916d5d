#pragma once
/// \file
/// AWS AppSync direct resolver and Lambda authorizer events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/result.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// Direct Lambda resolvers

/// The HTTP request the GraphQL operation came in.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncResolverRequest {
  std::map<std::string, std::string> headers;  ///< lower-case names
  /// The custom domain the request used; null for the API's own endpoint.
  std::optional<std::string> domainName;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The field being resolved and the operation around it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncResolverInfo {
  std::string fieldName;
  std::string parentTypeName;  ///< "Query", "Mutation", "Subscription" or an object type
  /// The operation's variables, as sent.
  json::raw_json variables;
  /// The fields selected under this one, by path ("items/id").
  std::vector<std::string> selectionSetList;
  /// The selection set as GraphQL text.
  std::string selectionSetGraphQL;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The result of the previous function of a pipeline resolver.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncPrevResult {
  json::raw_json result;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a direct Lambda resolver receives: one field to resolve (or, with batching, an array
/// of these). What the function returns becomes the field's value.
///
/// The user's data is kept as JSON text — parse it into your own types with `lambda::json::parse`.
/// `identity` depends on the API's authorization mode; appsync_identity() reads it as the right
/// type.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncResolverEvent {
  /// The field's GraphQL arguments.
  json::raw_json arguments;
  /// The caller: an AppSyncCognitoIdentity (Cognito user pools, OpenID Connect), an
  /// AppSyncIAMIdentity (IAM), an AppSyncLambdaIdentity (Lambda authorizer), or null (API key).
  json::raw_json identity;
  /// The parent object's resolved value, for a field of an object type; null at the top level.
  json::raw_json source;
  AppSyncResolverRequest request;
  /// The previous pipeline function's result; null outside pipelines.
  std::optional<AppSyncPrevResult> prev;
  LAMBDA_JSON_REQUIRED AppSyncResolverInfo info;
  /// The pipeline's stash, a JSON object shared by its functions.
  json::raw_json stash;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller of an API that authorizes with Cognito user pools or OpenID Connect.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncCognitoIdentity {
  std::string sub;     ///< the user's subject
  std::string issuer;  ///< the token's issuer
  /// The user's name (Cognito user pools); absent with OpenID Connect.
  std::optional<std::string> username;
  /// The token's claims, each any JSON value ("auth_time" is a number, "cognito:groups" an array).
  std::map<std::string, json::raw_json> claims;
  /// The client's address, then those of the proxies it came through.
  std::optional<std::vector<std::string>> sourceIp;
  /// "ALLOW" or "DENY": what the API does with users in no listed group.
  std::optional<std::string> defaultAuthStrategy;
  /// The user's Cognito groups; null when the user has none.
  std::optional<std::vector<std::string>> groups;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller of an API that authorizes with IAM (SigV4-signed requests).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncIAMIdentity {
  std::string accountId;
  /// The Cognito identity pool and identity, for callers with Cognito identity credentials.
  std::optional<std::string> cognitoIdentityPoolId;
  std::optional<std::string> cognitoIdentityId;
  /// "authenticated" or "unauthenticated".
  std::optional<std::string> cognitoIdentityAuthType;
  /// The identity provider(s) of the Cognito identity, as Cognito writes them.
  std::optional<std::string> cognitoIdentityAuthProvider;
  std::vector<std::string> sourceIp;
  std::string username;  ///< the IAM user or role session
  std::string userArn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The caller of an API that authorizes with a Lambda authorizer: what the authorizer returned.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncLambdaIdentity {
  /// The authorizer's `resolverContext`.
  std::map<std::string, std::string> resolverContext;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// Lambda authorizers

/// The GraphQL request being authorized.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncLambdaAuthorizerRequestContext {
  std::string apiId;
  std::string accountId;
  std::string requestId;
  std::string queryString;  ///< the GraphQL document
  /// The operation to run, when the request names one.
  std::optional<std::string> operationName;
  /// The operation's variables, as sent.
  json::raw_json variables;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event an AppSync Lambda authorizer receives.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncLambdaAuthorizerRequest {
  /// The request's Authorization header.
  LAMBDA_JSON_REQUIRED std::string authorizationToken;
  LAMBDA_JSON_REQUIRED AppSyncLambdaAuthorizerRequestContext requestContext;
  /// The request's headers, lower-case names.
  std::map<std::string, std::string> requestHeaders;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What an AppSync Lambda authorizer returns.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AppSyncLambdaAuthorizerResponse {
  bool isAuthorized = false;
  /// Passed to resolvers as the identity's `resolverContext` (AppSyncLambdaIdentity).
  std::optional<std::map<std::string, std::string>> resolverContext;
  /// Fields to resolve to null (with an error) for this caller: ARNs
  /// ("arn:aws:appsync:…:apis/ID/types/Event/fields/comments") or "Type.field".
  std::optional<std::vector<std::string>> deniedFields;
  /// How long, in seconds, AppSync may cache this answer; 0 disables caching.
  std::optional<std::int64_t> ttlOverride;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An AppSyncResolverEvent's caller, read as the type its shape calls for.
using AppSyncIdentity = std::variant<std::monostate, AppSyncCognitoIdentity, AppSyncIAMIdentity, AppSyncLambdaIdentity>;

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_APPSYNC_TYPES(X) \
  X(AppSyncResolverEvent) \
  X(AppSyncCognitoIdentity) \
  X(AppSyncIAMIdentity) \
  X(AppSyncLambdaAuthorizerRequest) \
  X(AppSyncLambdaAuthorizerResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/appsync.json.h>

namespace lambda::events {

/// Reads `event.identity` as the type its keys call for: AppSyncIAMIdentity when it has
/// "userArn", AppSyncLambdaIdentity when it has "resolverContext", AppSyncCognitoIdentity when it
/// has "sub" or "issuer" (Cognito user pools and OpenID Connect), std::monostate when it is null
/// (API key). An error when it is none of these, or does not fit the type.
///
///     auto identity = lambda::events::appsync_identity(event);
///     if (!identity) return error(identity.error().message());
///     if (auto* user = std::get_if<lambda::events::AppSyncCognitoIdentity>(&*identity)) …
json::result<AppSyncIdentity> appsync_identity(const AppSyncResolverEvent& event);

}  // namespace lambda::events
#endif
