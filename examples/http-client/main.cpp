// A function that calls another HTTP service with libcurl (and OpenSSL behind it). libcurl exists
// only as a shared library on Debian, so lambdagen_package chooses the self-contained layout: the
// zip carries the loader and every shared library, glibc included, in lib/.
#include "request.json.h"

#include <curl/curl.h>
#include <lambda/runtime.h>

#include <memory>
#include <string>

using example::FetchRequest;
using example::FetchResponse;

namespace {

size_t append(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

struct curl_deleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

}  // namespace

lambda::outcome<FetchResponse> handler(const FetchRequest& request) {
  std::unique_ptr<CURL, curl_deleter> curl(curl_easy_init());
  if (!curl) return lambda::failure("Fetch.Init", "curl_easy_init failed");
  FetchResponse response;
  const curl_version_info_data* version = curl_version_info(CURLVERSION_NOW);
  response.client =
      std::string("libcurl/") + version->version + " " + (version->ssl_version ? version->ssl_version : "");
  curl_easy_setopt(curl.get(), CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 5L);
  if (request.body) {
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, request.body->c_str());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body->size()));
  }
  if (CURLcode code = curl_easy_perform(curl.get()); code != CURLE_OK) {
    return lambda::failure("Fetch.Failed", request.url + ": " + curl_easy_strerror(code));
  }
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

int main() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  return lambda::run(handler);
}
