#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed".
# It installs what the tests need from this repository's own files first.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT

if [ -f package-lock.json ]; then
  echo "Installing node packages (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed"; exit 1; }
fi

echo "Building..."
if ! dotnet build FluentMcp.Orleans.sln -nologo -v quiet > "$log_dir/build.log" 2>&1; then
  cat "$log_dir/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test FluentMcp.Orleans.sln --no-build -nologo 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: F, Passed: P, ..." or "Failed!  - Failed: F, Passed: P, ...".
read -r passed failed < <(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+' "$log_dir/test.log" \
  | awk '{ gsub(",", ""); f += $2; p += $4 } END { print p + 0, f + 0 }')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failed test (a crashed test host, say): count it as a failure.
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
