#pragma once
/// \file
/// AWS CloudFormation custom-resource requests and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <map>

namespace lambda::events {

/// The request CloudFormation sends to a custom resource's Lambda function when the stack creates,
/// updates or deletes the resource.
///
/// The function answers by sending a CloudFormationCustomResourceResponse, as JSON, in an HTTPS
/// PUT to `ResponseURL` (a presigned S3 URL) — not as its return value. Until the answer arrives,
/// the stack operation waits (up to the resource's timeout).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFormationCustomResourceRequest {
  LAMBDA_JSON_REQUIRED std::string RequestType;  ///< "Create", "Update" or "Delete"
  /// The presigned S3 URL to PUT the response to (with an empty Content-Type).
  LAMBDA_JSON_REQUIRED std::string ResponseURL;
  LAMBDA_JSON_REQUIRED std::string StackId;       ///< the stack's ARN
  LAMBDA_JSON_REQUIRED std::string RequestId;     ///< to copy into the response
  LAMBDA_JSON_REQUIRED std::string ResourceType;  ///< "Custom::MyResource" or "AWS::CloudFormation::CustomResource"
  LAMBDA_JSON_REQUIRED std::string LogicalResourceId;  ///< the resource's name in the template; copy into the response
  /// The id the function returned for the resource when it was created; absent on "Create".
  std::optional<std::string> PhysicalResourceId;
  /// The resource's properties as the template sets them, including "ServiceToken", as JSON
  /// (CloudFormation sends every scalar as a string). Parse it into your own type with
  /// `lambda::json::parse`.
  json::raw_json ResourceProperties;
  /// The properties before the update; only on "Update".
  std::optional<json::raw_json> OldResourceProperties;
  /// The ARN of the function (or SNS topic) the request was sent to.
  std::string ServiceToken;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The answer to a CloudFormationCustomResourceRequest, PUT as JSON to its `ResponseURL`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudFormationCustomResourceResponse {
  std::string Status;  ///< "SUCCESS" or "FAILED"
  /// Why the request failed (shown in the stack's events); required with "FAILED".
  std::optional<std::string> Reason;
  /// The resource's id. Returning a different id on "Update" makes CloudFormation delete the old
  /// resource afterwards, as a replacement; on "Delete" and failed "Create", return the id it had.
  std::string PhysicalResourceId;
  std::string StackId;            ///< copied from the request
  std::string RequestId;          ///< copied from the request
  std::string LogicalResourceId;  ///< copied from the request
  /// True to mask `Data` in the stack's outputs and `Fn::GetAtt` results shown by the console.
  std::optional<bool> NoEcho;
  /// The resource's attributes, read in the template with `Fn::GetAtt`: a JSON object, e.g.
  /// `json::raw_json{json::to_string(my_attributes)}`.
  std::optional<json::raw_json> Data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CLOUDFORMATION_TYPES(X) \
  X(CloudFormationCustomResourceRequest) \
  X(CloudFormationCustomResourceResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cloudformation.json.h>
#endif
