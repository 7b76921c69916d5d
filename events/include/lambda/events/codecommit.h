#pragma once
/// \file
/// AWS CodeCommit repository trigger events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// A branch or tag that a push changed.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeCommitReference {
  std::string commit;           ///< the commit the reference points to after the push
  std::string ref;              ///< "refs/heads/main", "refs/tags/v1", …
  std::optional<bool> created;  ///< set (true) when the push created the reference
  std::optional<bool> deleted;  ///< set (true) when the push deleted the reference

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The repository changes of a record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeCommitCodeCommit {
  std::vector<CodeCommitReference> references;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One trigger notification: a push to the repository.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeCommitRecord {
  std::string eventId;
  std::string eventVersion;
  /// When the push happened, as CodeCommit writes it: "2018-01-26T15:58:33.475+0000" (the offset
  /// has no colon, so it is not RFC 3339 and stays text).
  std::string eventTime;
  std::string eventTriggerName;
  std::string eventTriggerConfigId;
  std::int64_t eventPartNumber = 0;  ///< this record's part, from 1, of a push split in parts
  std::int64_t eventTotalParts = 0;
  LAMBDA_JSON_REQUIRED CodeCommitCodeCommit codecommit;
  std::string eventName;        ///< "ReferenceChanges", or "TriggerEventTest" for a test
  std::string eventSourceARN;   ///< the repository's ARN
  std::string userIdentityARN;  ///< who pushed
  std::string eventSource;      ///< "aws:codecommit"
  std::string awsRegion;
  std::optional<std::string> customData;  ///< the trigger's custom data, when it has any

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a repository trigger sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeCommitEvent {
  LAMBDA_JSON_REQUIRED std::vector<CodeCommitRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CODECOMMIT_TYPES(X) \
  X(CodeCommitEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codecommit.json.h>
#endif
