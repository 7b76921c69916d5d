#pragma once
// The nlohmann::json peer: parse to its DOM, then from_json/to_json mapping of the same struct.

#include "rest_request.h"

#include <nlohmann/json.hpp>

namespace nlohmann {
template <>
struct adl_serializer<lambda::json::raw_json> {
  static void from_json(const json& j, lambda::json::raw_json& r) { r.text = j.dump(); }
  static void to_json(json& j, const lambda::json::raw_json& r) { j = json::parse(r.text); }
};
template <class T>
struct adl_serializer<std::optional<T>> {
  static void from_json(const json& j, std::optional<T>& o) {
    if (j.is_null()) o.reset();
    else o = j.get<T>();
  }
  static void to_json(json& j, const std::optional<T>& o) {
    if (o) j = *o;
    else j = nullptr;
  }
};
}  // namespace nlohmann

namespace bench {

template <class T>
void field(const nlohmann::json& j, const char* name, T& out) {
  if (auto it = j.find(name); it != j.end()) it->get_to(out);
}

inline void from_json(const nlohmann::json& j, Identity& o) {
  field(j, "cognitoIdentityPoolId", o.cognitoIdentityPoolId);
  field(j, "accountId", o.accountId);
  field(j, "cognitoIdentityId", o.cognitoIdentityId);
  field(j, "caller", o.caller);
  field(j, "apiKey", o.apiKey);
  field(j, "apiKeyId", o.apiKeyId);
  field(j, "accessKey", o.accessKey);
  field(j, "sourceIp", o.sourceIp);
  field(j, "cognitoAuthenticationType", o.cognitoAuthenticationType);
  field(j, "cognitoAuthenticationProvider", o.cognitoAuthenticationProvider);
  field(j, "userArn", o.userArn);
  field(j, "userAgent", o.userAgent);
  field(j, "user", o.user);
}
inline void to_json(nlohmann::json& j, const Identity& o) {
  j = nlohmann::json{{"cognitoIdentityPoolId", o.cognitoIdentityPoolId}, {"accountId", o.accountId},
                     {"cognitoIdentityId", o.cognitoIdentityId}, {"caller", o.caller}, {"apiKey", o.apiKey},
                     {"apiKeyId", o.apiKeyId}, {"accessKey", o.accessKey}, {"sourceIp", o.sourceIp},
                     {"cognitoAuthenticationType", o.cognitoAuthenticationType},
                     {"cognitoAuthenticationProvider", o.cognitoAuthenticationProvider}, {"userArn", o.userArn},
                     {"userAgent", o.userAgent}, {"user", o.user}};
}
inline void from_json(const nlohmann::json& j, RequestContext& o) {
  field(j, "accountId", o.accountId);
  field(j, "resourceId", o.resourceId);
  field(j, "stage", o.stage);
  field(j, "requestId", o.requestId);
  field(j, "extendedRequestId", o.extendedRequestId);
  field(j, "requestTime", o.requestTime);
  field(j, "requestTimeEpoch", o.requestTimeEpoch);
  field(j, "path", o.path);
  field(j, "resourcePath", o.resourcePath);
  field(j, "httpMethod", o.httpMethod);
  field(j, "apiId", o.apiId);
  field(j, "protocol", o.protocol);
  field(j, "domainName", o.domainName);
  field(j, "domainPrefix", o.domainPrefix);
  field(j, "identity", o.identity);
  field(j, "authorizer", o.authorizer);
}
inline void to_json(nlohmann::json& j, const RequestContext& o) {
  j = nlohmann::json{{"accountId", o.accountId}, {"resourceId", o.resourceId}, {"stage", o.stage},
                     {"requestId", o.requestId}, {"extendedRequestId", o.extendedRequestId},
                     {"requestTime", o.requestTime}, {"requestTimeEpoch", o.requestTimeEpoch}, {"path", o.path},
                     {"resourcePath", o.resourcePath}, {"httpMethod", o.httpMethod}, {"apiId", o.apiId},
                     {"protocol", o.protocol}, {"domainName", o.domainName}, {"domainPrefix", o.domainPrefix},
                     {"identity", o.identity}, {"authorizer", o.authorizer}};
}
inline void from_json(const nlohmann::json& j, RestRequest& o) {
  field(j, "resource", o.resource);
  field(j, "path", o.path);
  field(j, "httpMethod", o.httpMethod);
  field(j, "headers", o.headers);
  field(j, "multiValueHeaders", o.multiValueHeaders);
  field(j, "queryStringParameters", o.queryStringParameters);
  field(j, "multiValueQueryStringParameters", o.multiValueQueryStringParameters);
  field(j, "pathParameters", o.pathParameters);
  field(j, "stageVariables", o.stageVariables);
  field(j, "requestContext", o.requestContext);
  field(j, "body", o.body);
  field(j, "isBase64Encoded", o.isBase64Encoded);
}
inline void to_json(nlohmann::json& j, const RestRequest& o) {
  j = nlohmann::json{{"resource", o.resource}, {"path", o.path}, {"httpMethod", o.httpMethod},
                     {"headers", o.headers}, {"multiValueHeaders", o.multiValueHeaders},
                     {"queryStringParameters", o.queryStringParameters},
                     {"multiValueQueryStringParameters", o.multiValueQueryStringParameters},
                     {"pathParameters", o.pathParameters}, {"stageVariables", o.stageVariables},
                     {"requestContext", o.requestContext}, {"body", o.body}, {"isBase64Encoded", o.isBase64Encoded}};
}

}  // namespace bench
