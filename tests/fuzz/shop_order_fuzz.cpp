// A user type under libFuzzer, declared the way the README shows: one line, plus the generated
// testing header. Inputs alternate between JSON text and bytes that build a value.
#include "shop.testing.h"

#include <lambda/json/testing.h>

LAMBDA_JSON_FUZZ_TARGET(shop::Order)
