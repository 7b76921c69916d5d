// The glaze peer for serialization_bench's REST request structs (a C++23 translation unit). They
// are plain aggregates, so glaze reflects them with no meta; only raw JSON needs an adapter.
#include "peers/glaze_peer_impl.h"
#include "rest_request.h"

BENCH_GLAZE_INSTANTIATE(bench::RestRequest);
BENCH_GLAZE_INSTANTIATE(bench::RestRequestView);
