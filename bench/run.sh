#!/usr/bin/env bash
# Runs the benchmarks and writes bench/results/latest.json and bench/results/latest.md.
# Installs what it needs first: redis-server from Debian's packages (needs root) and Azurite from bench/package-lock.json.
# Every server it uses is started by the driver on 127.0.0.1 with a free port and stopped at the end.
# Options go to the driver: `bash bench/run.sh --help` lists them (round length, rounds, in-flight counts, scenarios).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v redis-server > /dev/null; then
  echo "Installing redis-server..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server > /dev/null
fi

if [ ! -x "$bench/node_modules/.bin/azurite-table" ]; then
  echo "Installing Azurite..."
  (cd "$bench" && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "Building (Release)..."
dotnet build "$bench/Benchmarks/Benchmarks.csproj" -c Release -nologo -v quiet

exec dotnet "$bench/Benchmarks/bin/Release/net10.0/FluentMcp.Orleans.Benchmarks.dll" "$@"
