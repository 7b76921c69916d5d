// The floor for the runtime benchmark: the least a Runtime API client can do. One kept-alive
// socket, GET /next, read the request id and the body, POST them back as the response; no
// Context, no error handling beyond giving up. Not a runtime anyone should deploy.
#include <lambda/protocol/runtime_api.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <strings.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

namespace runtime_api = lambda::protocol;

int fd = -1;
std::string buffer;  // bytes read but not consumed yet

bool send_all(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool fill() {
  char chunk[65536];
  ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
  if (n <= 0) return false;
  buffer.append(chunk, static_cast<std::size_t>(n));
  return true;
}

// Reads one response; returns its head and puts its body in `body`.
bool read_response(std::string& head, std::string& body) {
  std::size_t end;
  while ((end = buffer.find("\r\n\r\n")) == std::string::npos)
    if (!fill()) return false;
  head = buffer.substr(0, end + 2);
  std::size_t length = 0;
  for (std::size_t pos = 0; pos < head.size();) {
    std::size_t eol = head.find("\r\n", pos);
    std::string line = head.substr(pos, eol - pos);
    for (auto& c : line) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (line.rfind("content-length:", 0) == 0) length = std::strtoul(line.c_str() + 15, nullptr, 10);
    pos = eol + 2;
  }
  while (buffer.size() < end + 4 + length)
    if (!fill()) return false;
  body = buffer.substr(end + 4, length);
  buffer.erase(0, end + 4 + length);
  return true;
}

std::string header_value(const std::string& head, std::string_view name) {
  for (std::size_t pos = 0; pos < head.size();) {
    std::size_t eol = head.find("\r\n", pos);
    std::string_view line(head.data() + pos, eol - pos);
    if (line.size() > name.size() && strncasecmp(line.data(), name.data(), name.size()) == 0 &&
        line[name.size()] == ':') {
      line.remove_prefix(name.size() + 1);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      return std::string(line);
    }
    pos = eol + 2;
  }
  return {};
}

}  // namespace

int main() {
  const char* api = std::getenv("AWS_LAMBDA_RUNTIME_API");
  if (!api) return 2;
  std::string endpoint(api);
  std::size_t colon = endpoint.rfind(':');
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(std::atoi(endpoint.c_str() + colon + 1)));
  ::inet_pton(AF_INET, endpoint.substr(0, colon).c_str(), &address.sin_addr);
  fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return 1;
  const std::string next =
      "GET " + std::string(runtime_api::next_invocation_path) + " HTTP/1.1\r\nHost: " + endpoint + "\r\n\r\n";
  std::string head, body, ignored;
  while (send_all(next) && read_response(head, body)) {
    std::string id = header_value(head, runtime_api::request_id_header);
    std::string post = "POST " + std::string(runtime_api::invocation_path_prefix) + id +
                       std::string(runtime_api::response_path_suffix) + " HTTP/1.1\r\nHost: " + endpoint +
                       "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    if (!send_all(post) || !read_response(head, ignored)) break;
  }
  return 0;
}
