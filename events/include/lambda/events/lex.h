#pragma once
/// \file
/// Amazon Lex V1 and V2 events and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// Amazon Lex V1

/// The bot that sent the event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexBot {
  std::string name;
  std::string alias;
  std::string version;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How Lex resolved a slot's value.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexSlotDetail {
  /// The values the user's input may resolve to (from the slot type's synonyms), e.g.
  /// `{"value": "large"}`.
  std::vector<std::map<std::string, std::string>> resolutions;
  /// The value as the user said or typed it.
  std::optional<std::string> originalValue;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An intent as Lex recognized it: the current one, or an alternative.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexCurrentIntent {
  std::string name;
  /// How confident Lex is in this intent, from 0 to 1; absent without confidence scores.
  std::optional<double> nluIntentConfidenceScore;
  /// The intent's slots; a slot without a value yet is null.
  std::map<std::string, std::optional<std::string>> slots;
  std::optional<std::map<std::string, LexSlotDetail>> slotDetails;
  /// "None", "Confirmed" or "Denied".
  std::string confirmationStatus;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An intent recently handled in the session, as the event reports and a response may set it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexIntentSummary {
  std::optional<std::string> intentName;
  std::optional<std::string> checkpointLabel;
  std::optional<std::map<std::string, std::optional<std::string>>> slots;
  std::optional<std::string> confirmationStatus;  ///< "None", "Confirmed" or "Denied"
  /// "ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate" or "Close".
  std::string dialogActionType;
  std::optional<std::string> fulfillmentState;  ///< "Fulfilled", "Failed" or "ReadyForFulfillment"
  std::optional<std::string> slotToElicit;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The user's sentiment, when the bot analyzes it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexSentimentResponse {
  std::string sentimentLabel;  ///< "POSITIVE", "NEGATIVE", "MIXED" or "NEUTRAL"
  /// The scores of each label, as Lex formats them in one string.
  std::string sentimentScore;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How long a context stays active.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexActiveContextTimeToLive {
  std::int64_t timeToLiveInSeconds = 0;
  std::int64_t turnsToLive = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A context active in the session.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexActiveContext {
  LexActiveContextTimeToLive timeToLive;
  std::string name;
  std::map<std::string, std::string> parameters;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a Lex V1 bot's code hook (dialog or fulfillment) sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexEvent {
  LAMBDA_JSON_REQUIRED std::string messageVersion;    ///< "1.0"
  LAMBDA_JSON_REQUIRED std::string invocationSource;  ///< "DialogCodeHook" or "FulfillmentCodeHook"
  LAMBDA_JSON_REQUIRED std::string userId;
  std::string inputTranscript;
  /// "Text" or "Voice".
  std::string outputDialogMode;
  LAMBDA_JSON_REQUIRED LexBot bot;
  LAMBDA_JSON_REQUIRED LexCurrentIntent currentIntent;
  /// Other intents the input may mean, when the bot scores intents.
  std::optional<std::vector<LexCurrentIntent>> alternativeIntents;
  std::map<std::string, std::string> sessionAttributes;
  std::optional<std::map<std::string, std::string>> requestAttributes;
  std::optional<std::vector<LexIntentSummary>> recentIntentSummaryView;
  std::optional<LexSentimentResponse> sentimentResponse;
  /// The Amazon Kendra query result, for bots with a Kendra search intent, as sent.
  std::optional<json::raw_json> kendraResponse;
  std::optional<std::vector<LexActiveContext>> activeContexts;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A message for the user.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexMessage {
  std::string contentType;  ///< "PlainText", "SSML" or "CustomPayload"
  std::string content;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A button of a response card.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexButton {
  std::string text;   ///< what the button shows
  std::string value;  ///< what is sent when the user picks it

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A card of a response card.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexGenericAttachment {
  std::optional<std::string> title;
  std::optional<std::string> subTitle;
  std::optional<std::string> imageUrl;
  std::optional<std::string> attachmentLinkUrl;
  std::optional<std::vector<LexButton>> buttons;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Cards with buttons to show the user, on clients that can.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexResponseCard {
  std::int64_t version = 1;
  std::string contentType;  ///< "application/vnd.amazonaws.card.generic"
  std::vector<LexGenericAttachment> genericAttachments;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What Lex does next.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexDialogAction {
  /// "ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate" or "Close".
  std::string type;
  std::optional<std::string> fulfillmentState;  ///< "Fulfilled" or "Failed", with "Close"
  std::optional<LexMessage> message;
  std::optional<std::string> intentName;
  std::optional<std::map<std::string, std::optional<std::string>>> slots;
  std::optional<std::string> slotToElicit;
  std::optional<LexResponseCard> responseCard;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What a Lex V1 code hook returns.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexResponse {
  /// The session attributes from now on; absent leaves them as they are.
  std::optional<std::map<std::string, std::string>> sessionAttributes;
  std::optional<std::vector<LexIntentSummary>> recentIntentSummaryView;
  std::optional<std::vector<LexActiveContext>> activeContexts;
  LexDialogAction dialogAction;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

// ---------------------------------------------------------------------------------------------
// Amazon Lex V2

/// The bot that sent the event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Bot {
  std::string id;
  std::string name;
  std::string aliasId;
  std::optional<std::string> aliasName;
  std::string localeId;  ///< "en_US", …
  std::string version;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A slot's value.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2SlotValue {
  /// The value as the user said or typed it.
  std::optional<std::string> originalValue;
  /// The value Lex chose; the one a response sets.
  std::string interpretedValue;
  /// The values the input may resolve to, from the slot type.
  std::optional<std::vector<std::string>> resolvedValues;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A slot and its value(s).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Slot {
  /// "Scalar", "List" or "Composite"; absent means "Scalar".
  std::optional<std::string> shape;
  std::optional<LexV2SlotValue> value;
  /// The values of a "List" slot, each a slot.
  std::optional<std::vector<LexV2Slot>> values;
  /// The sub-slots of a "Composite" slot, by name, as sent.
  std::optional<json::raw_json> subSlots;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An intent and its slots.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Intent {
  std::string name;
  /// The intent's slots; a slot without a value yet is null.
  std::map<std::string, std::optional<LexV2Slot>> slots;
  /// "Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment" or
  /// "Waiting".
  std::optional<std::string> state;
  std::optional<std::string> confirmationState;  ///< "Confirmed", "Denied" or "None"
  /// The Amazon Kendra query result, for the built-in Kendra search intent, as sent.
  std::optional<json::raw_json> kendraResponse;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The scores of each sentiment, from 0 to 1.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2SentimentScore {
  double mixed = 0;
  double negative = 0;
  double neutral = 0;
  double positive = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The user's sentiment, when the bot analyzes it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2SentimentResponse {
  std::string sentiment;  ///< "POSITIVE", "NEGATIVE", "MIXED" or "NEUTRAL"
  LexV2SentimentScore sentimentScore;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An intent the input may mean, and how likely.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Interpretation {
  LexV2Intent intent;
  std::optional<double> nluConfidence;  ///< from 0 to 1; absent for FallbackIntent
  std::optional<LexV2SentimentResponse> sentimentResponse;
  std::optional<std::string> interpretationSource;  ///< "Lex" or "Bedrock"

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What Lex does next.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2DialogAction {
  /// "Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot" or "None".
  std::string type;
  std::optional<std::string> slotToElicit;
  /// "Default", "SpellByLetter" or "SpellByWord".
  std::optional<std::string> slotElicitationStyle;
  /// The sub-slot to elicit of a composite slot (`{"name": …, "subSlotToElicit": …}`), as sent.
  std::optional<json::raw_json> subSlotToElicit;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The prompt of the proposed next turn.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Prompt {
  std::string attempt;  ///< "Initial", "Retry1", …

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What Lex would do next if the function delegates.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2ProposedNextState {
  LexV2DialogAction dialogAction;
  LexV2Intent intent;
  std::optional<LexV2Prompt> prompt;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How long a context stays active.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2ActiveContextTimeToLive {
  std::int64_t timeToLiveInSeconds = 0;
  std::int64_t turnsToLive = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A context active in the session.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2ActiveContext {
  std::string name;
  std::map<std::string, std::string> contextAttributes;
  LexV2ActiveContextTimeToLive timeToLive;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A phrase a slot is likely to take.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2RuntimeHintValue {
  std::string phrase;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The hints of one slot.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2RuntimeHintDetails {
  std::vector<LexV2RuntimeHintValue> runtimeHintValues;
  /// Hints for a composite slot's sub-slots, as sent.
  std::optional<json::raw_json> subSlotHints;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Phrases that improve recognition of slot values.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2RuntimeHints {
  /// Hints by intent name, then by slot name.
  std::map<std::string, std::map<std::string, LexV2RuntimeHintDetails>> slotHints;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The state of the conversation: what the event reports and a response sets.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2SessionState {
  std::optional<std::vector<LexV2ActiveContext>> activeContexts;
  std::optional<std::map<std::string, std::string>> sessionAttributes;
  std::optional<LexV2RuntimeHints> runtimeHints;
  std::optional<LexV2DialogAction> dialogAction;
  std::optional<LexV2Intent> intent;
  std::optional<std::string> originatingRequestId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The context an input was transcribed in.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2ResolvedContext {
  std::string intent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A transcription of spoken input.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Transcription {
  std::string transcription;
  std::optional<std::string> rawTranscription;
  std::optional<double> transcriptionConfidence;  ///< from 0 to 1
  std::optional<LexV2ResolvedContext> resolvedContext;
  std::optional<std::map<std::string, std::optional<LexV2Slot>>> resolvedSlots;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a Lex V2 bot's code hook (dialog or fulfillment) sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Event {
  LAMBDA_JSON_REQUIRED std::string messageVersion;  ///< "1.0"
  /// "DialogCodeHook" or "FulfillmentCodeHook".
  LAMBDA_JSON_REQUIRED std::string invocationSource;
  std::string inputMode;  ///< "DTMF", "Speech" or "Text"
  /// "CustomPayload", "ImageResponseCard", "PlainText" or "SSML".
  std::string responseContentType;
  LAMBDA_JSON_REQUIRED std::string sessionId;
  std::string inputTranscript;
  std::optional<std::string> rawInputTranscript;
  /// The label of the code hook invocation, as the bot's builder set it.
  std::optional<std::string> invocationLabel;
  LAMBDA_JSON_REQUIRED LexV2Bot bot;
  std::vector<LexV2Interpretation> interpretations;
  std::optional<LexV2ProposedNextState> proposedNextState;
  std::optional<std::map<std::string, std::string>> requestAttributes;
  LAMBDA_JSON_REQUIRED LexV2SessionState sessionState;
  std::optional<std::vector<LexV2Transcription>> transcriptions;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A button of an image response card.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Button {
  std::string text;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A card with an image and buttons.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2ImageResponseCard {
  std::string title;
  std::optional<std::string> subtitle;
  std::optional<std::string> imageUrl;
  std::optional<std::vector<LexV2Button>> buttons;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A message for the user.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Message {
  /// "CustomPayload", "ImageResponseCard", "PlainText" or "SSML".
  std::string contentType;
  std::optional<std::string> content;
  std::optional<LexV2ImageResponseCard> imageResponseCard;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What a Lex V2 code hook returns.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LexV2Response {
  LexV2SessionState sessionState;
  std::optional<std::vector<LexV2Message>> messages;
  std::optional<std::map<std::string, std::string>> requestAttributes;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_LEX_TYPES(X) \
  X(LexEvent) \
  X(LexResponse) \
  X(LexV2Event) \
  X(LexV2Response)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/lex.json.h>
#endif
