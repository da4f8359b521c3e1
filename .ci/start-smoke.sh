#!/usr/bin/env bash
# The new-user path: `npm start` with no DATABASE_URL starts an embedded PostgreSQL in a fresh
# data folder, serves /health and sign-in, stops cleanly on Ctrl-C (SIGINT to the process group),
# reuses its data on the next start, and recovers the PostgreSQL orphaned by a SIGKILLed server.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
export DATA_DIR; DATA_DIR=$(mktemp -d /tmp/er-smoke-XXXXXX)
chmod 755 "$DATA_DIR"
export PORT=$((20000 + RANDOM % 20000)) EMBEDDED_PG_PORT=$((40000 + RANDOM % 20000))
log="$DATA_DIR/server.log"
base="http://127.0.0.1:$PORT"

fail() { echo "start smoke test FAILED: $*"; echo '--- server log'; cat "$log" || true; exit 1; }

start() { # $1: npm script or node entry
  setsid bash -c "$1" >>"$log" 2>&1 &
  pgid=$!
  for _ in $(seq 1 240); do
    curl -fsS "$base/health" >/dev/null 2>&1 && return 0
    kill -0 "$pgid" 2>/dev/null || fail "server exited before it was healthy"
    sleep 0.5
  done
  fail "no /health after 120 s"
}

sign_in() {
  local out
  out=$(curl -fsS "$base/graphql" -H 'content-type: application/json' \
    -d '{"query":"mutation { login(input: { username: \"leader\", password: \"Demo@2026\" }) { token user { displayName } } }"}')
  echo "$out" | grep -q '"token":"' || fail "sign-in failed: $out"
  curl -fsS "$base/" | grep -q '<div id="root"' || fail "console not served at /"
}

postgres_left() { pgrep -f -- "-D $DATA_DIR/postgres" >/dev/null 2>&1; }

stop_group() { # Ctrl-C: SIGINT to the whole process group, then wait
  kill -INT -- "-$pgid"
  for _ in $(seq 1 60); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.5; done
  kill -0 -- "-$pgid" 2>/dev/null && fail "server still running 30 s after Ctrl-C"
  postgres_left && fail "PostgreSQL left running after Ctrl-C"
  return 0
}

echo "1. npm start on a fresh data folder ($DATA_DIR)"
start "npm start"
grep -q 'demo sign-ins' "$log" || fail "demo sign-ins not printed"
sign_in
stop_group
grep -q 'stopped' "$log" || fail "no clean stop logged"

echo "2. second start reuses the data (no new seeding)"
: >"$log"
start "node dist/server/src/main.js"
grep -q 'demo data loaded' "$log" && fail "seeded again on a database that had data"
sign_in

echo "3. SIGKILL the server; the next start recovers the orphaned PostgreSQL"
pkill -KILL -f "node dist/server/src/main.js" || true
sleep 1
postgres_left || fail "expected the orphaned PostgreSQL to be running after SIGKILL"
: >"$log"
start "node dist/server/src/main.js"
sign_in
stop_group

rm -rf "$DATA_DIR"
echo "start smoke test passed"
