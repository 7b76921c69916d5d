#pragma once
/// \file
/// Amazon Cognito Sync events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// One record of a synchronized dataset and how the sync changes it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoDatasetRecord {
  std::optional<std::string> newValue;  ///< the value after the sync
  std::optional<std::string> oldValue;  ///< the value before the sync; absent for a new record
  std::string op;                       ///< "replace" or "remove"

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a Cognito Sync dataset's sync trigger sends. The function returns the event, with
/// `datasetRecords` changed as it decides, and Cognito Sync stores what it returned.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEvent {
  LAMBDA_JSON_REQUIRED std::string datasetName;
  std::map<std::string, CognitoDatasetRecord> datasetRecords;  ///< by record key
  LAMBDA_JSON_REQUIRED std::string eventType;                  ///< "SyncTrigger"
  std::string identityId;
  LAMBDA_JSON_REQUIRED std::string identityPoolId;
  std::string region;
  LAMBDA_JSON_REQUIRED std::int64_t version = 0;  ///< the event's version, 2

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_COGNITO_TYPES(X) \
  X(CognitoEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cognito.json.h>
#endif
