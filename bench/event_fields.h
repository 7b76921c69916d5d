#pragma once
// Field lists of the event types the benchmark measures, for the generic RapidJSON and nlohmann
// peers (Lambdagen reads the same types through its generated codecs and needs none of this).

#include "peers/field_list.h"

#include <lambda/events/sqs.h>

namespace ev = lambda::events;

BENCH_FIELDS(ev::SQSMessageAttribute, BENCH_F(stringValue), BENCH_F(binaryValue), BENCH_F(stringListValues),
             BENCH_F(binaryListValues), BENCH_F(dataType));
BENCH_FIELDS(ev::SQSMessage, BENCH_F(messageId), BENCH_F(receiptHandle), BENCH_F(body), BENCH_F(md5OfBody),
             BENCH_F(md5OfMessageAttributes), BENCH_F(attributes), BENCH_F(messageAttributes),
             BENCH_F(eventSourceARN), BENCH_F(eventSource), BENCH_F(awsRegion));
BENCH_FIELDS(ev::SQSEvent, BENCH_F(Records));
