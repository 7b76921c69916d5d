#pragma once
// Field lists of the event types the benchmark measures, for the generic RapidJSON and nlohmann
// peers (Lambdagen reads the same types through its generated codecs and needs none of this).

#include "peers/field_list.h"

#include <lambda/events/apigateway.h>
#include <lambda/events/sqs.h>

namespace ev = lambda::events;

BENCH_FIELDS(ev::SQSMessageAttribute, BENCH_F(stringValue), BENCH_F(binaryValue), BENCH_F(stringListValues),
             BENCH_F(binaryListValues), BENCH_F(dataType));
BENCH_FIELDS(ev::SQSMessage, BENCH_F(messageId), BENCH_F(receiptHandle), BENCH_F(body), BENCH_F(md5OfBody),
             BENCH_F(md5OfMessageAttributes), BENCH_F(attributes), BENCH_F(messageAttributes),
             BENCH_F(eventSourceARN), BENCH_F(eventSource), BENCH_F(awsRegion));
BENCH_FIELDS(ev::SQSEvent, BENCH_F(Records));

BENCH_FIELDS(ev::APIGatewayClientCertValidity, BENCH_F(notBefore), BENCH_F(notAfter));
BENCH_FIELDS(ev::APIGatewayClientCert, BENCH_F(clientCertPem), BENCH_F(subjectDN), BENCH_F(issuerDN), BENCH_F(serialNumber), BENCH_F(validity));
BENCH_FIELDS(ev::APIGatewayRequestIdentity, BENCH_F(cognitoIdentityPoolId), BENCH_F(accountId), BENCH_F(cognitoIdentityId), BENCH_F(caller), BENCH_F(apiKey), BENCH_F(apiKeyId), BENCH_F(accessKey), BENCH_F(sourceIp), BENCH_F(cognitoAuthenticationType), BENCH_F(cognitoAuthenticationProvider), BENCH_F(userArn), BENCH_F(userAgent), BENCH_F(user), BENCH_F(principalOrgId), BENCH_F(vpcId), BENCH_F(vpceId), BENCH_F(clientCert));
BENCH_FIELDS(ev::APIGatewayProxyRequestContext, BENCH_F(accountId), BENCH_F(resourceId), BENCH_F(operationName), BENCH_F(stage), BENCH_F(domainName), BENCH_F(domainPrefix), BENCH_F(requestId), BENCH_F(extendedRequestId), BENCH_F(protocol), BENCH_F(identity), BENCH_F(resourcePath), BENCH_F(path), BENCH_F(authorizer), BENCH_F(httpMethod), BENCH_F(requestTime), BENCH_F(requestTimeEpoch), BENCH_F(apiId), BENCH_F(connectionId));
BENCH_FIELDS(ev::APIGatewayProxyRequest, BENCH_F(version), BENCH_F(resource), BENCH_F(path), BENCH_F(httpMethod), BENCH_F(headers), BENCH_F(multiValueHeaders), BENCH_F(queryStringParameters), BENCH_F(multiValueQueryStringParameters), BENCH_F(pathParameters), BENCH_F(stageVariables), BENCH_F(requestContext), BENCH_F(body), BENCH_F(isBase64Encoded));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextHTTPDescription, BENCH_F(method), BENCH_F(path), BENCH_F(protocol), BENCH_F(sourceIp), BENCH_F(userAgent));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextAuthorizerCognitoIdentity, BENCH_F(amr), BENCH_F(identityId), BENCH_F(identityPoolId));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextAuthorizerIAMDescription, BENCH_F(accessKey), BENCH_F(accountId), BENCH_F(callerId), BENCH_F(cognitoIdentity), BENCH_F(principalOrgId), BENCH_F(userArn), BENCH_F(userId));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextAuthorizerJWTDescription, BENCH_F(claims), BENCH_F(scopes));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextAuthorizerDescription, BENCH_F(jwt), BENCH_F(lambda), BENCH_F(iam));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContextAuthentication, BENCH_F(clientCert));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequestContext, BENCH_F(routeKey), BENCH_F(accountId), BENCH_F(stage), BENCH_F(requestId), BENCH_F(authorizer), BENCH_F(apiId), BENCH_F(domainName), BENCH_F(domainPrefix), BENCH_F(time), BENCH_F(timeEpoch), BENCH_F(http), BENCH_F(authentication), BENCH_F(routeId));
BENCH_FIELDS(ev::APIGatewayV2HTTPRequest, BENCH_F(version), BENCH_F(routeKey), BENCH_F(rawPath), BENCH_F(rawQueryString), BENCH_F(cookies), BENCH_F(headers), BENCH_F(queryStringParameters), BENCH_F(pathParameters), BENCH_F(requestContext), BENCH_F(stageVariables), BENCH_F(body), BENCH_F(isBase64Encoded));
