#pragma once
/// \file
/// Typed batch bodies: the records of SQS, SNS, Kinesis and Kafka events with their payload read
/// as your type (like Rust's `SqsEventObj<T>`), and partial batch responses built from the
/// records that failed.
///
///     lambda::events::SQSEventResponse response;
///     for (auto& m : lambda::events::typed_records<Order>(event)) {
///       if (!m.body) { log(m.body.error().message()); lambda::events::add_failure(response, m); continue; }
///       ship(*m.body);   // m.record is the SQSMessage
///     }
///     return response;
///
/// or, with the failures decided for you (parse error, exception, or `false` from the function):
///
///     return lambda::events::process_batch<Order>(event, [](Order& order) { ship(order); }).response;
///
/// The payload is SQS `body`, SNS `Message`, Kinesis `data` and Kafka `value` (both already
/// decoded from base64 by the event's codec). A payload that does not read as `T` gives an error
/// whose path says where in the event it is: `$.Records[3].body.customer.id: expected string, got
/// number`.

#include <lambda/events/detail/payload.h>
#include <lambda/events/dynamodb.h>
#include <lambda/events/kafka.h>
#include <lambda/events/kinesis.h>
#include <lambda/events/sns.h>
#include <lambda/events/sqs.h>
#include <lambda/json/base.h>

#include <cstddef>
#include <exception>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace lambda::events {

/// A record of a batch and its payload read as `T`.
template <class T, class Record>
struct typed_record {
  /// The record as delivered (messageId, attributes, partition key, …).
  const Record& record;
  /// The payload as `T`, or the error with its path in the event.
  json::result<T> body;
};

namespace detail {

/// Where a record sits in its event: its index in `Records`, or for Kafka its topic-partition key
/// and its index in that key's list.
template <class Record>
struct record_position {
  const Record* record;
  std::string_view group;  // Kafka's "topic-partition"; empty elsewhere
  std::size_t index;
};

/// What differs between sources: where the payload is, its path for errors and, for sources with
/// a partial batch response, the identifier that response takes and the response type.
template <class Record>
struct record_traits;

inline std::string records_path(std::size_t index, std::string_view member) {
  std::string path = "$.Records[" + std::to_string(index) + "].";
  path += member;
  return path;
}

/// SQS messages, owned (SQSMessage) or borrowed (borrowed::SQSMessage).
template <class String>
struct record_traits<basic_SQSMessage<String>> {
  using response = SQSEventResponse;
  using message = basic_SQSMessage<String>;
  static std::optional<std::string_view> payload(const message& m) { return std::string_view(m.body); }
  static std::string path(const record_position<message>& p) { return records_path(p.index, "body"); }
  static std::string_view identifier(const message& m) { return m.messageId; }
  /// FIFO queues (their names end in ".fifo") must keep messages in order: after a failure the
  /// rest of the batch goes back to the queue unprocessed.
  static bool ordered(const message& m) { return std::string_view(m.eventSourceARN).ends_with(".fifo"); }
};

template <>
struct record_traits<SNSEventRecord> {
  static std::optional<std::string_view> payload(const SNSEventRecord& r) { return r.Sns.Message; }
  static std::string path(const record_position<SNSEventRecord>& p) { return records_path(p.index, "Sns.Message"); }
};

template <>
struct record_traits<KinesisEventRecord> {
  using response = KinesisEventResponse;
  static std::optional<std::string_view> payload(const KinesisEventRecord& r) { return as_text(r.kinesis.data); }
  static std::string path(const record_position<KinesisEventRecord>& p) {
    return records_path(p.index, "kinesis.data");
  }
  static std::string_view identifier(const KinesisEventRecord& r) { return r.kinesis.sequenceNumber; }
  /// A batch comes from one shard, and Lambda resumes the shard from the lowest failed sequence
  /// number: records after a failure come again anyway, so processing them now would repeat them.
  static bool ordered(const KinesisEventRecord&) { return true; }
};

template <>
struct record_traits<KafkaRecord> {
  static std::optional<std::string_view> payload(const KafkaRecord& r) {
    if (!r.value) return std::nullopt;
    return as_text(*r.value);
  }
  static std::string path(const record_position<KafkaRecord>& p) {
    // Keys are "topic-partition"; always quoted, since topic names may hold dots.
    std::string path = "$.records[\"";
    for (char c : p.group) {
      if (c == '"' || c == '\\') path += '\\';
      path += c;
    }
    path += "\"][" + std::to_string(p.index) + "].value";
    return path;
  }
};

/// What a record without payload is called in errors.
template <class Record>
constexpr std::string_view no_payload = "an empty payload";
template <>
inline constexpr std::string_view no_payload<KafkaRecord> = "no value (a tombstone)";

template <class Record>
concept has_batch_response = requires { typename record_traits<Record>::response; };

}  // namespace detail

/// The records of a batch, each read as `T` when the loop reaches it (so a `std::string_view`
/// member of `T` stays valid until the next record is read). Returned by `typed_records`.
template <class T, class Record>
class typed_batch {
 public:
  using record_type = Record;
  using value_type = typed_record<T, Record>;

  explicit typed_batch(std::vector<detail::record_position<Record>> positions) : positions_(std::move(positions)) {}

  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = typed_record<T, Record>;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    iterator(const typed_batch* batch, std::size_t index) : batch_(batch), index_(index) {}

    /// The record read now; the reference stays valid until a record at another index is read.
    value_type& operator*() const { return batch_->current(index_); }
    value_type* operator->() const { return &**this; }
    iterator& operator++() {
      ++index_;
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(const iterator& other) const { return index_ == other.index_; }

   private:
    const typed_batch* batch_ = nullptr;
    std::size_t index_ = 0;
  };

  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, positions_.size()}; }
  std::size_t size() const { return positions_.size(); }
  bool empty() const { return positions_.empty(); }

  /// Record `i`, in the order of the event (Kafka's by topic-partition key, then offset).
  const Record& record(std::size_t i) const { return *positions_[i].record; }

  /// Record `i` with its payload read now.
  value_type read(std::size_t i) const {
    using traits = detail::record_traits<Record>;
    const auto& position = positions_[i];
    auto body = detail::parse_payload<T>(traits::payload(*position.record), detail::no_payload<Record>);
    if (!body) return {*position.record, detail::within(traits::path(position), body.error())};
    return {*position.record, std::move(body)};
  }

 private:
  // The record the iterators stand on, read once however often it is dereferenced. It lives here
  // rather than in the iterator so that iterators stay cheap to copy and assign (a typed_record
  // holds a reference), which the standard range concepts ask for.
  value_type& current(std::size_t i) const {
    if (!current_ || current_index_ != i) {
      current_.emplace(read(i));
      current_index_ = i;
    }
    return *current_;
  }

  std::vector<detail::record_position<Record>> positions_;
  mutable std::optional<value_type> current_;
  mutable std::size_t current_index_ = 0;
};

namespace detail {
template <class T, class Record>
typed_batch<T, Record> over_records(const std::vector<Record>& records) {
  std::vector<record_position<Record>> positions;
  positions.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) positions.push_back({&records[i], {}, i});
  return typed_batch<T, Record>(std::move(positions));
}
}  // namespace detail

/// The messages of an SQS event (owned or borrowed) with `body` read as `T`. Report failures with
/// `add_failure`.
template <json::serializable T, class String>
typed_batch<T, basic_SQSMessage<String>> typed_records(const basic_SQSEvent<String>& event) {
  return detail::over_records<T>(event.Records);
}

/// The notifications of an SNS event with `Sns.Message` read as `T`. SNS has no partial batch
/// response (an invocation carries one notification): to have a notification retried, fail the
/// invocation (throw, or return an error outcome).
template <json::serializable T>
typed_batch<T, SNSEventRecord> typed_records(const SNSEvent& event) {
  return detail::over_records<T>(event.Records);
}

/// The records of a Kinesis event (or time-window event) with `kinesis.data` read as `T`.
/// Report failures with `add_failure`.
template <json::serializable T>
typed_batch<T, KinesisEventRecord> typed_records(const KinesisEvent& event) {
  return detail::over_records<T>(event.Records);
}

/// The records of a Kafka event with `value` read as `T`, topic-partition by topic-partition (in
/// key order), each in offset order. Kafka event-source mappings have no partial batch response:
/// fail the invocation to have the batch retried (or send failed records to an on-failure
/// destination of your own); the per-record results say which ones and why.
template <json::serializable T>
typed_batch<T, KafkaRecord> typed_records(const KafkaEvent& event) {
  std::vector<detail::record_position<KafkaRecord>> positions;
  for (const auto& [key, records] : event.records) {
    for (std::size_t i = 0; i < records.size(); ++i) positions.push_back({&records[i], key, i});
  }
  return typed_batch<T, KafkaRecord>(std::move(positions));
}

/// Lists `message` in the partial batch response, by its messageId: SQS returns it to the queue.
/// (The event-source mapping needs `ReportBatchItemFailures` in its FunctionResponseTypes.)
template <class String>
void add_failure(SQSEventResponse& response, const basic_SQSMessage<String>& message) {
  response.batchItemFailures.emplace_back().itemIdentifier = std::string(message.messageId);
}

/// Lists `record` in the partial batch response, by its sequence number: Lambda resumes the shard
/// from the lowest one listed, so list the first record that failed.
inline void add_failure(KinesisEventResponse& response, const KinesisEventRecord& record) {
  response.batchItemFailures.emplace_back().itemIdentifier = record.kinesis.sequenceNumber;
}

/// Lists `record` in the partial batch response, by its sequence number: Lambda resumes the shard
/// from the lowest one listed, so list the first record that failed.
inline void add_failure(DynamoDBEventResponse& response, const DynamoDBEventRecord& record) {
  response.batchItemFailures.emplace_back().itemIdentifier = record.dynamodb.SequenceNumber;
}

/// Lists a typed record's record (see the overloads for each source).
template <class Response, class T, class Record>
  requires requires(Response& r, const Record& rec) { add_failure(r, rec); }
void add_failure(Response& response, const typed_record<T, Record>& m) {
  add_failure(response, m.record);
}

/// A record `process_batch` reported as failed, and why.
struct batch_failure {
  /// What the response lists: the messageId (SQS) or sequence number (Kinesis).
  std::string item_identifier;
  /// The payload's parse error (with its path in the event), the exception's `what()`, or that
  /// the function returned false.
  std::string reason;
};

/// What `process_batch` gives: the response to return, and the failures to log.
template <class Response>
struct batch_result {
  /// The partial batch response: return it from the handler.
  Response response;
  /// The records that failed, with the reason. Records of an ordered source (a FIFO queue, a
  /// stream) after the first failure are not attempted: the response lists them, this does not.
  std::vector<batch_failure> failures;
};

namespace detail {
template <class T, class Event>
using batch_record_t = typename decltype(typed_records<T>(std::declval<const Event&>()))::record_type;

/// Runs `f`; true unless it returns something that converts to false.
template <class F>
bool succeeded(F&& f) {
  if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
    f();
    return true;
  } else {
    return static_cast<bool>(f());
  }
}
}  // namespace detail

/// Calls `fn` on each record's payload read as `T` — `fn(T&)` or `fn(T&, const Record&)` — and
/// builds the partial batch response of an SQS or Kinesis event. A record fails when its payload
/// does not read as `T`, when `fn` throws, or when `fn` returns something that converts to false.
/// A standard queue's records are all attempted; a FIFO queue or a stream stops at the first
/// failure and lists it with every record after it, which keeps the order Lambda guarantees.
template <json::serializable T, class Event, class Fn>
  requires detail::has_batch_response<detail::batch_record_t<T, Event>>
auto process_batch(const Event& event, Fn&& fn) {
  using record_type = detail::batch_record_t<T, Event>;
  using traits = detail::record_traits<record_type>;
  static_assert(std::is_invocable_v<Fn&, T&, const record_type&> || std::is_invocable_v<Fn&, T&>,
                "process_batch: fn must take (T&) or (T&, const Record&)");
  batch_result<typename traits::response> result;
  const auto batch = typed_records<T>(event);
  bool stopped = false;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (stopped) {
      add_failure(result.response, batch.record(i));
      continue;
    }
    auto m = batch.read(i);
    std::string reason;
    if (!m.body) {
      reason = m.body.error().message();
    } else {
      try {
        const bool ok = detail::succeeded([&]() -> decltype(auto) {
          if constexpr (std::is_invocable_v<Fn&, T&, const record_type&>)
            return fn(*m.body, m.record);
          else
            return fn(*m.body);
        });
        if (!ok) reason = "the function returned false";
      } catch (const std::exception& e) {
        reason = e.what();
      } catch (...) {
        reason = "an exception that is not a std::exception";
      }
    }
    if (reason.empty()) continue;
    add_failure(result.response, m.record);
    result.failures.push_back({std::string(traits::identifier(m.record)), std::move(reason)});
    stopped = traits::ordered(m.record);
  }
  return result;
}

}  // namespace lambda::events
