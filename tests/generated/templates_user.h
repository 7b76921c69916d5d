#pragma once
// Another header using templates.h's specializations: their codecs come from templates.json.h,
// which the generated header includes, not from a second definition (it would not link).

#include "templates.h"

#include <lambda/json/annotate.h>

#include <optional>
#include <vector>

namespace events {

struct LAMBDA_JSON Archive {
  std::vector<Envelope<Created>> created;  // templates.h's Feed uses it
  std::optional<MessageView> view;         // templates.h's alias names it
  Envelope<bool> flag;                     // nothing else uses it: generated here
  friend bool operator==(const Archive&, const Archive&) = default;
};

}  // namespace events
