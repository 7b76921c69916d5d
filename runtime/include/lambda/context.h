#pragma once
// What the runtime knows about one invocation and about the function it runs in.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lambda {

/// The mobile app that made the call (from the AWS Mobile SDK's client context).
struct ClientApplication {
  std::string installation_id;
  std::string app_title;
  std::string app_version_name;
  std::string app_version_code;
  std::string app_package_name;
};

/// The client context an AWS Mobile SDK caller attached to the invocation.
struct ClientContext {
  ClientApplication client;
  /// Values of the "custom" object; non-string values are kept as their JSON text.
  std::map<std::string, std::string> custom;
  /// Values of the "env" object; non-string values are kept as their JSON text.
  std::map<std::string, std::string> environment;
};

/// The Amazon Cognito identity that authorised the call.
struct CognitoIdentity {
  std::string identity_id;
  std::string identity_pool_id;
};

/// Settings Lambda passes through the environment; the same for every invocation of a process.
struct FunctionConfig {
  std::string function_name;         ///< AWS_LAMBDA_FUNCTION_NAME
  std::string function_version;      ///< AWS_LAMBDA_FUNCTION_VERSION
  std::uint32_t memory_size_mb = 0;  ///< AWS_LAMBDA_FUNCTION_MEMORY_SIZE
  std::string log_group_name;        ///< AWS_LAMBDA_LOG_GROUP_NAME
  std::string log_stream_name;       ///< AWS_LAMBDA_LOG_STREAM_NAME
  std::string region;                ///< AWS_REGION, else AWS_DEFAULT_REGION
  std::string initialization_type;   ///< AWS_LAMBDA_INITIALIZATION_TYPE ("on-demand", "snap-start", ...)
  /// AWS_LAMBDA_MAX_CONCURRENCY: how many invocations this process serves at once (Lambda
  /// Managed Instances); 1 when unset.
  std::uint32_t max_concurrency = 1;

  /// Reads the process environment; throws std::invalid_argument naming the variable when a
  /// value is malformed (e.g. a non-numeric memory size).
  static FunctionConfig from_environment();
};

/// One invocation, as described by the headers of `GET /runtime/invocation/next`.
/// Optional members are empty when Lambda did not send the header or sent it empty.
struct Context {
  std::string request_id;
  /// When Lambda stops waiting for this invocation; time_point::max() when no deadline was sent.
  std::chrono::system_clock::time_point deadline = std::chrono::system_clock::time_point::max();
  std::string invoked_function_arn;
  /// X-Ray trace header; also in _X_AMZN_TRACE_ID while the handler runs, unless several
  /// invocations run at once (the environment is process-wide, so it would be wrong for all but one).
  std::optional<std::string> trace_id;
  std::optional<std::string> tenant_id;      ///< tenant-isolation mode only
  std::optional<std::string> invocation_id;  ///< per-invoke nonce echoed back to Lambda
  std::optional<ClientContext> client_context;
  std::optional<CognitoIdentity> identity;
  /// The function's environment settings; never null inside a handler.
  const FunctionConfig* config = nullptr;

  /// Time left before the deadline; zero or negative once it has passed.
  std::chrono::milliseconds remaining_time() const;
};

}  // namespace lambda
