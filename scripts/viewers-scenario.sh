#!/usr/bin/env bash
# The viewer-count issue bar, end to end: the release server on a free
# loopback port with a temporary LOG_DIR, and 1,000 Python `websockets`
# viewers joining and leaving stream:1 over 10 s (scripts/viewers_scenario.py).
# Prints one summary line; exits non-zero if a bar fails.
#
#   scripts/viewers-scenario.sh
#   VIEWERS=2000 STAY=100 SEED=7 scripts/viewers-scenario.sh
#
# Bounded: the Python run has a 60 s deadline; the server is stopped with
# SIGTERM (then SIGKILL after 5 s) by its pid on every exit path.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VIEWERS=${VIEWERS:-1000}
STAY=${STAY:-50}
SEED=${SEED:-1}

# 1,000 client sockets plus as many server sockets in one process each.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"

(cd "$ROOT" && swift build -c release --product safestream 2>&1 | tail -1) >&2
BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)/safestream

# Python with `websockets`: the venv the end-to-end tests provision, else our own.
PY=$ROOT/.build/e2e-tools/venv/bin/python
if ! "$PY" -c 'import websockets' 2>/dev/null; then
    PY=$ROOT/.build/scenario-venv/bin/python
    if ! "$PY" -c 'import websockets' 2>/dev/null; then
        python3 -m venv "$ROOT/.build/scenario-venv"
        "$PY" -m pip install --quiet --disable-pip-version-check 'websockets>=12'
    fi
fi

RUNDIR=$(mktemp -d)
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$RUNDIR"
}
trap cleanup EXIT

PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
GIFT_INTERVAL_SECS=0 LOG_DIR="$RUNDIR/logs" HOST=127.0.0.1 PORT=$PORT "$BIN" 2>"$RUNDIR/server.err" &
SERVER_PID=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$RUNDIR/server.err" >&2; exit 2; }
    sleep 0.05
done

set +e
timeout 60 "$PY" "$ROOT/scripts/viewers_scenario.py" --url "ws://127.0.0.1:$PORT" \
    --viewers "$VIEWERS" --stay "$STAY" --seed "$SEED"
RC=$?
set -e
[ $RC -eq 124 ] && echo "FAIL viewers scenario timed out after 60 s"
if [ $RC -ne 0 ]; then
    kill -0 "$SERVER_PID" 2>/dev/null || echo "  note: the server process had exited (a signal from outside?)"
    sed 's/^/  server: /' "$RUNDIR/server.err" | tail -5
fi
exit $RC
