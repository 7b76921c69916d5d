#pragma once
/// \file
/// AWS Secrets Manager rotation events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <map>

namespace lambda::events {

/// The event a secret's rotation function receives, once for each step of a rotation. The function
/// returns nothing; a failure (an error) stops the rotation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SecretsManagerSecretRotationEvent {
  /// "createSecret", "setSecret", "testSecret" or "finishSecret".
  LAMBDA_JSON_REQUIRED std::string Step;
  LAMBDA_JSON_REQUIRED std::string SecretId;  ///< the secret's ARN
  /// The version id of the secret's new version, the one carrying the AWSPENDING label.
  LAMBDA_JSON_REQUIRED std::string ClientRequestToken;
  /// Identifies the source of this rotation: pass it as `RotationToken` to PutSecretValue. It
  /// matters for cross-account rotation, where Secrets Manager validates the caller with it.
  std::optional<std::string> RotationToken;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_SECRETSMANAGER_TYPES(X) \
  X(SecretsManagerSecretRotationEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/secretsmanager.json.h>
#endif
