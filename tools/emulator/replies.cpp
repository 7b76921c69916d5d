#include "replies.h"

#include <lambda/json/writer.h>

#include <utility>

namespace lambda::emulator {

std::string json_string(std::string_view text) {
  lambda::json::writer w;
  w.string(text);
  return w.release();
}

std::string error_json(std::string_view type, std::string_view message) {
  return "{\"errorType\":" + json_string(type) + ",\"errorMessage\":" + json_string(message) + "}";
}

http_response json_reply(int status, std::string body) {
  http_response r;
  r.status = status;
  r.headers.set("content-type", "application/json");
  r.body = std::move(body);
  return r;
}

}  // namespace lambda::emulator
