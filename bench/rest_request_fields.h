#pragma once
// Field lists of bench/rest_request.h's owned types, for the generic RapidJSON and nlohmann peers.

#include "peers/field_list.h"
#include "rest_request.h"

BENCH_FIELDS(bench::Identity, BENCH_F(cognitoIdentityPoolId), BENCH_F(accountId), BENCH_F(cognitoIdentityId),
             BENCH_F(caller), BENCH_F(apiKey), BENCH_F(apiKeyId), BENCH_F(accessKey), BENCH_F(sourceIp),
             BENCH_F(cognitoAuthenticationType), BENCH_F(cognitoAuthenticationProvider), BENCH_F(userArn),
             BENCH_F(userAgent), BENCH_F(user));
BENCH_FIELDS(bench::RequestContext, BENCH_F(accountId), BENCH_F(resourceId), BENCH_F(stage), BENCH_F(requestId),
             BENCH_F(extendedRequestId), BENCH_F(requestTime), BENCH_F(requestTimeEpoch), BENCH_F(path),
             BENCH_F(resourcePath), BENCH_F(httpMethod), BENCH_F(apiId), BENCH_F(protocol), BENCH_F(domainName),
             BENCH_F(domainPrefix), BENCH_F(identity), BENCH_F(authorizer));
BENCH_FIELDS(bench::RestRequest, BENCH_F(resource), BENCH_F(path), BENCH_F(httpMethod), BENCH_F(headers),
             BENCH_F(multiValueHeaders), BENCH_F(queryStringParameters), BENCH_F(multiValueQueryStringParameters),
             BENCH_F(pathParameters), BENCH_F(stageVariables), BENCH_F(requestContext), BENCH_F(body),
             BENCH_F(isBase64Encoded));
