#pragma once
/// \file
/// Amazon DocumentDB change-stream events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Names follow AWS's Rust library (`DocumentDbEvent`, `DocumentDbInnerEvent`); the Go, Java and
/// .NET libraries have no type for it. Each change is a MongoDB change-stream document in extended
/// JSON; the documents themselves (`fullDocument`, `documentKey`, the resume token `_id`, an
/// update's `updatedFields`) are kept verbatim: read them with `lambda::json::parse<T>(… .text)`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// A database and collection.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbNamespace {
  std::string db;
  /// Absent for database-level changes ("dropDatabase").
  std::optional<std::string> coll;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A BSON timestamp: seconds since the epoch and an ordinal within that second.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbTimestamp {
  std::int64_t t = 0;
  std::int64_t i = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The cluster time of a change, as extended JSON: {"$timestamp": {"t": …, "i": …}}.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbClusterTime {
  LAMBDA_JSON_NAME("$timestamp") DocumentDbTimestamp timestamp;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What an "update" changed.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbUpdateDescription {
  /// Field path → new value, verbatim.
  json::raw_json updatedFields;
  std::vector<std::string> removedFields;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One change.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbChangeEvent {
  /// The resume token, {"_data": "…"}, verbatim.
  LAMBDA_JSON_NAME("_id") json::raw_json id;
  std::optional<DocumentDbClusterTime> clusterTime;
  /// {"_id": …} of the changed document, verbatim; absent for collection- and database-level changes.
  std::optional<json::raw_json> documentKey;
  /// The document after the change ("insert", "replace", and "update" with full-document lookup).
  std::optional<json::raw_json> fullDocument;
  /// Where the change happened.
  std::optional<DocumentDbNamespace> ns;
  /// "rename" only: the new name.
  std::optional<DocumentDbNamespace> to;
  /// "insert", "update", "replace", "delete", "drop", "rename", "dropDatabase" or "invalidate".
  LAMBDA_JSON_REQUIRED std::string operationType;
  /// "update" only.
  std::optional<DocumentDbUpdateDescription> updateDescription;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A change wrapped as the event-source mapping sends it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbInnerEvent {
  LAMBDA_JSON_REQUIRED DocumentDbChangeEvent event;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a DocumentDB change stream's event-source mapping sends: a batch of changes.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DocumentDbEvent {
  /// The cluster, "arn:aws:rds:us-east-1:123456789012:cluster:my-cluster".
  std::string eventSourceArn;
  LAMBDA_JSON_REQUIRED std::vector<DocumentDbInnerEvent> events;
  /// "aws:docdb".
  LAMBDA_JSON_REQUIRED std::string eventSource;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_DOCUMENTDB_TYPES(X) \
  X(DocumentDbEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/documentdb.json.h>
#endif
