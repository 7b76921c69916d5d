#pragma once
// One type holding the generator features of issue 17 that fuzzing covers together: members with
// codecs of the user's own, and tagged variants (one fuzz target for both keeps CI short).
#include "custom_codecs.h"
#include "tagged.h"

#include <lambda/json/annotate.h>

namespace user_types {

struct LAMBDA_JSON Both {
  billing::Invoice invoice;
  orders::Envelope envelope;
};

}  // namespace user_types
