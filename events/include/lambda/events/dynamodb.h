#pragma once
/// \file
/// Amazon DynamoDB Streams events, time windows and batch responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>

namespace lambda::events {

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
#define LAMBDA_EVENTS_DYNAMODB_TYPES(X)

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/dynamodb.json.h>
#endif
