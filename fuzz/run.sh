#!/usr/bin/env bash
# Fuzzes SalesCoachCore with libFuzzer.
#
#   fuzz/run.sh [TARGET|all] [SECONDS]     (defaults: all, 150 seconds per target)
#   fuzz/run.sh list                       (the targets)
#   fuzz/run.sh build [TARGET|all]         (compile only)
#   fuzz/run.sh replay TARGET FILE...      (run inputs once, e.g. a crash or fuzz/regressions/*)
#
# The core library is compiled once with coverage and AddressSanitizer into
# .build-fuzz/ (rebuilt when a source changes); each target in
# fuzz/Targets/<TARGET>.swift links against it, with the shared checks in
# fuzz/Support/. Inputs worth keeping go to a
# work corpus in .build-fuzz/corpus/<TARGET>; the committed seeds in
# fuzz/corpus/<TARGET> are only read. Crashes land in fuzz/artifacts/<TARGET>/.
# One fuzzer at a time, one process: the machine is shared.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FUZZ="$ROOT/fuzz"
OUT="$ROOT/.build-fuzz"
SANITIZE="-sanitize=fuzzer,address"
FLAGS=(-O -parse-as-library "$SANITIZE" -swift-version 6)

# The longest input each target is given: big enough for a few CSV rows or a
# config file, small enough to keep executions fast.
max_len() {
    case "$1" in
        NumberParser) echo 128 ;;
        Interpreter) echo 512 ;;
        *) echo 4096 ;;
    esac
}

targets() { (cd "$FUZZ/Targets" && ls *.swift | sed 's/\.swift$//'); }

build_core() {
    mkdir -p "$OUT"
    # FUZZ_KEEP_CORE=1: fuzz the library already built, even if sources changed since.
    if [[ "${FUZZ_KEEP_CORE:-0}" == 1 && -f "$OUT/libSalesCoachCore.a" && -f "$OUT/SalesCoachCore.swiftmodule" ]]; then
        return
    fi
    # Compile a snapshot: teammates may be saving files while this builds.
    local snapshot="$OUT/core-src.new"
    rm -rf "$snapshot" && mkdir -p "$snapshot"
    cp -R "$ROOT/Sources/SalesCoachCore/." "$snapshot/"
    # What the assistant listens for (knowledge/understanding/) is embedded by
    # the package's build plugin; here the same embedder writes it.
    if [[ ! -x "$OUT/knowledge-embedder" || "$ROOT/Plugins/KnowledgeEmbedderTool/main.swift" -nt "$OUT/knowledge-embedder" ]]; then
        swiftc -O -o "$OUT/knowledge-embedder" "$ROOT/Plugins/KnowledgeEmbedderTool/main.swift"
    fi
    "$OUT/knowledge-embedder" --enum EmbeddedUnderstanding --internal "$ROOT/knowledge/understanding" "$snapshot/EmbeddedUnderstanding.swift"
    local stamp
    stamp=$( (echo "${FLAGS[*]}"; swiftc --version 2>&1; cd "$snapshot" && find . -name '*.swift' | LC_ALL=C sort | xargs cat) \
        | sha256sum | cut -d' ' -f1)
    if [[ -f "$OUT/core.stamp" && "$(cat "$OUT/core.stamp")" == "$stamp" && -f "$OUT/libSalesCoachCore.a" ]]; then
        rm -rf "$snapshot"
        return
    fi
    echo "== compiling SalesCoachCore with $SANITIZE (once per source change, a few minutes)" >&2
    # Into a fresh folder, moved into place only when it worked: a failed build
    # (a teammate's half-saved file) leaves the last good library usable.
    local staging="$OUT/core-build.new"
    rm -rf "$staging" && mkdir -p "$staging"
    (cd "$snapshot" && swiftc "${FLAGS[@]}" -wmo -module-name SalesCoachCore \
        -emit-module -emit-module-path "$staging/SalesCoachCore.swiftmodule" \
        -emit-library -static -o "$staging/libSalesCoachCore.a" $(find . -name '*.swift' | LC_ALL=C sort) \
        2> "$OUT/core-build.log") || {
        grep -A3 'error:' "$OUT/core-build.log" >&2
        echo "SalesCoachCore did not compile; FUZZ_KEEP_CORE=1 fuzzes the last good build" >&2
        exit 1
    }
    mv "$staging"/* "$OUT/" && rm -rf "$staging"
    echo "$stamp" > "$OUT/core.stamp"
    rm -rf "$OUT/core-src" && mv "$snapshot" "$OUT/core-src"
}

build_target() {
    local target="$1"
    local source="$FUZZ/Targets/$target.swift"
    [[ -f "$source" ]] || { echo "no target '$target'; targets: $(targets | tr '\n' ' ')" >&2; exit 2; }
    build_core
    local newer=0 support
    for support in "$source" "$FUZZ"/Support/*.swift "$OUT/libSalesCoachCore.a"; do
        [[ "$support" -nt "$OUT/fuzz-$target" ]] && newer=1
    done
    if [[ ! -x "$OUT/fuzz-$target" || $newer == 1 ]]; then
        echo "== linking fuzz-$target" >&2
        swiftc "${FLAGS[@]}" -I "$OUT" "$source" "$FUZZ"/Support/*.swift -L "$OUT" -lSalesCoachCore \
            -o "$OUT/fuzz-$target" 2> "$OUT/link-$target.log" \
            || { cat "$OUT/link-$target.log" >&2; exit 1; }
    fi
}

# The Swift runtime's own crash reporter would keep the pipe open and hide
# libFuzzer's report; LeakSanitizer flags the runtime's lifetime caches.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

count_artifacts() {
    find "$1" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) | wc -l
}

run_target() {
    local target="$1" seconds="$2"
    build_target "$target"
    local work="$OUT/corpus/$target" artifacts="$FUZZ/artifacts/$target" log="$OUT/log-$target"
    mkdir -p "$work" "$artifacts" "$log"
    echo "== fuzzing $target for ${seconds}s (max_len $(max_len "$target"))" >&2
    local before
    before=$(count_artifacts "$artifacts")
    local status=0
    # -jobs=1 -workers=1: one fuzzing process, its output in $log/fuzz-0.log.
    (cd "$log" && rm -f fuzz-0.log && "$OUT/fuzz-$target" -workers=1 -jobs=1 \
        -max_len="$(max_len "$target")" -timeout=5 -rss_limit_mb=2048 -max_total_time="$seconds" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$FUZZ/corpus/$target" > driver.log 2>&1) || status=$?
    local summary
    summary=$(grep -E '^#[0-9]+\s+DONE' "$log/fuzz-0.log" | tail -1 || true)
    local crashes=$(( $(count_artifacts "$artifacts") - before ))
    echo "$target: ${summary:-no DONE line, see $log/fuzz-0.log} | new crashes: $crashes | exit $status"
    if [[ $status -ne 0 ]]; then
        grep -E 'ERROR|SUMMARY|Test unit written|Fatal error|Swift runtime failure' "$log/fuzz-0.log" | head -20 >&2 || true
    fi
    return $status
}

command="${1:-all}"
case "$command" in
    list) targets ;;
    build)
        for t in $( [[ "${2:-all}" == all ]] && targets || echo "$2" ); do build_target "$t"; done ;;
    replay)
        target="${2:?replay TARGET FILE...}"; shift 2
        build_target "$target"
        "$OUT/fuzz-$target" -runs=1 "$@" ;;
    all)
        seconds="${2:-150}"; failed=0
        for t in $(targets); do run_target "$t" "$seconds" || failed=1; done
        exit $failed ;;
    *) run_target "$command" "${2:-150}" ;;
esac
