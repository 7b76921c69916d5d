#pragma once
/// \file
/// AWS IoT button, 1-Click, custom authorizer and pre-provisioning hook events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>

namespace lambda::events {

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
#define LAMBDA_EVENTS_IOT_TYPES(X)

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/iot.json.h>
#endif
