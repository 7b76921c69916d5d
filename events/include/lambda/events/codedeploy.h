#pragma once
/// \file
/// AWS CodeDeploy deployment and instance events delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>

namespace lambda::events {

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
#define LAMBDA_EVENTS_CODEDEPLOY_TYPES(X)

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codedeploy.json.h>
#endif
