#include "model/record.h"

namespace lambdagen::codegen::model {

std::vector<std::string> keys_read(const Record& record) {
  std::vector<std::string> keys;
  for (const auto& field : record.fields) keys.push_back(field.key);
  for (const auto& field : record.fields) keys.insert(keys.end(), field.aliases.begin(), field.aliases.end());
  return keys;
}

std::vector<std::size_t> fields_of_keys_read(const Record& record) {
  std::vector<std::size_t> owners;
  for (std::size_t i = 0; i < record.fields.size(); ++i) owners.push_back(i);
  for (std::size_t i = 0; i < record.fields.size(); ++i)
    owners.insert(owners.end(), record.fields[i].aliases.size(), i);
  return owners;
}

}  // namespace lambdagen::codegen::model
