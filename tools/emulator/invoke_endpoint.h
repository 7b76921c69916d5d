#pragma once
// The caller's side of the emulator: the invoke endpoint of AWS's Runtime Interface Emulator,
// `POST /2015-03-31/functions/function/invocations`. Nothing else is served on its port (404, as
// in AWS's emulator): the function's Runtime API listens elsewhere, where only the function is
// told to connect.

#include "emulator.h"
#include "http_message.h"

namespace lambda::emulator {

class invoke_endpoint {
 public:
  explicit invoke_endpoint(emulator& service) : service_(service) {}

  /// The http_server handler of the invoke port. A buffered answer comes back with
  /// Content-Length; a streamed one is relayed chunked as it arrives, its outcome in trailers.
  http_response handle(const http_request& request);

 private:
  http_response invoke(const http_request& request);

  emulator& service_;
};

}  // namespace lambda::emulator
