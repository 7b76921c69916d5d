// An S3 notification handler: for each record, decode the object key (S3 sends it form-URL
// encoded) and summarize what happened. Returns the summary so `lambda-emulator invoke` shows it.
#include <lambda/events/s3.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

#include <string>

using lambda::events::S3Event;

std::string handler(const S3Event& event, const lambda::Context&) {
  std::string summary;
  for (const auto& record : event.Records) {
    const std::string key = lambda::events::decoded_key(record.s3.object);
    std::string line = record.eventName + " s3://" + record.s3.bucket.name + "/" + key;
    if (record.s3.object.size) line += " (" + std::to_string(*record.s3.object.size) + " bytes)";
    lambda::log::info("{}", line);
    summary += line + "\n";
  }
  return summary;
}

int main() { return lambda::run(handler); }
