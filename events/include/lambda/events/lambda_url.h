#pragma once
/// \file
/// Lambda function URL requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>

namespace lambda::events {

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
#define LAMBDA_EVENTS_LAMBDA_URL_TYPES(X)

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/lambda_url.json.h>
#endif
