#pragma once
/// \file
/// Amazon SES receipt events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// One header of the email, as received.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailHeader {
  std::string name;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The headers every email has or commonly has, decoded. Address lists hold each address as
/// written ("Name <addr@example.com>").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailCommonHeaders {
  std::vector<std::string> from;
  std::optional<std::vector<std::string>> to;
  std::optional<std::vector<std::string>> cc;
  std::optional<std::vector<std::string>> bcc;
  std::optional<std::string> sender;
  std::optional<std::vector<std::string>> replyTo;
  std::optional<std::string> returnPath;
  std::optional<std::string> messageId;
  /// The Date header as written (RFC 5322: "Fri, 11 Sep 2015 20:32:32 +0000").
  std::string date;
  std::optional<std::string> subject;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The email's envelope and headers (the body is not included; the S3 action stores it).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailMessage {
  /// When SES received the email.
  std::chrono::sys_time<std::chrono::milliseconds> timestamp;
  /// The envelope sender (MAIL FROM).
  std::string source;
  /// The SES message ID, also the S3 object name of the S3 action.
  std::string messageId;
  /// The envelope recipients (RCPT TO).
  std::vector<std::string> destination;
  /// True when the headers exceeded 10 KB and `headers` is incomplete.
  bool headersTruncated = false;
  std::vector<SimpleEmailHeader> headers;
  SimpleEmailCommonHeaders commonHeaders;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The outcome of one check: `status` "PASS", "FAIL", "GRAY" or "PROCESSING_FAILED".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailVerdict {
  std::string status;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The receipt rule action that invoked the function or ran before it. `type` says which kind;
/// only that kind's members are present.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailReceiptAction {
  /// "Lambda", "S3", "SNS", "Bounce", "WorkMail", "AddHeader" or "Stop".
  std::string type;
  /// Lambda: "Event" or "RequestResponse".
  std::optional<std::string> invocationType;
  /// Lambda.
  std::optional<std::string> functionArn;
  /// S3 (to notify of the stored email), SNS, Bounce, WorkMail, Stop.
  std::optional<std::string> topicArn;
  /// S3.
  std::optional<std::string> bucketName;
  /// S3: the key the email was stored under.
  std::optional<std::string> objectKey;
  /// S3.
  std::optional<std::string> objectKeyPrefix;
  /// SNS: "UTF-8" or "Base64".
  std::optional<std::string> encoding;
  /// Bounce.
  std::optional<std::string> smtpReplyCode;
  /// Bounce.
  std::optional<std::string> statusCode;
  /// Bounce.
  std::optional<std::string> message;
  /// Bounce.
  std::optional<std::string> sender;
  /// WorkMail.
  std::optional<std::string> organizationArn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What SES found and did on receiving the email.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailReceipt {
  /// When the receipt rule ran.
  std::chrono::sys_time<std::chrono::milliseconds> timestamp;
  std::int64_t processingTimeMillis = 0;
  /// The recipients the receipt rule matched (a subset of the envelope's).
  std::vector<std::string> recipients;
  SimpleEmailVerdict spamVerdict;
  SimpleEmailVerdict virusVerdict;
  SimpleEmailVerdict spfVerdict;
  SimpleEmailVerdict dkimVerdict;
  std::optional<SimpleEmailVerdict> dmarcVerdict;
  /// The sending domain's DMARC policy, when the DMARC check failed: "none", "quarantine" or
  /// "reject".
  std::optional<std::string> dmarcPolicy;
  SimpleEmailReceiptAction action;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The SES part of a record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailService {
  SimpleEmailMessage mail;
  SimpleEmailReceipt receipt;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One received email.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailRecord {
  std::string eventVersion;
  std::string eventSource;  ///< "aws:ses"
  LAMBDA_JSON_REQUIRED SimpleEmailService ses;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a receipt rule's Lambda action sends: one email per invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SimpleEmailEvent {
  LAMBDA_JSON_REQUIRED std::vector<SimpleEmailRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_SES_TYPES(X) \
  X(SimpleEmailEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/ses.json.h>
#endif
