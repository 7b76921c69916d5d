#pragma once
// Field lists of the event types the benchmark measures, for the generic RapidJSON and nlohmann
// peers and glaze's meta (Lambdagen reads the same types through its generated codecs and needs
// none of this). The class templates' lists serve their owned and borrowed specializations.

#include "peers/field_list.h"

#include <lambda/events/apigateway.h>
#include <lambda/events/dynamodb.h>
#include <lambda/events/s3.h>
#include <lambda/events/sqs.h>

namespace ev = lambda::events;

BENCH_TEMPLATE_FIELDS(ev::basic_SQSMessageAttribute, BENCH_F(stringValue), BENCH_F(binaryValue),
                      BENCH_F(stringListValues), BENCH_F(binaryListValues), BENCH_F(dataType));
BENCH_TEMPLATE_FIELDS(ev::basic_SQSMessage, BENCH_F(messageId), BENCH_F(receiptHandle), BENCH_F(body),
                      BENCH_F(md5OfBody), BENCH_F(md5OfMessageAttributes), BENCH_F(attributes),
                      BENCH_F(messageAttributes), BENCH_F(eventSourceARN), BENCH_F(eventSource), BENCH_F(awsRegion));
BENCH_TEMPLATE_FIELDS(ev::basic_SQSEvent, BENCH_F(Records));

BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayClientCertValidity, BENCH_F(notBefore), BENCH_F(notAfter));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayClientCert, BENCH_F(clientCertPem), BENCH_F(subjectDN), BENCH_F(issuerDN),
                      BENCH_F(serialNumber), BENCH_F(validity));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayRequestIdentity, BENCH_F(cognitoIdentityPoolId), BENCH_F(accountId),
                      BENCH_F(cognitoIdentityId), BENCH_F(caller), BENCH_F(apiKey), BENCH_F(apiKeyId),
                      BENCH_F(accessKey), BENCH_F(sourceIp), BENCH_F(cognitoAuthenticationType),
                      BENCH_F(cognitoAuthenticationProvider), BENCH_F(userArn), BENCH_F(userAgent), BENCH_F(user),
                      BENCH_F(principalOrgId), BENCH_F(vpcId), BENCH_F(vpceId), BENCH_F(clientCert));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayProxyRequestContext, BENCH_F(accountId), BENCH_F(resourceId),
                      BENCH_F(operationName), BENCH_F(stage), BENCH_F(domainName), BENCH_F(domainPrefix),
                      BENCH_F(requestId), BENCH_F(extendedRequestId), BENCH_F(protocol), BENCH_F(identity),
                      BENCH_F(resourcePath), BENCH_F(path), BENCH_F(authorizer), BENCH_F(httpMethod),
                      BENCH_F(requestTime), BENCH_F(requestTimeEpoch), BENCH_F(apiId), BENCH_F(connectionId));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayProxyRequest, BENCH_F(version), BENCH_F(resource), BENCH_F(path),
                      BENCH_F(httpMethod), BENCH_F(headers), BENCH_F(multiValueHeaders), BENCH_F(queryStringParameters),
                      BENCH_F(multiValueQueryStringParameters), BENCH_F(pathParameters), BENCH_F(stageVariables),
                      BENCH_F(requestContext), BENCH_F(body), BENCH_F(isBase64Encoded));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextHTTPDescription, BENCH_F(method), BENCH_F(path),
                      BENCH_F(protocol), BENCH_F(sourceIp), BENCH_F(userAgent));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity, BENCH_F(amr),
                      BENCH_F(identityId), BENCH_F(identityPoolId));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextAuthorizerIAMDescription, BENCH_F(accessKey),
                      BENCH_F(accountId), BENCH_F(callerId), BENCH_F(cognitoIdentity), BENCH_F(principalOrgId),
                      BENCH_F(userArn), BENCH_F(userId));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextAuthorizerJWTDescription, BENCH_F(claims),
                      BENCH_F(scopes));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextAuthorizerDescription, BENCH_F(jwt), BENCH_F(lambda),
                      BENCH_F(iam));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContextAuthentication, BENCH_F(clientCert));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequestContext, BENCH_F(routeKey), BENCH_F(accountId), BENCH_F(stage),
                      BENCH_F(requestId), BENCH_F(authorizer), BENCH_F(apiId), BENCH_F(domainName),
                      BENCH_F(domainPrefix), BENCH_F(time), BENCH_F(timeEpoch), BENCH_F(http), BENCH_F(authentication),
                      BENCH_F(routeId));
BENCH_TEMPLATE_FIELDS(ev::basic_APIGatewayV2HTTPRequest, BENCH_F(version), BENCH_F(routeKey), BENCH_F(rawPath),
                      BENCH_F(rawQueryString), BENCH_F(cookies), BENCH_F(headers), BENCH_F(queryStringParameters),
                      BENCH_F(pathParameters), BENCH_F(requestContext), BENCH_F(stageVariables), BENCH_F(body),
                      BENCH_F(isBase64Encoded));

BENCH_TEMPLATE_FIELDS(ev::basic_S3UserIdentity, BENCH_F(principalId));
BENCH_TEMPLATE_FIELDS(ev::basic_S3RequestParameters, BENCH_F(sourceIPAddress));
BENCH_TEMPLATE_FIELDS(ev::basic_S3Bucket, BENCH_F(name), BENCH_F(ownerIdentity), BENCH_F(arn));
BENCH_TEMPLATE_FIELDS(ev::basic_S3Object, BENCH_F(key), BENCH_F(size), BENCH_F(urlDecodedKey), BENCH_F(versionId),
                      BENCH_F(eTag), BENCH_F(sequencer));
BENCH_TEMPLATE_FIELDS(ev::basic_S3Entity, BENCH_F(s3SchemaVersion), BENCH_F(configurationId), BENCH_F(bucket),
                      BENCH_F(object));
BENCH_TEMPLATE_FIELDS(ev::basic_S3RestoreEventData, BENCH_F(lifecycleRestorationExpiryTime),
                      BENCH_F(lifecycleRestoreStorageClass));
BENCH_TEMPLATE_FIELDS(ev::basic_S3GlacierEventData, BENCH_F(restoreEventData));
BENCH_TEMPLATE_FIELDS(ev::basic_S3ReplicationEventData, BENCH_F(replicationRuleId), BENCH_F(destinationBucket),
                      BENCH_F(s3Operation), BENCH_F(requestTime), BENCH_F(failureReason), BENCH_F(threshold),
                      BENCH_F(replicationTime));
BENCH_TEMPLATE_FIELDS(ev::basic_S3IntelligentTieringEventData, BENCH_F(destinationAccessTier));
BENCH_TEMPLATE_FIELDS(ev::basic_S3TransitionEventData, BENCH_F(destinationStorageClass));
BENCH_TEMPLATE_FIELDS(ev::basic_S3LifecycleEventData, BENCH_F(transitionEventData));
BENCH_TEMPLATE_FIELDS(ev::basic_S3EventRecord, BENCH_F(eventVersion), BENCH_F(eventSource), BENCH_F(awsRegion),
                      BENCH_F(eventTime), BENCH_F(eventName), BENCH_F(userIdentity), BENCH_F(requestParameters),
                      BENCH_F(responseElements), BENCH_F(s3), BENCH_F(glacierEventData), BENCH_F(restoreEventData),
                      BENCH_F(replicationEventData), BENCH_F(intelligentTieringEventData), BENCH_F(lifecycleEventData));
BENCH_TEMPLATE_FIELDS(ev::basic_S3Event, BENCH_F(Records));

BENCH_FIELDS(ev::DynamoDBAttributeValue, BENCH_F(S), BENCH_F(N), BENCH_F(B), BENCH_F(SS), BENCH_F(NS), BENCH_F(BS),
             BENCH_F(M), BENCH_F(L), BENCH_K(Null, "NULL"), BENCH_F(BOOL));
BENCH_FIELDS(ev::DynamoDBUserIdentity, BENCH_F(type), BENCH_F(principalId));
BENCH_FIELDS(ev::DynamoDBStreamRecord, BENCH_F(ApproximateCreationDateTime), BENCH_F(Keys), BENCH_F(NewImage),
             BENCH_F(OldImage), BENCH_F(SequenceNumber), BENCH_F(SizeBytes), BENCH_F(StreamViewType));
BENCH_FIELDS(ev::DynamoDBEventRecord, BENCH_F(eventID), BENCH_F(eventName), BENCH_F(eventVersion), BENCH_F(eventSource),
             BENCH_F(awsRegion), BENCH_F(dynamodb), BENCH_F(eventSourceARN), BENCH_F(userIdentity));
BENCH_FIELDS(ev::DynamoDBEvent, BENCH_F(Records));
