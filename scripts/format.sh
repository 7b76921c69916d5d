#!/usr/bin/env bash
# Applies the project's one C++ style (.clang-format, clang-format 16) to the given paths, or to
# every tracked C++ file; with --check, changes nothing and lists the files that differ.
# The generator's golden outputs and its test inputs are left as they are: they are data.
# Usage: scripts/format.sh [--check] [path...]
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
if [[ ${1:-} == --check ]]; then check=1; shift; fi
format=${CLANG_FORMAT:-clang-format-16}
mapfile -t files < <(git ls-files -- "${@:-.}" | grep -E '\.(h|cpp)$' | grep -v -e '^tests/codegen/golden/' -e '^tests/codegen/inputs/')
if (( check )); then
  status=0
  for f in "${files[@]}"; do
    if ! "$format" --dry-run -Werror "$f" >/dev/null 2>&1; then echo "$f"; status=1; fi
  done
  exit $status
fi
"$format" -i "${files[@]}"
