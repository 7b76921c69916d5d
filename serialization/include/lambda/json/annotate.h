#pragma once
/// \file
/// The annotations that make a type serializable and tune how its members map to JSON keys.
///
/// They expand to `[[clang::annotate(...)]]` under Clang — which is what the Lambdagen generator
/// runs — and to nothing under other compilers, so annotated headers build anywhere.

#if defined(__clang__)
#define LAMBDA_JSON_DETAIL_ANNOTATE(...) [[clang::annotate(__VA_ARGS__)]]
#else
#define LAMBDA_JSON_DETAIL_ANNOTATE(...)
#endif

/// Marks a struct/class (`struct LAMBDA_JSON Order {...};`) or an enum
/// (`enum class LAMBDA_JSON Color {...};`) as serializable: the generator emits its codec.
#define LAMBDA_JSON LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json")

/// Chooses how member names become keys for a whole type: "as_declared" (the default),
/// "camelCase", "PascalCase" or "snake_case". Explicit LAMBDA_JSON_NAME wins over the policy.
#define LAMBDA_JSON_NAMING(policy) LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.naming", policy)

/// Makes keys the type does not declare an error instead of skipping them.
#define LAMBDA_JSON_REJECT_UNKNOWN LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.reject_unknown")

/// Gives a member its JSON key explicitly (`LAMBDA_JSON_NAME("unit_price") double price;`), or an
/// enumerator its string — after the enumerator, as C++ places its attributes: `blue LAMBDA_JSON_NAME("dark-blue")`.
#define LAMBDA_JSON_NAME(key) LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.name", key)

/// Leaves a member out of JSON entirely: never read, never written.
#define LAMBDA_JSON_SKIP LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.skip")

/// Makes a missing key an error instead of leaving the member's default.
#define LAMBDA_JSON_REQUIRED LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.required")

/// Writes an empty std::optional member as `null` instead of omitting its key.
#define LAMBDA_JSON_WRITE_NULL LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.write_null")

/// On a type: `null` for any of its members reads as that member's default value, exactly like a
/// missing key (for the payloads AWS and its tools send with `null` for "absent"). On a member:
/// the same for that member only. Without it, `null` is an error for members that are not
/// std::optional (or raw_json). A required member that comes as `null` is reported as missing.
#define LAMBDA_JSON_NULL_AS_DEFAULT LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.null_as_default")

/// Another key that reads into this member (`LAMBDA_JSON_ALIAS("SigningCertURL") std::string
/// SigningCertUrl;`); repeat it for more. The member's own key is the one written.
#define LAMBDA_JSON_ALIAS(key) LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.alias", key)

/// Marks the one member that keeps every key no other member takes, with its value, and writes
/// them back after the other members: `LAMBDA_JSON_EXTRA std::map<std::string,
/// lambda::json::raw_json> other;`. Any map with string keys works; its value type still
/// validates what it reads. Entries whose key a member reads (its key or an alias) are not
/// written, so a document never holds a key twice.
#define LAMBDA_JSON_EXTRA LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.extra")

/// Makes a std::variant member of LAMBDA_JSON structs internally tagged: the object carries the key
/// `key`, whose value names the alternative it holds (`LAMBDA_JSON_TAG("type") std::variant<Created,
/// Cancelled> event;` reads `{"type":"Created","id":1}`). Also on a std::optional or std::vector of
/// such a variant. The tag is written first and read wherever it stands.
#define LAMBDA_JSON_TAG(key) LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.tag", key)

/// On a struct: the name a tagged variant's tag gives it (`struct LAMBDA_JSON
/// LAMBDA_JSON_TAG_VALUE("order.created") Created {...};`). Without it, the struct's own name under
/// its naming policy.
#define LAMBDA_JSON_TAG_VALUE(value) LAMBDA_JSON_DETAIL_ANNOTATE("lambda.json.tag_value", value)
