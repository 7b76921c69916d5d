#pragma once
/// \file
/// Amazon Bedrock Agents action-group events and the responses a function returns.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// An action group is defined either by an OpenAPI schema (the agent sends
/// `BedrockAgentApiRequest`, with `apiPath` and `httpMethod`, and expects `BedrockAgentApiResponse`)
/// or by function details (`BedrockAgentFunctionRequest`, with `function`, answered by
/// `BedrockAgentFunctionResponse`). The API names follow AWS's .NET library
/// (`BedrockAgentApiRequest`, `BedrockAgentApiResponse`); the function variants, which no AWS
/// library has, are named after them. Keys follow AWS's documentation: the response's list of
/// knowledge bases is `knowledgeBasesConfiguration` (the .NET library writes
/// `knowledgeBaseConfiguration`).

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// The agent that invokes the function.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentInfo {
  std::string name;
  std::string id;
  /// The alias ID, "TSTALIASID" for the draft.
  std::string alias;
  /// "DRAFT" or a version number.
  std::string version;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A parameter the agent elicited: a path or query parameter (API schema) or a function parameter.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentParameter {
  std::string name;
  /// "string", "number", "integer", "boolean" or "array".
  std::string type;
  /// The value, always as text.
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One property of the request body.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentProperty {
  std::string name;
  std::string type;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The body's properties for one content type.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentContentProperties {
  std::vector<BedrockAgentProperty> properties;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request body of an API operation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentRequestBody {
  /// Content type ("application/json") → properties.
  std::map<std::string, BedrockAgentContentProperties> content;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of an action group defined by an OpenAPI schema.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentApiRequest {
  /// "1.0".
  LAMBDA_JSON_REQUIRED std::string messageVersion;
  LAMBDA_JSON_REQUIRED BedrockAgentInfo agent;
  /// The user's input for this turn.
  std::string inputText;
  LAMBDA_JSON_REQUIRED std::string sessionId;
  LAMBDA_JSON_REQUIRED std::string actionGroup;
  /// The operation's path in the schema, "/orders/{orderId}".
  LAMBDA_JSON_REQUIRED std::string apiPath;
  LAMBDA_JSON_REQUIRED std::string httpMethod;
  std::vector<BedrockAgentParameter> parameters;
  /// Absent for operations without a body.
  std::optional<BedrockAgentRequestBody> requestBody;
  /// Kept for the whole session.
  std::map<std::string, std::string> sessionAttributes;
  /// Kept for this turn only.
  std::map<std::string, std::string> promptSessionAttributes;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of an action group defined by function details.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentFunctionRequest {
  /// "1.0".
  LAMBDA_JSON_REQUIRED std::string messageVersion;
  LAMBDA_JSON_REQUIRED BedrockAgentInfo agent;
  std::string inputText;
  LAMBDA_JSON_REQUIRED std::string sessionId;
  LAMBDA_JSON_REQUIRED std::string actionGroup;
  /// The function's name in the action group.
  LAMBDA_JSON_REQUIRED std::string function;
  std::vector<BedrockAgentParameter> parameters;
  std::map<std::string, std::string> sessionAttributes;
  std::map<std::string, std::string> promptSessionAttributes;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A response body for one content type.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentResponseContent {
  /// The result, as text (JSON text for "application/json").
  std::string body;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How a knowledge base is searched.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentVectorSearchConfiguration {
  std::optional<std::int32_t> numberOfResults;
  /// "HYBRID" or "SEMANTIC".
  std::optional<std::string> overrideSearchType;
  /// A retrieval filter, verbatim.
  std::optional<json::raw_json> filter;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The retrieval settings of a knowledge base.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentRetrievalConfiguration {
  BedrockAgentVectorSearchConfiguration vectorSearchConfiguration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A knowledge base whose search the response changes.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentKnowledgeBaseConfiguration {
  std::string knowledgeBaseId;
  BedrockAgentRetrievalConfiguration retrievalConfiguration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The result of an API operation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentApiResponseBody {
  /// The request's `actionGroup`, `apiPath` and `httpMethod`, echoed.
  std::string actionGroup;
  std::string apiPath;
  std::string httpMethod;
  std::int32_t httpStatusCode = 200;
  /// Content type ("application/json") → body.
  std::map<std::string, BedrockAgentResponseContent> responseBody;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the function returns to an API-schema action group.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentApiResponse {
  std::string messageVersion = "1.0";
  BedrockAgentApiResponseBody response;
  std::optional<std::map<std::string, std::string>> sessionAttributes;
  std::optional<std::map<std::string, std::string>> promptSessionAttributes;
  std::optional<std::vector<BedrockAgentKnowledgeBaseConfiguration>> knowledgeBasesConfiguration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A function's result.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentFunctionResult {
  /// Absent when the call succeeded; "FAILURE" (the agent gives up) or "REPROMPT" (it asks again).
  std::optional<std::string> responseState;
  /// Content type ("TEXT") → body.
  std::map<std::string, BedrockAgentResponseContent> responseBody;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The result of a function call.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentFunctionResponseBody {
  /// The request's `actionGroup` and `function`, echoed.
  std::string actionGroup;
  std::string function;
  BedrockAgentFunctionResult functionResponse;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the function returns to a function-details action group.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT BedrockAgentFunctionResponse {
  std::string messageVersion = "1.0";
  BedrockAgentFunctionResponseBody response;
  std::optional<std::map<std::string, std::string>> sessionAttributes;
  std::optional<std::map<std::string, std::string>> promptSessionAttributes;
  std::optional<std::vector<BedrockAgentKnowledgeBaseConfiguration>> knowledgeBasesConfiguration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_BEDROCK_AGENT_TYPES(X) \
  X(BedrockAgentApiRequest) \
  X(BedrockAgentApiResponse) \
  X(BedrockAgentFunctionRequest) \
  X(BedrockAgentFunctionResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/bedrock_agent.json.h>
#endif
