#pragma once
/// \file
/// AWS Config rule events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <map>

namespace lambda::events {

/// The event an AWS Config custom rule receives: a configuration change or a periodic trigger to
/// evaluate. The function reports its evaluations with Config's PutEvaluations call, passing
/// `resultToken`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConfigEvent {
  LAMBDA_JSON_REQUIRED std::string version;  ///< "1.0"
  /// What triggered the evaluation, as JSON text: a configuration item (change-triggered rules)
  /// or a notification (periodic rules). Parse it with `lambda::json::parse`.
  LAMBDA_JSON_REQUIRED std::string invokingEvent;
  /// The rule's parameters as JSON text (an object of strings); absent when the rule has none.
  std::optional<std::string> ruleParameters;
  LAMBDA_JSON_REQUIRED std::string resultToken;  ///< to pass to PutEvaluations
  /// True when the resource left the rule's scope: its evaluation should be NOT_APPLICABLE.
  bool eventLeftScope = false;
  std::string executionRoleArn;
  std::string configRuleArn;
  LAMBDA_JSON_REQUIRED std::string configRuleName;
  std::string configRuleId;
  LAMBDA_JSON_REQUIRED std::string accountId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CONFIG_TYPES(X) \
  X(ConfigEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/config.json.h>
#endif
