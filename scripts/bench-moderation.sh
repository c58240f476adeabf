#!/bin/sh
# Moderation speed: builds release and scores 1,000,000 realistic 40–120
# character messages on one core (pinned with taskset), reporting ns/message,
# messages/s and memory growth across the run. Bar: <= 2 µs/message
# (>= 500,000 messages/s) and no growth. Usage: scripts/bench-moderation.sh [N]
set -eu
cd "$(dirname "$0")/.."
N="${1:-1000000}"
swift build -c release --product safestream >&2
if command -v taskset >/dev/null 2>&1; then
    exec taskset -c 0 .build/release/safestream moderate --benchmark "$N"
else
    exec .build/release/safestream moderate --benchmark "$N"
fi
