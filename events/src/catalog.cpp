#include <lambda/events/catalog.h>

#include <lambda/events/alb.h>
#include <lambda/events/apigateway.h>
#include <lambda/events/apigateway_authorizer.h>
#include <lambda/events/appsync.h>
#include <lambda/events/autoscaling.h>
#include <lambda/events/bedrock_agent.h>
#include <lambda/events/chime_bot.h>
#include <lambda/events/clientvpn.h>
#include <lambda/events/cloudformation.h>
#include <lambda/events/cloudfront.h>
#include <lambda/events/cloudwatch_alarm.h>
#include <lambda/events/cloudwatch_logs.h>
#include <lambda/events/codebuild.h>
#include <lambda/events/codecommit.h>
#include <lambda/events/codedeploy.h>
#include <lambda/events/codedeploy_lifecycle.h>
#include <lambda/events/codepipeline.h>
#include <lambda/events/cognito.h>
#include <lambda/events/cognito_userpool.h>
#include <lambda/events/config.h>
#include <lambda/events/connect.h>
#include <lambda/events/documentdb.h>
#include <lambda/events/dynamodb.h>
#include <lambda/events/ecr.h>
#include <lambda/events/ecs.h>
#include <lambda/events/eventbridge.h>
#include <lambda/events/firehose.h>
#include <lambda/events/iot.h>
#include <lambda/events/kafka.h>
#include <lambda/events/kinesis.h>
#include <lambda/events/kinesis_analytics.h>
#include <lambda/events/lambda_destination.h>
#include <lambda/events/lambda_url.h>
#include <lambda/events/lex.h>
#include <lambda/events/mq.h>
#include <lambda/events/s3.h>
#include <lambda/events/s3_batch.h>
#include <lambda/events/s3_eventbridge.h>
#include <lambda/events/s3_object_lambda.h>
#include <lambda/events/secretsmanager.h>
#include <lambda/events/ses.h>
#include <lambda/events/sns.h>
#include <lambda/events/sqs.h>
#include <lambda/events/vpc_lattice.h>

#include <lambda/json/writer.h>

#include <algorithm>
#include <vector>

namespace lambda::events {
namespace {

template <class T>
json::result<void> check_as(std::string_view text) {
  T value{};
  return json::parse_into(text, value);
}

template <class T>
json::result<std::string> roundtrip_as(std::string_view text) {
  T value{};
  if (auto parsed = json::parse_into(text, value); !parsed) return parsed.error();
  return json::to_string(value);
}

template <class T>
json::result<std::string> roundtrip_declared_as(std::string_view text) {
  T value{};
  if (auto parsed = json::parse_into(text, value); !parsed) return parsed.error();
  json::writer w;
  w.omit_extra();
  json::codec<T>::write(w, value);
  return w.release();
}

std::vector<event_type> sorted_catalog() {
#define LAMBDA_EVENTS_ENTRY(T) event_type{#T, &check_as<T>, &roundtrip_as<T>, &roundtrip_declared_as<T>},
  // clang-format off
  std::vector<event_type> types{
      LAMBDA_EVENTS_ALB_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_APIGATEWAY_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_APIGATEWAY_AUTHORIZER_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_APPSYNC_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_AUTOSCALING_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_BEDROCK_AGENT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CHIME_BOT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CLIENTVPN_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CLOUDFORMATION_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CLOUDFRONT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CLOUDWATCH_ALARM_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CLOUDWATCH_LOGS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CODEBUILD_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CODECOMMIT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CODEDEPLOY_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CODEDEPLOY_LIFECYCLE_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CODEPIPELINE_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_COGNITO_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_COGNITO_USERPOOL_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CONFIG_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_CONNECT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_DOCUMENTDB_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_DYNAMODB_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_ECR_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_ECS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_EVENTBRIDGE_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_FIREHOSE_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_IOT_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_KAFKA_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_KINESIS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_KINESIS_ANALYTICS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_LAMBDA_DESTINATION_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_LAMBDA_URL_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_LEX_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_MQ_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_S3_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_S3_BATCH_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_S3_EVENTBRIDGE_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_S3_OBJECT_LAMBDA_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_SECRETSMANAGER_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_SES_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_SNS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_SQS_TYPES(LAMBDA_EVENTS_ENTRY)
      LAMBDA_EVENTS_VPC_LATTICE_TYPES(LAMBDA_EVENTS_ENTRY)
  };
  // clang-format on
#undef LAMBDA_EVENTS_ENTRY
  std::sort(types.begin(), types.end(), [](const event_type& a, const event_type& b) { return a.name < b.name; });
  return types;
}

}  // namespace

std::span<const event_type> catalog() {
  static const std::vector<event_type> types = sorted_catalog();
  return types;
}

const event_type* find_event_type(std::string_view name) {
  auto types = catalog();
  auto it = std::lower_bound(types.begin(), types.end(), name,
                             [](const event_type& t, std::string_view n) { return t.name < n; });
  return it != types.end() && it->name == name ? &*it : nullptr;
}

}  // namespace lambda::events
