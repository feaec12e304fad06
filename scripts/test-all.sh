#!/usr/bin/env bash
# The full test run: installs what it needs, then lint, typecheck, unit, integration on the embedded database and
# on a throwaway PostgreSQL, and end-to-end in Debian's Chromium. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export ONNXRUNTIME_NODE_INSTALL=skip
export CI="${CI:-true}"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# Without a colour emoji font Chromium draws emoji in comments and screenshots as empty boxes.
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need_apt+=(fonts-noto-color-emoji)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "Installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root (or install ${need_apt[*]} yourself)"; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages"
  npm install --no-audit --no-fund
fi

PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    bash scripts/throwaway-postgres.sh stop "$PG_DIR" || true
  fi
}
trap cleanup EXIT

step "Lint (Biome)"
npm run lint
step "Typecheck"
npm run typecheck
step "Unit tests"
npm test
# The integration runs are the longest steps and each is mostly one process waiting on its database (PGlite's
# child process, or postgres), so they run side by side, each with its own log, printed whole when all are done.
# The embedded run is the slower one (every test file boots its own PGlite), so its files are split in two halves.
# The browser tests then run alone: they are the ones that time out when the machine is short of CPU.
step "Integration tests on the embedded database (PGlite, two halves) and on PostgreSQL, side by side"
PG_DIR="$(mktemp -d /tmp/lantoa-pg-XXXXXX)"
PG_URL="$(bash scripts/throwaway-postgres.sh start "$PG_DIR")"
echo "PostgreSQL at $PG_URL"
LOG_DIR="$(mktemp -d /tmp/lantoa-logs-XXXXXX)"
npm run test:integration -- --shard=1/2 >"$LOG_DIR/pglite-1.log" 2>&1 &
pglite1_pid=$!
npm run test:integration -- --shard=2/2 >"$LOG_DIR/pglite-2.log" 2>&1 &
pglite2_pid=$!
TEST_DATABASE_URL="$PG_URL" npm run test:integration >"$LOG_DIR/postgres.log" 2>&1 &
postgres_pid=$!
failed=0
for run in pglite1 pglite2 postgres; do
  pid_var="${run}_pid"
  wait "${!pid_var}" || failed=1
done
step "Integration tests on the embedded database, first half"
cat "$LOG_DIR/pglite-1.log"
step "Integration tests on the embedded database, second half"
cat "$LOG_DIR/pglite-2.log"
step "Integration tests on PostgreSQL"
cat "$LOG_DIR/postgres.log"
if [ "$failed" -ne 0 ]; then
  echo "Integration tests failed (see the logs above)" >&2
  exit 1
fi

step "End-to-end tests (Playwright in Debian's Chromium)"
npm run build:web
npm run test:e2e

step "All checks passed"
