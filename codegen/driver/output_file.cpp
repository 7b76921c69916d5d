#include "driver/output_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace lambdagen::codegen::driver {

WriteOutcome write_if_changed(const std::string& path, const std::string& content, std::string& error) {
  namespace fs = std::filesystem;
  {
    std::ifstream existing(path, std::ios::binary);
    if (existing) {
      std::ostringstream text;
      text << existing.rdbuf();
      if (text.str() == content) return WriteOutcome::unchanged;
    }
  }
  std::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) {
    error = "cannot create directory '" + target.parent_path().string() + "': " + ec.message();
    return WriteOutcome::failed;
  }
  fs::path temporary = target;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out.flush()) {
      error = "cannot write '" + temporary.string() + "'";
      return WriteOutcome::failed;
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    error = "cannot replace '" + path + "': " + ec.message();
    fs::remove(temporary, ec);
    return WriteOutcome::failed;
  }
  return WriteOutcome::written;
}

}  // namespace lambdagen::codegen::driver
