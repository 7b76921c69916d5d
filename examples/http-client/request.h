#pragma once
// What this example's function is asked to fetch, and what it answers.

#include <lambda/json/annotate.h>

#include <optional>
#include <string>

namespace example {

struct LAMBDA_JSON FetchRequest {
  LAMBDA_JSON_REQUIRED std::string url;
  std::optional<std::string> body;  // POSTed when present, else GET
};

struct LAMBDA_JSON FetchResponse {
  long status = 0;
  std::string body;
  std::string client;  // libcurl's version and TLS library: proof they loaded from the zip
};

}  // namespace example
