# Sourced by the tests that follow a document as a user would (tests/package/readme_quickstart_test.sh,
# scripts/test-arm64.sh), so that the commands they run are the document's own.
#
# extract_doc_blocks MARKER DOC OUTDIR: the fenced block after each <!-- MARKER file: PATH -->,
# <!-- MARKER run: NAME --> or <!-- MARKER output: NAME --> line of DOC, written to OUTDIR/PATH,
# OUTDIR/run-NAME or OUTDIR/output-NAME.
extract_doc_blocks() {
  awk -v out="$3" -v marker="$1" '
  $0 ~ "^<!-- " marker " (file|run|output): .* -->$" {
    kind = $3; sub(/:$/, "", kind); name = $4
    target = (kind == "file") ? out "/" name : out "/" kind "-" name
    if (kind == "file") { dir = target; sub(/\/[^\/]*$/, "", dir); system("mkdir -p \"" dir "\"") }
    pending = 1; next
  }
  pending && /^```/ { pending = 0; inside = 1; printf "" > target; next }
  inside && /^```$/ { inside = 0; close(target); next }
  inside { print >> target }
' "$2"
}
