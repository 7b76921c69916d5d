#pragma once
// One type holding the generator features of issue 17 that fuzzing covers together: members with
// codecs of the user's own, tagged variants and containers known by what they can do (one fuzz
// target for all keeps CI short).
#include "containers.h"
#include "custom_codecs.h"
#include "tagged.h"

#include <lambda/json/annotate.h>

namespace user_types {

struct LAMBDA_JSON Both {
  billing::Invoice invoice;
  orders::Envelope envelope;
  shelf::Shelf shelf;
};

}  // namespace user_types
