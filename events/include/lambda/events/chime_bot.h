#pragma once
/// \file
/// Amazon Chime chat bot events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// The bot answers by posting to `InboundHttpsEndpoint.Url`; what the function returns is ignored.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// Who sent the event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ChimeBotEventSender {
  /// "user@example.com".
  std::string SenderId;
  /// "EmailId".
  std::string SenderIdType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The chat room or conversation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ChimeBotEventDiscussion {
  std::string DiscussionId;
  /// "Room" or "Conversation".
  std::string DiscussionType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the bot posts its answer.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ChimeBotEventInboundHTTPSEndpoint {
  /// "Persistent" (Invite events) or "ShortLived" (Mention events).
  std::string EndpointType;
  std::string Url;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An event Amazon Chime sends to a chat bot's Lambda endpoint.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ChimeBotEvent {
  LAMBDA_JSON_REQUIRED ChimeBotEventSender Sender;
  LAMBDA_JSON_REQUIRED ChimeBotEventDiscussion Discussion;
  /// "Invite", "Mention" or "Remove".
  LAMBDA_JSON_REQUIRED std::string EventType;
  /// Absent on Remove events.
  std::optional<ChimeBotEventInboundHTTPSEndpoint> InboundHttpsEndpoint;
  std::chrono::sys_time<std::chrono::milliseconds> EventTimestamp;
  /// The message that mentioned the bot (Mention events).
  std::optional<std::string> Message;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CHIME_BOT_TYPES(X) \
  X(ChimeBotEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/chime_bot.json.h>
#endif
