#pragma once
/// \file
/// Amazon Cognito user-pool triggers.
///
/// Every trigger is one type, named after the trigger (`CognitoEventUserPoolsPreSignup`, …): the
/// keys all triggers share (CognitoEventUserPoolsHeader), a `request` that Cognito fills and a
/// `response` that the function fills in and returns. A handler usually takes the event, sets
/// members of `response` and returns the whole event:
///
///     lambda::run([](lambda::events::CognitoEventUserPoolsPreSignup e) {
///       e.response.autoConfirmUser = true;
///       return e;
///     });
///
/// Response members that Cognito treats as "not set" when absent are `std::optional` and omitted
/// when empty, so a handler only writes what it means to change.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lambda::events {

/// The app client and SDK that made the request that invoked the trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCallerContext {
  std::string awsSdkVersion;
  std::string clientId;  ///< the user-pool app client's id

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The keys every user-pool trigger sends; each trigger type derives from it.
struct CognitoEventUserPoolsHeader {
  /// The trigger's event version: "1"; "2" or "3" for pre token generation V2 / V3.
  LAMBDA_JSON_REQUIRED std::string version;
  /// The flow that invoked the trigger, e.g. "PreSignUp_SignUp", "TokenGeneration_HostedAuth".
  LAMBDA_JSON_REQUIRED std::string triggerSource;
  LAMBDA_JSON_REQUIRED std::string region;
  LAMBDA_JSON_REQUIRED std::string userPoolId;
  std::string userName;
  CognitoEventUserPoolsCallerContext callerContext;
};

// ---------------------------------------------------------------------------------------------
// Sign-up, authentication and confirmation

/// The request of a pre sign-up trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreSignupRequest {
  std::map<std::string, std::string> userAttributes;
  /// The `ValidationData` the client passed to SignUp / AdminCreateUser.
  std::optional<std::map<std::string, std::string>> validationData;
  /// The `ClientMetadata` the client passed to the API call.
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a pre sign-up trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreSignupResponse {
  bool autoConfirmUser = false;  ///< confirm the user without a code
  bool autoVerifyEmail = false;  ///< mark the email address verified (needs autoConfirmUser)
  bool autoVerifyPhone = false;  ///< mark the phone number verified (needs autoConfirmUser)

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent before a new user is registered (sign-up, admin create, external provider first sign-in):
/// the function can reject the registration (by failing) or auto-confirm the user.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreSignup : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPreSignupRequest request;
  CognitoEventUserPoolsPreSignupResponse response;
};

/// The request of a pre authentication trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreAuthenticationRequest {
  std::map<std::string, std::string> userAttributes;
  std::optional<std::map<std::string, std::string>> validationData;
  /// True when the user does not exist and the pool hides that ("PreventUserExistenceErrors").
  std::optional<bool> userNotFound;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a pre authentication trigger: nothing to set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreAuthenticationResponse {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent when a user signs in, before authentication: the function can deny the sign-in by failing.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreAuthentication : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPreAuthenticationRequest request;
  CognitoEventUserPoolsPreAuthenticationResponse response;
};

/// The request of a post authentication trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostAuthenticationRequest {
  bool newDeviceUsed = false;  ///< the user signed in from a device the pool had not seen
  std::map<std::string, std::string> userAttributes;
  std::optional<std::map<std::string, std::string>> clientMetadata;
  std::optional<std::map<std::string, std::string>> validationData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a post authentication trigger: nothing to set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostAuthenticationResponse {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent after a user signed in, for logging or analytics.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostAuthentication : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPostAuthenticationRequest request;
  CognitoEventUserPoolsPostAuthenticationResponse response;
};

/// The request of a post confirmation trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostConfirmationRequest {
  std::map<std::string, std::string> userAttributes;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a post confirmation trigger: nothing to set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostConfirmationResponse {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent after a user confirmed their account ("PostConfirmation_ConfirmSignUp") or a reset
/// password ("PostConfirmation_ConfirmForgotPassword").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPostConfirmation : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPostConfirmationRequest request;
  CognitoEventUserPoolsPostConfirmationResponse response;
};

/// The request of a user migration trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsMigrateUserRequest {
  std::optional<std::string> userName;
  /// The password the user entered ("UserMigration_Authentication"); absent in the
  /// forgot-password flow ("UserMigration_ForgotPassword").
  std::optional<std::string> password;
  std::optional<std::map<std::string, std::string>> userAttributes;
  std::optional<std::map<std::string, std::string>> validationData;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a user migration trigger: the user to create in the pool.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsMigrateUserResponse {
  std::optional<std::map<std::string, std::string>> userAttributes;
  /// "CONFIRMED" or "RESET_REQUIRED".
  std::optional<std::string> finalUserStatus;
  /// "SUPPRESS" to send no welcome message.
  std::optional<std::string> messageAction;
  /// "EMAIL" and/or "SMS": where to send the welcome message.
  std::optional<std::vector<std::string>> desiredDeliveryMediums;
  std::optional<bool> forceAliasCreation;
  std::optional<bool> enableSMSMFA;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent when a user who is not in the pool signs in or resets their password: the function can
/// look them up in a legacy directory and return their attributes to create them.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsMigrateUser : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsMigrateUserRequest request;
  CognitoEventUserPoolsMigrateUserResponse response;
};

// ---------------------------------------------------------------------------------------------
// Custom authentication challenges

/// One challenge of the current custom authentication session and how the user answered it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsChallengeResult {
  /// "CUSTOM_CHALLENGE", "PASSWORD_VERIFIER", "SMS_MFA", "SRP_A", …
  std::string challengeName;
  bool challengeResult = false;  ///< true when the user answered the challenge correctly
  /// What CreateAuthChallenge set as the challenge's metadata.
  std::optional<std::string> challengeMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request of a define auth challenge trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsDefineAuthChallengeRequest {
  std::map<std::string, std::string> userAttributes;
  /// The challenges so far, oldest first.
  std::vector<CognitoEventUserPoolsChallengeResult> session;
  std::optional<std::map<std::string, std::string>> clientMetadata;
  std::optional<bool> userNotFound;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a define auth challenge trigger: the next step of the custom flow.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsDefineAuthChallengeResponse {
  /// The next challenge ("CUSTOM_CHALLENGE", "PASSWORD_VERIFIER", …).
  std::optional<std::string> challengeName;
  std::optional<bool> issueTokens;         ///< true: authentication succeeded
  std::optional<bool> failAuthentication;  ///< true: authentication failed

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent at each step of a custom authentication flow to choose the next challenge or finish.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsDefineAuthChallenge : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsDefineAuthChallengeRequest request;
  CognitoEventUserPoolsDefineAuthChallengeResponse response;
};

/// The request of a create auth challenge trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCreateAuthChallengeRequest {
  std::map<std::string, std::string> userAttributes;
  /// The challenge to create, as DefineAuthChallenge chose it.
  std::string challengeName;
  std::vector<CognitoEventUserPoolsChallengeResult> session;
  std::optional<std::map<std::string, std::string>> clientMetadata;
  std::optional<bool> userNotFound;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a create auth challenge trigger: the challenge to present.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCreateAuthChallengeResponse {
  /// Sent to the client with the challenge.
  std::optional<std::map<std::string, std::string>> publicChallengeParameters;
  /// Kept by Cognito and passed to VerifyAuthChallenge (the expected answer, typically).
  std::optional<std::map<std::string, std::string>> privateChallengeParameters;
  /// A name for the challenge, seen again in later `session` entries.
  std::optional<std::string> challengeMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent after DefineAuthChallenge chose "CUSTOM_CHALLENGE", to create that challenge.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCreateAuthChallenge : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsCreateAuthChallengeRequest request;
  CognitoEventUserPoolsCreateAuthChallengeResponse response;
};

/// The request of a verify auth challenge response trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsVerifyAuthChallengeRequest {
  std::map<std::string, std::string> userAttributes;
  /// What CreateAuthChallenge returned as `privateChallengeParameters`.
  std::map<std::string, std::string> privateChallengeParameters;
  /// The user's answer, as the client sent it in `ChallengeResponses.ANSWER`.
  std::string challengeAnswer;
  std::optional<std::map<std::string, std::string>> clientMetadata;
  std::optional<bool> userNotFound;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a verify auth challenge response trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsVerifyAuthChallengeResponse {
  std::optional<bool> answerCorrect;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent with the user's answer to a custom challenge, to check it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsVerifyAuthChallenge : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsVerifyAuthChallengeRequest request;
  CognitoEventUserPoolsVerifyAuthChallengeResponse response;
};

// ---------------------------------------------------------------------------------------------
// Pre token generation

/// The groups and IAM roles Cognito is about to put in the tokens (request side).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsGroupConfiguration {
  std::vector<std::string> groupsToOverride;    ///< the user's groups
  std::vector<std::string> iamRolesToOverride;  ///< the IAM roles of those groups
  std::optional<std::string> preferredRole;     ///< the role of the highest-precedence group

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Replacement groups and roles for the tokens (response side): each member that is set replaces
/// the corresponding value; an empty one leaves it as it was.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsGroupOverrideDetails {
  std::optional<std::vector<std::string>> groupsToOverride;
  std::optional<std::vector<std::string>> iamRolesToOverride;
  std::optional<std::string> preferredRole;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Changes to the ID token's claims (pre token generation V1).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsClaimsOverrideDetails {
  /// Claims to add or replace; V1 supports string values only.
  std::optional<std::map<std::string, std::string>> claimsToAddOrOverride;
  std::optional<std::vector<std::string>> claimsToSuppress;
  std::optional<CognitoEventUserPoolsGroupOverrideDetails> groupOverrideDetails;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request of a pre token generation trigger (V1 event).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGenRequest {
  std::map<std::string, std::string> userAttributes;
  CognitoEventUserPoolsGroupConfiguration groupConfiguration;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a pre token generation trigger (V1 event).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGenResponse {
  std::optional<CognitoEventUserPoolsClaimsOverrideDetails> claimsOverrideDetails;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent before Cognito issues tokens, to change the ID token's claims and groups (V1 event,
/// `version` "1").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGen : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPreTokenGenRequest request;
  CognitoEventUserPoolsPreTokenGenResponse response;
};

/// Changes to the ID token (pre token generation V2).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsIdTokenGeneration {
  /// Claims to add or replace, each any JSON value (string, number, boolean, array, object).
  std::optional<std::map<std::string, json::raw_json>> claimsToAddOrOverride;
  std::optional<std::vector<std::string>> claimsToSuppress;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Changes to the access token (pre token generation V2).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsAccessTokenGeneration {
  /// Claims to add or replace, each any JSON value (string, number, boolean, array, object).
  std::optional<std::map<std::string, json::raw_json>> claimsToAddOrOverride;
  std::optional<std::vector<std::string>> claimsToSuppress;
  std::optional<std::vector<std::string>> scopesToAdd;
  std::optional<std::vector<std::string>> scopesToSuppress;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Changes to the ID and access tokens and to the groups (pre token generation V2).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsClaimsAndScopeOverrideDetails {
  std::optional<CognitoEventUserPoolsIdTokenGeneration> idTokenGeneration;
  std::optional<CognitoEventUserPoolsAccessTokenGeneration> accessTokenGeneration;
  std::optional<CognitoEventUserPoolsGroupOverrideDetails> groupOverrideDetails;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request of a pre token generation trigger (V2 event).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGenV2Request {
  std::map<std::string, std::string> userAttributes;
  CognitoEventUserPoolsGroupConfiguration groupConfiguration;
  std::vector<std::string> scopes;  ///< the scopes of the access token being issued
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a pre token generation trigger (V2 event).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGenV2Response {
  std::optional<CognitoEventUserPoolsClaimsAndScopeOverrideDetails> claimsAndScopeOverrideDetails;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent before Cognito issues tokens, to change the claims of both tokens, the access token's
/// scopes and the groups (V2 event, `version` "2"; the trigger's event version "V2_0").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsPreTokenGenV2 : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsPreTokenGenV2Request request;
  CognitoEventUserPoolsPreTokenGenV2Response response;
};

// ---------------------------------------------------------------------------------------------
// Messages

/// The request of a custom message trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomMessageRequest {
  /// The user's attributes. Cognito sends strings ("true" for verified flags); a boolean is
  /// accepted too, as some senders write `"email_verified": true`.
  std::map<std::string, std::variant<std::string, bool>> userAttributes;
  /// The placeholder ("{####}") to put in the message where the code goes.
  std::string codeParameter;
  /// The placeholder for the verification link, when the pool sends links.
  std::optional<std::string> linkParameter;
  /// The placeholder for the user name (admin-created users' invitations).
  std::optional<std::string> usernameParameter;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a custom message trigger: the message to send instead of the default.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomMessageResponse {
  std::optional<std::string> smsMessage;    ///< must contain the code placeholder
  std::optional<std::string> emailMessage;  ///< must contain the code placeholder
  std::optional<std::string> emailSubject;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent before Cognito sends a verification, MFA or invitation message, to customize it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomMessage : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsCustomMessageRequest request;
  CognitoEventUserPoolsCustomMessageResponse response;
};

/// The request of a custom email sender trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomEmailSenderRequest {
  /// The request's version, "customEmailSenderRequestV1".
  std::string type;
  /// The code to send, encrypted with the pool's KMS key (base64 ciphertext); absent for messages
  /// without a code.
  std::optional<std::string> code;
  std::map<std::string, std::string> userAttributes;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a custom email sender trigger: nothing to set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomEmailSenderResponse {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent instead of an email Cognito would send, so that the function sends it through its own
/// provider.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomEmailSender : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsCustomEmailSenderRequest request;
  CognitoEventUserPoolsCustomEmailSenderResponse response;
};

/// The request of a custom SMS sender trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomSMSSenderRequest {
  /// The request's version, "customSMSSenderRequestV1".
  std::string type;
  /// The code to send, encrypted with the pool's KMS key (base64 ciphertext); absent for messages
  /// without a code.
  std::optional<std::string> code;
  std::map<std::string, std::string> userAttributes;
  std::optional<std::map<std::string, std::string>> clientMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of a custom SMS sender trigger: nothing to set.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomSMSSenderResponse {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent instead of an SMS Cognito would send, so that the function sends it through its own
/// provider.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsCustomSMSSender : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsCustomSMSSenderRequest request;
  CognitoEventUserPoolsCustomSMSSenderResponse response;
};

// ---------------------------------------------------------------------------------------------
// Federation

/// What the external identity provider returned, by provider type: OIDC and social providers
/// send `tokenResponse`, `idToken` (its decoded claims) and `userInfo`; SAML providers send
/// `samlResponse` (the assertion's attributes).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsInboundFederationAttributes {
  std::optional<std::map<std::string, std::string>> tokenResponse;
  std::optional<std::map<std::string, std::string>> idToken;
  std::optional<std::map<std::string, std::string>> userInfo;
  std::optional<std::map<std::string, std::string>> samlResponse;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The request of an inbound federation trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsInboundFederationRequest {
  std::string providerName;
  /// "OIDC", "SAML", "Facebook", "Google", "SignInWithApple" or "LoginWithAmazon".
  std::string providerType;
  CognitoEventUserPoolsInboundFederationAttributes attributes;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response of an inbound federation trigger.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsInboundFederationResponse {
  /// The user-pool attributes to give the user. Attributes left out are dropped; an empty map
  /// keeps the attributes Cognito mapped itself.
  std::map<std::string, std::string> userAttributesToMap;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Sent when a user signs in through an external identity provider, before Cognito maps the
/// provider's attributes to the user's profile.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CognitoEventUserPoolsInboundFederation : CognitoEventUserPoolsHeader {
  CognitoEventUserPoolsInboundFederationRequest request;
  CognitoEventUserPoolsInboundFederationResponse response;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_COGNITO_USERPOOL_TYPES(X) \
  X(CognitoEventUserPoolsPreSignup) \
  X(CognitoEventUserPoolsPreAuthentication) \
  X(CognitoEventUserPoolsPostAuthentication) \
  X(CognitoEventUserPoolsPostConfirmation) \
  X(CognitoEventUserPoolsMigrateUser) \
  X(CognitoEventUserPoolsDefineAuthChallenge) \
  X(CognitoEventUserPoolsCreateAuthChallenge) \
  X(CognitoEventUserPoolsVerifyAuthChallenge) \
  X(CognitoEventUserPoolsPreTokenGen) \
  X(CognitoEventUserPoolsPreTokenGenV2) \
  X(CognitoEventUserPoolsCustomMessage) \
  X(CognitoEventUserPoolsCustomEmailSender) \
  X(CognitoEventUserPoolsCustomSMSSender) \
  X(CognitoEventUserPoolsInboundFederation)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cognito_userpool.json.h>
#endif
