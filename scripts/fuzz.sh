#!/usr/bin/env bash
# Builds a libFuzzer + AddressSanitizer binary for one of our pure parsers and
# runs it for a fixed time (docs/FUZZING.md explains targets and invariants).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]
#   scripts/fuzz.sh json 60                 # one minute on the JSON parser
#   scripts/fuzz.sh all 600                 # every target, ten minutes each, in turn
#   scripts/fuzz.sh all 0                   # build, replay every seed once, stop
#   FUZZ_VERBOSE=1 scripts/fuzz.sh http 30  # show libFuzzer's output as it runs
#
# TARGET is http, websocket, json, jwt, moderation or all. SwiftPM cannot link
# libFuzzer targets, so each one is compiled with swiftc as a single module:
# the Swift files of the module under test, Tests/Fuzz/Shared and
# Tests/Fuzz/TARGET. Everything generated stays under .build/fuzz/:
#   TARGET              the binary (rebuilt when a source is newer)
#   corpus-TARGET/      inputs libFuzzer found (the seeds stay in Tests/Fuzz/Corpus)
#   artifacts-TARGET/   crash-*, timeout-*, oom-*, leak-* inputs
#   TARGET.log          the last run's full output
# A crash is replayed with: .build/fuzz/TARGET .build/fuzz/artifacts-TARGET/crash-…
#
# Prints one summary line per target; exits 1 if a run found a crash, a hang or
# an out-of-memory input (or the build failed), 2 on a usage error.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/.build/fuzz
TARGETS="http websocket json jwt moderation"

usage() {
    echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]   (TARGET: $TARGETS, all; SECONDS >= 0)" >&2
    exit 2
}

[ $# -ge 2 ] || usage
TARGET=$1
SECONDS_PER_TARGET=$2
shift 2
EXTRA_FLAGS=("$@")
case "$SECONDS_PER_TARGET" in ''|*[!0-9]*) usage ;; esac
case " $TARGETS all " in *" $TARGET "*) ;; *) usage ;; esac

SWIFTC=${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}
[ -x "$SWIFTC" ] || { echo "fuzz: swiftc not found (set SWIFTC)" >&2; exit 1; }
# ASan stack traces need a symbolizer; the toolchain ships one next to swiftc.
SYMBOLIZER=$(dirname "$SWIFTC")/llvm-symbolizer
[ -x "$SYMBOLIZER" ] && export ASAN_SYMBOLIZER_PATH=$SYMBOLIZER
# libFuzzer prints the stack of a crash itself; Swift's own backtracer would
# add a second one and linger for 30 s after the process is gone.
export SWIFT_BACKTRACE=enable=no

# The module under test and the longest input worth trying, per target.
module_of() {
    case "$1" in
        moderation) echo SafeStreamModeration ;;
        *) echo SafeStreamCodec ;;
    esac
}
max_len_of() {
    case "$1" in
        # Past the 16 KiB head cap, and past the 4 KiB at which both
        # parsers start compacting their buffers.
        http) echo 20000 ;;
        websocket) echo 16384 ;;
        json) echo 4096 ;;
        jwt|moderation) echo 2048 ;;
    esac
}

# Compiles .build/fuzz/$1 unless it is newer than every source it is made of.
build() {
    local target=$1 module bin sources defines=()
    module=$(module_of "$target")
    bin=$OUT/$target
    mapfile -t sources < <(find "$ROOT/Sources/$module" "$ROOT/Tests/Fuzz/Shared" "$ROOT/Tests/Fuzz/$target" \
        -name '*.swift' | sort)
    # The moderation model lives on its own branch until merged; fuzz it when present.
    if [ "$target" = moderation ] && [ -f "$ROOT/Sources/SafeStreamModeration/LexiconModerator.swift" ]; then
        defines=(-D SAFESTREAM_LEXICON)
    fi
    if [ -x "$bin" ] && [ -z "$(find "${sources[@]}" "$0" -newer "$bin" | head -1)" ]; then
        return 0
    fi
    mkdir -p "$OUT"
    local started=$SECONDS
    # -swift-version 5 as Package.swift sets for every target; lld because
    # gold warns about every ASan helper symbol.
    if ! "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 5 -use-ld=lld \
        -module-name "Fuzz_$target" "${defines[@]}" "${sources[@]}" -lm -o "$bin" \
        >"$OUT/$target.build.log" 2>&1; then
        grep -E "error:" "$OUT/$target.build.log" | head -20 >&2
        echo "fuzz: $target: build failed (see .build/fuzz/$target.build.log)" >&2
        return 1
    fi
    echo "fuzz: $target: built .build/fuzz/$target in $((SECONDS - started)) s${defines[*]:+ (${defines[*]})}"
}

# Reads a libFuzzer -print_final_stats=1 value from the log.
stat_of() {
    sed -n "s/^stat::$1: *//p" "$2" | tail -1
}

# Runs one target; prints its summary line; returns non-zero on a finding.
run() {
    local target=$1 bin=$OUT/$1 work=$OUT/corpus-$1 artifacts=$OUT/artifacts-$1 log=$OUT/$1.log
    local seeds=$ROOT/Tests/Fuzz/Corpus/$1 dict=$ROOT/Tests/Fuzz/$1.dict
    build "$target" || return 1
    mkdir -p "$work" "$artifacts" "$seeds"
    local flags=(-max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$artifacts/")
    [ -f "$dict" ] && flags+=(-dict="$dict")
    if [ "$SECONDS_PER_TARGET" -eq 0 ]; then
        flags+=(-runs=0)              # replay the corpora once
    else
        flags+=(-max_total_time="$SECONDS_PER_TARGET")
    fi
    local marker
    marker=$(mktemp)
    local status
    if [ "${FUZZ_VERBOSE:-0}" = 1 ]; then
        (cd "$ROOT" && "$bin" "${flags[@]}" "${EXTRA_FLAGS[@]}" "$work" "$seeds") 2>&1 | tee "$log"
        status=${PIPESTATUS[0]}
    else
        (cd "$ROOT" && "$bin" "${flags[@]}" "${EXTRA_FLAGS[@]}" "$work" "$seeds") >"$log" 2>&1
        status=$?
    fi

    local findings execs rate corpus seconds
    findings=$(find "$artifacts" -newer "$marker" -type f \
        \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
    rm -f "$marker"
    execs=$(stat_of number_of_executed_units "$log")
    rate=$(stat_of average_exec_per_sec "$log")
    seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    # The in-memory corpus from libFuzzer's last status line ("corp: 812/45Kb").
    corpus=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    local count=0
    [ -n "$findings" ] && count=$(echo "$findings" | wc -l)
    echo "fuzz: $target: ${seconds:-?} s, ${execs:-?} execs, ${rate:-?} exec/s, corpus ${corpus:-?} units" \
         "($(find "$work" -type f | wc -l) files in .build/fuzz/corpus-$target), crashes $count"
    if [ "$count" -gt 0 ] || [ "$status" -ne 0 ]; then
        [ -n "$findings" ] && echo "$findings" | sed "s|^$ROOT/|fuzz:   replay: .build/fuzz/$target |"
        # The report: the broken invariant or the ASan summary, and the stack.
        grep -m1 -E "Fatal error|ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)" "$log" | sed 's/^/fuzz:   /'
        echo "fuzz: $target: libFuzzer exited with $status; full output in .build/fuzz/$target.log" >&2
        return 1
    fi
}

failed=0
if [ "$TARGET" = all ]; then
    for target in $TARGETS; do run "$target" || failed=1; done
else
    run "$TARGET" || failed=1
fi
exit $failed
