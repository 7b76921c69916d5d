// Telling AppSync's identity shapes apart by their keys.
#include <lambda/events/appsync.h>

#include <lambda/json.h>

#include <map>
#include <string>
#include <type_traits>
#include <utility>

namespace lambda::events {

json::result<AppSyncIdentity> appsync_identity(const AppSyncResolverEvent& event) {
  const std::string& text = event.identity.text;
  if (text.empty()) return AppSyncIdentity{};
  auto keys = json::parse<std::map<std::string, json::raw_json>>(text);
  if (!keys) return keys.error();
  auto as = [&]<class T>(std::type_identity<T>) -> json::result<AppSyncIdentity> {
    auto identity = json::parse<T>(text);
    if (!identity) return identity.error();
    return AppSyncIdentity{std::in_place_type<T>, std::move(*identity)};
  };
  if (keys->contains("userArn")) return as(std::type_identity<AppSyncIAMIdentity>{});
  if (keys->contains("resolverContext")) return as(std::type_identity<AppSyncLambdaIdentity>{});
  if (keys->contains("sub") || keys->contains("issuer")) {
    return as(std::type_identity<AppSyncCognitoIdentity>{});
  }
  return json::error(json::errc::invalid_value, "$", "an AppSync identity (user pool, OIDC, IAM or Lambda)",
                     "an object of none of these shapes");
}

}  // namespace lambda::events
