#pragma once
/// \file
/// Amazon ECS container-instance and task state changes delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// `ECSContainerInstanceEvent` (and its detail `ECSContainerInstanceEventDetailType`) follow AWS's
/// Go library; `ECSTaskStateChangeEvent` follows the .NET library, which also calls the first one
/// `ECSContainerInstanceStateChangeEvent` (an alias here). The details mirror ECS's
/// `ContainerInstance` and `Task` API objects; times are RFC 3339.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// An ECS time stamp, "2020-01-23T17:57:34.402Z".
using ECSTime = std::chrono::sys_time<std::chrono::milliseconds>;

/// A name and a value (attachment details, environment variables).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSNameValue {
  std::string name;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A container-instance attribute: a capability ("com.amazonaws.ecs.capability.ecr-auth") or your own.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSAttribute {
  std::string name;
  std::optional<std::string> value;
  std::optional<std::string> targetType;
  std::optional<std::string> targetId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A resource of a container instance ("CPU", "MEMORY", "PORTS", "PORTS_UDP", "GPU").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSResource {
  std::string name;
  /// "INTEGER", "LONG", "DOUBLE" or "STRINGSET": which value member is set.
  std::string type;
  std::optional<std::int64_t> integerValue;
  std::optional<std::int64_t> longValue;
  std::optional<double> doubleValue;
  std::optional<std::vector<std::string>> stringSetValue;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The ECS agent and Docker versions of a container instance.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSVersionInfo {
  std::string agentHash;
  std::string agentVersion;
  std::string dockerVersion;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An elastic network interface or other attachment.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSAttachment {
  std::string id;
  /// "eni", "ElasticNetworkInterface", …
  std::string type;
  /// "PRECREATED", "ATTACHING", "ATTACHED", "DETACHING", "DETACHED", "DELETED".
  std::string status;
  std::vector<ECSNameValue> details;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of an "ECS Container Instance State Change" event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSContainerInstanceEventDetailType {
  bool agentConnected = false;
  /// "UPDATING", "UPDATED", "FAILED", … during an agent update.
  std::optional<std::string> agentUpdateStatus;
  std::vector<ECSAttribute> attributes;
  std::optional<std::vector<ECSAttachment>> attachments;
  std::string clusterArn;
  std::string containerInstanceArn;
  std::string ec2InstanceId;
  std::optional<std::string> capacityProviderName;
  std::vector<ECSResource> registeredResources;
  std::vector<ECSResource> remainingResources;
  std::optional<std::int64_t> runningTasksCount;
  std::optional<std::int64_t> pendingTasksCount;
  /// "ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "INACTIVE", …
  std::string status;
  std::optional<std::string> statusReason;
  /// Grows with every change; compare it with DescribeContainerInstances' to drop stale events.
  std::int64_t version = 0;
  ECSVersionInfo versionInfo;
  std::optional<ECSTime> registeredAt;
  ECSTime updatedAt;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An "ECS Container Instance State Change" event: `source` is "aws.ecs".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSContainerInstanceEvent : CloudWatchEventEnvelope {
  ECSContainerInstanceEventDetailType detail;
};

/// The .NET library's name for ECSContainerInstanceEvent.
using ECSContainerInstanceStateChangeEvent = ECSContainerInstanceEvent;

/// A network interface of a container (awsvpc network mode).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSNetworkInterface {
  std::string attachmentId;
  std::optional<std::string> privateIpv4Address;
  std::optional<std::string> ipv6Address;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A port a container exposes on its host.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSNetworkBinding {
  std::optional<std::string> bindIP;
  std::optional<std::int32_t> containerPort;
  std::optional<std::int32_t> hostPort;
  /// "tcp" or "udp".
  std::optional<std::string> protocol;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An agent running in a container (the ExecuteCommand agent).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSManagedAgent {
  std::string name;
  std::optional<std::string> lastStatus;
  std::optional<std::string> reason;
  std::optional<ECSTime> lastStartedAt;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A container of the task.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSContainer {
  std::string containerArn;
  /// "PENDING", "RUNNING", "STOPPED", …
  std::string lastStatus;
  std::string name;
  std::optional<std::string> image;
  std::optional<std::string> imageDigest;
  std::optional<std::string> runtimeId;
  std::string taskArn;
  std::optional<std::vector<ECSNetworkInterface>> networkInterfaces;
  std::optional<std::vector<ECSNetworkBinding>> networkBindings;
  /// CPU units, as text.
  std::optional<std::string> cpu;
  /// Memory limits in MiB, as text.
  std::optional<std::string> memory;
  std::optional<std::string> memoryReservation;
  std::optional<std::vector<std::string>> gpuIds;
  /// Set once the container stopped.
  std::optional<std::int32_t> exitCode;
  std::optional<std::string> reason;
  /// "HEALTHY", "UNHEALTHY" or "UNKNOWN".
  std::optional<std::string> healthStatus;
  std::optional<std::vector<ECSManagedAgent>> managedAgents;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A resource requirement of a container override ("GPU", "InferenceAccelerator").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSResourceRequirement {
  std::string type;
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How a container's definition was overridden when the task started.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSContainerOverride {
  std::string name;
  std::optional<std::vector<std::string>> command;
  std::optional<std::vector<ECSNameValue>> environment;
  std::optional<std::int32_t> cpu;
  std::optional<std::int32_t> memory;
  std::optional<std::int32_t> memoryReservation;
  std::optional<std::vector<ECSResourceRequirement>> resourceRequirements;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The size of a Fargate task's ephemeral storage.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSEphemeralStorage {
  std::int32_t sizeInGiB = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How the task definition was overridden when the task started.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSTaskOverride {
  std::vector<ECSContainerOverride> containerOverrides;
  std::optional<std::string> cpu;
  std::optional<std::string> memory;
  std::optional<std::string> executionRoleArn;
  std::optional<std::string> taskRoleArn;
  std::optional<ECSEphemeralStorage> ephemeralStorage;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of an "ECS Task State Change" event: the task as DescribeTasks returns it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSTask {
  std::optional<std::vector<ECSAttachment>> attachments;
  std::optional<std::vector<ECSAttribute>> attributes;
  std::optional<std::string> availabilityZone;
  std::optional<std::string> capacityProviderName;
  std::string clusterArn;
  /// "CONNECTED" or "DISCONNECTED".
  std::optional<std::string> connectivity;
  std::optional<ECSTime> connectivityAt;
  /// Absent on Fargate.
  std::optional<std::string> containerInstanceArn;
  std::vector<ECSContainer> containers;
  /// CPU units and memory (MiB) of the task, as text.
  std::optional<std::string> cpu;
  std::optional<std::string> memory;
  std::optional<ECSTime> createdAt;
  /// "RUNNING", "STOPPED", …
  std::string desiredStatus;
  std::optional<bool> enableExecuteCommand;
  std::optional<ECSEphemeralStorage> ephemeralStorage;
  std::optional<ECSTime> executionStoppedAt;
  /// "service:my-service" or "family:my-task".
  std::optional<std::string> group;
  std::optional<std::string> healthStatus;
  /// "PROVISIONING", "PENDING", "ACTIVATING", "RUNNING", "DEACTIVATING", "STOPPING",
  /// "DEPROVISIONING", "STOPPED".
  std::string lastStatus;
  /// "EC2", "FARGATE" or "EXTERNAL".
  std::optional<std::string> launchType;
  std::optional<ECSTaskOverride> overrides;
  std::optional<std::string> platformFamily;
  std::optional<std::string> platformVersion;
  std::optional<ECSTime> pullStartedAt;
  std::optional<ECSTime> pullStoppedAt;
  std::optional<ECSTime> startedAt;
  /// The deployment ID when a service started the task.
  std::optional<std::string> startedBy;
  /// "TaskFailedToStart", "EssentialContainerExited", "UserInitiated", …
  std::optional<std::string> stopCode;
  std::optional<ECSTime> stoppedAt;
  std::optional<std::string> stoppedReason;
  std::optional<ECSTime> stoppingAt;
  std::string taskArn;
  std::string taskDefinitionArn;
  std::optional<ECSTime> updatedAt;
  /// Grows with every change; compare it with DescribeTasks' to drop stale events.
  std::int64_t version = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An "ECS Task State Change" event: `source` is "aws.ecs".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECSTaskStateChangeEvent : CloudWatchEventEnvelope {
  ECSTask detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_ECS_TYPES(X) \
  X(ECSContainerInstanceEvent) \
  X(ECSTaskStateChangeEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/ecs.json.h>
#endif
