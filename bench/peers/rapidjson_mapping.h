#pragma once
// The RapidJSON peer: DOM parse, then the mapping code a careful RapidJSON user writes to fill the
// same struct (FindMember per field, type checks), and a Writer-based serializer.

#include "rest_request.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace bench::rapidjson_peer {

using Value = rapidjson::Value;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void get(const Value& v, Identity& o);
void get(const Value& v, RequestContext& o);
void put(Writer& w, const Identity& o);
void put(Writer& w, const RequestContext& o);
template <class T> void get(const Value& v, std::optional<T>& out);
template <class T> void get(const Value& v, std::vector<T>& out);
template <class T> void get(const Value& v, std::map<std::string, T>& out);
template <class T> void put(Writer& w, const std::optional<T>& o);
template <class T> void put(Writer& w, const std::vector<T>& v);
template <class T> void put(Writer& w, const std::map<std::string, T>& m);

inline void get(const Value& v, std::string& out) {
  if (!v.IsString()) throw std::runtime_error("expected string");
  out.assign(v.GetString(), v.GetStringLength());
}
inline void get(const Value& v, std::int64_t& out) {
  if (!v.IsInt64()) throw std::runtime_error("expected integer");
  out = v.GetInt64();
}
inline void get(const Value& v, bool& out) {
  if (!v.IsBool()) throw std::runtime_error("expected bool");
  out = v.GetBool();
}
inline void get(const Value& v, lambda::json::raw_json& out) {
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  v.Accept(w);
  out.text.assign(b.GetString(), b.GetSize());
}
template <class T>
void get(const Value& v, std::optional<T>& out) {
  if (v.IsNull()) {
    out.reset();
    return;
  }
  get(v, out.emplace());
}
template <class T>
void get(const Value& v, std::vector<T>& out) {
  if (!v.IsArray()) throw std::runtime_error("expected array");
  out.clear();
  for (const auto& item : v.GetArray()) get(item, out.emplace_back());
}
template <class T>
void get(const Value& v, std::map<std::string, T>& out) {
  if (!v.IsObject()) throw std::runtime_error("expected object");
  out.clear();
  for (const auto& m : v.GetObject()) get(m.value, out[std::string(m.name.GetString(), m.name.GetStringLength())]);
}
template <class T>
void field(const Value& obj, const char* name, T& out) {
  auto it = obj.FindMember(name);
  if (it != obj.MemberEnd()) get(it->value, out);
}

inline void get(const Value& v, Identity& o) {
  if (!v.IsObject()) throw std::runtime_error("expected object");
  field(v, "cognitoIdentityPoolId", o.cognitoIdentityPoolId);
  field(v, "accountId", o.accountId);
  field(v, "cognitoIdentityId", o.cognitoIdentityId);
  field(v, "caller", o.caller);
  field(v, "apiKey", o.apiKey);
  field(v, "apiKeyId", o.apiKeyId);
  field(v, "accessKey", o.accessKey);
  field(v, "sourceIp", o.sourceIp);
  field(v, "cognitoAuthenticationType", o.cognitoAuthenticationType);
  field(v, "cognitoAuthenticationProvider", o.cognitoAuthenticationProvider);
  field(v, "userArn", o.userArn);
  field(v, "userAgent", o.userAgent);
  field(v, "user", o.user);
}
inline void get(const Value& v, RequestContext& o) {
  if (!v.IsObject()) throw std::runtime_error("expected object");
  field(v, "accountId", o.accountId);
  field(v, "resourceId", o.resourceId);
  field(v, "stage", o.stage);
  field(v, "requestId", o.requestId);
  field(v, "extendedRequestId", o.extendedRequestId);
  field(v, "requestTime", o.requestTime);
  field(v, "requestTimeEpoch", o.requestTimeEpoch);
  field(v, "path", o.path);
  field(v, "resourcePath", o.resourcePath);
  field(v, "httpMethod", o.httpMethod);
  field(v, "apiId", o.apiId);
  field(v, "protocol", o.protocol);
  field(v, "domainName", o.domainName);
  field(v, "domainPrefix", o.domainPrefix);
  field(v, "identity", o.identity);
  field(v, "authorizer", o.authorizer);
}
inline void get(const Value& v, RestRequest& o) {
  if (!v.IsObject()) throw std::runtime_error("expected object");
  field(v, "resource", o.resource);
  field(v, "path", o.path);
  field(v, "httpMethod", o.httpMethod);
  field(v, "headers", o.headers);
  field(v, "multiValueHeaders", o.multiValueHeaders);
  field(v, "queryStringParameters", o.queryStringParameters);
  field(v, "multiValueQueryStringParameters", o.multiValueQueryStringParameters);
  field(v, "pathParameters", o.pathParameters);
  field(v, "stageVariables", o.stageVariables);
  field(v, "requestContext", o.requestContext);
  field(v, "body", o.body);
  field(v, "isBase64Encoded", o.isBase64Encoded);
}

/// Parses with the DOM and maps into `out`.
inline void parse(const std::string& json, rapidjson::Document& doc, RestRequest& out) {
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) throw std::runtime_error("parse error");
  get(doc, out);
}

inline void put(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
inline void put(Writer& w, std::int64_t i) { w.Int64(i); }
inline void put(Writer& w, bool b) { w.Bool(b); }
inline void put(Writer& w, const lambda::json::raw_json& r) { w.RawValue(r.text.data(), r.text.size(), rapidjson::kObjectType); }
template <class T>
void put(Writer& w, const std::optional<T>& o) {
  if (o) put(w, *o);
  else w.Null();
}
template <class T>
void put(Writer& w, const std::vector<T>& v) {
  w.StartArray();
  for (const auto& x : v) put(w, x);
  w.EndArray();
}
template <class T>
void put(Writer& w, const std::map<std::string, T>& m) {
  w.StartObject();
  for (const auto& [k, x] : m) {
    put(w, k);
    put(w, x);
  }
  w.EndObject();
}
template <class T>
void member(Writer& w, const char* name, const T& v) {
  w.Key(name);
  put(w, v);
}
inline void put(Writer& w, const Identity& o) {
  w.StartObject();
  member(w, "cognitoIdentityPoolId", o.cognitoIdentityPoolId);
  member(w, "accountId", o.accountId);
  member(w, "cognitoIdentityId", o.cognitoIdentityId);
  member(w, "caller", o.caller);
  member(w, "apiKey", o.apiKey);
  member(w, "apiKeyId", o.apiKeyId);
  member(w, "accessKey", o.accessKey);
  member(w, "sourceIp", o.sourceIp);
  member(w, "cognitoAuthenticationType", o.cognitoAuthenticationType);
  member(w, "cognitoAuthenticationProvider", o.cognitoAuthenticationProvider);
  member(w, "userArn", o.userArn);
  member(w, "userAgent", o.userAgent);
  member(w, "user", o.user);
  w.EndObject();
}
inline void put(Writer& w, const RequestContext& o) {
  w.StartObject();
  member(w, "accountId", o.accountId);
  member(w, "resourceId", o.resourceId);
  member(w, "stage", o.stage);
  member(w, "requestId", o.requestId);
  member(w, "extendedRequestId", o.extendedRequestId);
  member(w, "requestTime", o.requestTime);
  member(w, "requestTimeEpoch", o.requestTimeEpoch);
  member(w, "path", o.path);
  member(w, "resourcePath", o.resourcePath);
  member(w, "httpMethod", o.httpMethod);
  member(w, "apiId", o.apiId);
  member(w, "protocol", o.protocol);
  member(w, "domainName", o.domainName);
  member(w, "domainPrefix", o.domainPrefix);
  member(w, "identity", o.identity);
  member(w, "authorizer", o.authorizer);
  w.EndObject();
}
inline void put(Writer& w, const RestRequest& o) {
  w.StartObject();
  member(w, "resource", o.resource);
  member(w, "path", o.path);
  member(w, "httpMethod", o.httpMethod);
  member(w, "headers", o.headers);
  member(w, "multiValueHeaders", o.multiValueHeaders);
  member(w, "queryStringParameters", o.queryStringParameters);
  member(w, "multiValueQueryStringParameters", o.multiValueQueryStringParameters);
  member(w, "pathParameters", o.pathParameters);
  member(w, "stageVariables", o.stageVariables);
  member(w, "requestContext", o.requestContext);
  member(w, "body", o.body);
  member(w, "isBase64Encoded", o.isBase64Encoded);
  w.EndObject();
}

/// Serializes `v` into `buffer` (cleared first).
inline void write(const RestRequest& v, rapidjson::StringBuffer& buffer) {
  buffer.Clear();
  Writer w(buffer);
  put(w, v);
}

}  // namespace bench::rapidjson_peer
