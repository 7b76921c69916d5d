#pragma once
/// \file
/// AWS IoT button, 1-Click, custom authorizer and pre-provisioning hook events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/events/apigateway_authorizer.h>  // IAMPolicyDocument
#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

// ---------------------------------------------------------------------------------------------
// AWS IoT button (the original Dash-style button)

/// A press of an AWS IoT button.
struct LAMBDA_JSON IoTButtonEvent {
  LAMBDA_JSON_REQUIRED std::string serialNumber;
  LAMBDA_JSON_REQUIRED std::string clickType;  ///< "SINGLE", "DOUBLE" or "LONG"
  std::string batteryVoltage;                  ///< with its unit, "2000 mV"
};

// ---------------------------------------------------------------------------------------------
// AWS IoT 1-Click

/// The button press.
struct LAMBDA_JSON IoTOneClickButtonClicked {
  std::string clickType;  ///< "SINGLE", "DOUBLE" or "LONG"
  std::chrono::sys_time<std::chrono::milliseconds> reportedTime;
};

/// What the device reported.
struct LAMBDA_JSON IoTOneClickDeviceEvent {
  IoTOneClickButtonClicked buttonClicked;
};

/// The device that sent the event.
struct LAMBDA_JSON IoTOneClickDeviceInfo {
  std::map<std::string, std::string> attributes;
  std::string type;  ///< "button"
  std::string deviceId;
  double remainingLife = 0;  ///< the battery life left, in percent
};

/// The project placement the device belongs to.
struct LAMBDA_JSON IoTOneClickPlacementInfo {
  std::string projectName;
  std::string placementName;
  std::map<std::string, std::string> attributes;  ///< the placement's attributes
  std::map<std::string, std::string> devices;     ///< device template name → device id
};

/// An event of an AWS IoT 1-Click device.
struct LAMBDA_JSON IoTOneClickEvent {
  LAMBDA_JSON_REQUIRED IoTOneClickDeviceEvent deviceEvent;
  LAMBDA_JSON_REQUIRED IoTOneClickDeviceInfo deviceInfo;
  IoTOneClickPlacementInfo placementInfo;
};

// ---------------------------------------------------------------------------------------------
// AWS IoT Core custom authorizers

/// TLS details of the connection.
struct LAMBDA_JSON IoTCoreTLSContext {
  std::string serverName;  ///< the SNI host name
};

/// HTTP details of the connection (HTTP publishes and MQTT over WebSocket).
struct LAMBDA_JSON IoTCoreHTTPContext {
  std::map<std::string, std::string> headers;
  std::string queryString;  ///< with the leading '?'
};

/// MQTT CONNECT details; each member is set only when the device sent it.
struct LAMBDA_JSON IoTCoreMQTTContext {
  std::optional<std::string> username;
  std::optional<json::bytes> password;  ///< the raw password bytes (base64 in the JSON)
  std::optional<std::string> clientId;
};

/// Protocol details; the members of the protocols in use are set.
struct LAMBDA_JSON IoTCoreProtocolData {
  std::optional<IoTCoreTLSContext> tls;
  std::optional<IoTCoreHTTPContext> http;
  std::optional<IoTCoreMQTTContext> mqtt;
};

/// The connection.
struct LAMBDA_JSON IoTCoreConnectionMetadata {
  std::string id;
};

/// A device asking an IoT Core custom authorizer to authenticate it.
struct LAMBDA_JSON IoTCoreCustomAuthorizerRequest {
  std::optional<std::string> token;                         ///< absent when the device sent none
  bool signatureVerified = false;                           ///< whether IoT Core verified the token's signature
  LAMBDA_JSON_REQUIRED std::vector<std::string> protocols;  ///< "tls", "http", "mqtt"
  std::optional<IoTCoreProtocolData> protocolData;
  std::optional<IoTCoreConnectionMetadata> connectionMetadata;
};

/// The answer of an IoT Core custom authorizer.
struct LAMBDA_JSON IoTCoreCustomAuthorizerResponse {
  bool isAuthenticated = false;
  std::string principalId;  ///< alphanumeric, 1–128 characters
  /// How long the connection may stay open, 300–86400.
  std::uint32_t disconnectAfterInSeconds = 86400;
  /// How long before IoT Core calls the authorizer again for the connection, 300–86400.
  std::uint32_t refreshAfterInSeconds = 300;
  std::vector<IAMPolicyDocument> policyDocuments;  ///< AWS IoT policies, at most 10
};

// ---------------------------------------------------------------------------------------------
// AWS IoT fleet provisioning pre-provisioning hooks

/// A device asking to be provisioned by a provisioning template with a pre-provisioning hook.
struct LAMBDA_JSON IoTPreProvisionHookRequest {
  LAMBDA_JSON_REQUIRED std::string claimCertificateId;
  LAMBDA_JSON_REQUIRED std::string certificateId;
  std::string certificatePem;
  LAMBDA_JSON_REQUIRED std::string templateArn;
  LAMBDA_JSON_REQUIRED std::string clientId;
  std::map<std::string, std::string> parameters;  ///< the device's template parameters
};

/// Whether to provision the device, and template parameters to override.
struct LAMBDA_JSON IoTPreProvisionHookResponse {
  bool allowProvisioning = false;
  std::map<std::string, std::string> parameterOverrides;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_IOT_TYPES(X) \
  X(IoTButtonEvent) \
  X(IoTOneClickEvent) \
  X(IoTCoreCustomAuthorizerRequest) \
  X(IoTCoreCustomAuthorizerResponse) \
  X(IoTPreProvisionHookRequest) \
  X(IoTPreProvisionHookResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/iot.json.h>
#endif
