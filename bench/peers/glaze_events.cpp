// The glaze peer for the event types events_bench measures (a C++23 translation unit).
#include "event_fields.h"
#include "peers/glaze_peer_impl.h"

BENCH_GLAZE_INSTANTIATE(lambda::events::APIGatewayProxyRequest);
BENCH_GLAZE_INSTANTIATE(lambda::events::APIGatewayV2HTTPRequest);
BENCH_GLAZE_INSTANTIATE(lambda::events::SQSEvent);
BENCH_GLAZE_INSTANTIATE(lambda::events::S3Event);
BENCH_GLAZE_INSTANTIATE(lambda::events::DynamoDBEvent);
BENCH_GLAZE_INSTANTIATE(lambda::events::borrowed::APIGatewayProxyRequest);
BENCH_GLAZE_INSTANTIATE(lambda::events::borrowed::APIGatewayV2HTTPRequest);
BENCH_GLAZE_INSTANTIATE(lambda::events::borrowed::SQSEvent);
BENCH_GLAZE_INSTANTIATE(lambda::events::borrowed::S3Event);
