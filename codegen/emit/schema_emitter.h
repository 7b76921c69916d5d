#pragma once
/// \file
/// Emits one JSON Schema (draft 2020-12) per annotated type of a module: what its generated
/// reader accepts, as far as JSON Schema can say it.

#include "model/module.h"

#include <string>
#include <string_view>
#include <vector>

namespace lambdagen::codegen::emit {

/// One schema document and the file name it is written under.
struct SchemaFile {
  std::string file_name;
  std::string text;
};

/// The name every schema of a type is known by, its file name without `.schema.json` and its
/// `$defs` key: the qualified name without leading `::`, with `::` → `.`, `<` → `(`, `>` → `)`,
/// the spaces after commas dropped and any other character outside [A-Za-z0-9_.,()] → `_`.
/// `::shop::Order` → `shop.Order`; `::shop::Envelope<::shop::Created, int>` →
/// `shop.Envelope(shop.Created,int)`; `unsigned int` → `unsigned_int`.
std::string schema_name(std::string_view qualified_name);

/// `schema_name(qualified_name) + ".schema.json"`.
std::string schema_file_name(std::string_view qualified_name);

/// One self-contained schema per type of `module`, in the module's order, then one per annotated
/// alias, under the alias's name (`shop.Message.schema.json`), of the specialization it names. The annotated types it
/// uses from the same module are under `$defs`; those of other headers are `$ref`s to their own
/// schema files by file name, which resolve when the schemas of every header sit in one folder.
std::vector<SchemaFile> emit_schemas(const model::Module& module);

}  // namespace lambdagen::codegen::emit
