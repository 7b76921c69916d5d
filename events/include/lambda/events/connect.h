#pragma once
/// \file
/// Amazon Connect contact-flow events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// An endpoint of a contact: a phone number, or another kind of address.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConnectEndpoint {
  std::string Address;  ///< "+12065550100"
  std::string Type;     ///< "TELEPHONE_NUMBER", …

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The queue the contact is in.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConnectQueue {
  std::string Name;
  std::string ARN;
  std::optional<ConnectEndpoint> OutboundCallerId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The contact the flow is handling.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConnectContactData {
  /// The contact's attributes, set by earlier flow blocks.
  std::map<std::string, std::string> Attributes;
  std::string Channel;  ///< "VOICE", "CHAT", "TASK", "EMAIL"
  std::string ContactId;
  std::string InitialContactId;
  std::optional<std::string> PreviousContactId;
  std::optional<std::string> RelatedContactId;
  /// "INBOUND", "OUTBOUND", "TRANSFER", "CALLBACK", "API", …
  std::string InitiationMethod;
  std::string InstanceARN;
  std::optional<std::string> AwsRegion;
  std::optional<ConnectEndpoint> CustomerEndpoint;
  std::optional<ConnectEndpoint> SystemEndpoint;
  std::optional<ConnectQueue> Queue;  ///< absent or null before the contact is queued
  std::optional<std::string> CustomerId;
  std::optional<std::string> Description;
  std::optional<std::string> LanguageCode;
  std::optional<std::string> Name;
  /// The contact's media streams (Kinesis Video audio streams), as sent.
  std::optional<json::raw_json> MediaStreams;
  /// Links and files attached to the contact (tasks), by name, as sent.
  std::optional<json::raw_json> References;
  /// Segment attributes ("connect:Subtype", …), as sent.
  std::optional<json::raw_json> SegmentAttributes;
  std::optional<std::map<std::string, std::string>> Tags;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the flow passes: the contact and the parameters set on the "Invoke AWS Lambda function"
/// block.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConnectDetails {
  ConnectContactData ContactData;
  std::map<std::string, std::string> Parameters;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a contact flow's "Invoke AWS Lambda function" block sends. The function returns a
/// flat object of strings (a `std::map<std::string, std::string>`), which the flow reads as
/// external attributes.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ConnectEvent {
  LAMBDA_JSON_REQUIRED ConnectDetails Details;
  LAMBDA_JSON_REQUIRED std::string Name;  ///< "ContactFlowEvent"

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CONNECT_TYPES(X) \
  X(ConnectEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/connect.json.h>
#endif
