#!/usr/bin/env bash
# Times the interactive session on a large book: start-up to the first
# prompt, the first question asked at once, and each of `list B`,
# `why NAME`, `matrix`, `plan`, `check` and a question, both warm and right
# after a `set` (which changes the book, so every cache over it is
# rebuilt). Prints the median and p95 of each.
#
#   Scripts/bench-repl.sh [ROWS ...]      default 10000 100000
#
#   SALESCOACH_BIN=path   use this binary instead of building one
#   SCRATCH=dir           build folder (default .build-bench)
#   ROUNDS=n              rounds of the command list (default 10)
#
# The book is the seeded one of Scripts/bench-classify.sh (made by it when
# missing). Each line's time is the session's own measurement
# (SALESCOACH_TIMING=1: from reading the line to the end of its output);
# start-up is the wall time of `salescoach --workspace W` answering `quit`,
# over 11 runs. Memory is the peak resident size of the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
rounds=${ROUNDS:-10}
data_dir=${TMPDIR:-/tmp}
scratch=${SCRATCH:-.build-bench}

if [ -n "${SALESCOACH_BIN:-}" ]; then
    binary=$SALESCOACH_BIN
else
    swift build -c release --scratch-path "$scratch" --product salescoach >&2
    binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/salescoach"
fi
work="$(mktemp -d "$data_dir/salescoach-repl-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for rows in "${sizes[@]}"; do
    book="$data_dir/salescoach-classify-bench-v1-$rows.csv"
    [ -s "$book" ] || SALESCOACH_BIN="$binary" Scripts/bench-classify.sh --no-peers "$rows" > /dev/null
    workspace="$work/w$rows.sqlite"
    printf 'load %s\nquit\n' "$book" | "$binary" --workspace "$workspace" > /dev/null
    # A customer to ask about and to change: the book's first row.
    name=$(awk -F, 'NR == 2 { print $1; exit }' "$book" | tr -d '"')

    startups="$work/startup-$rows"
    : > "$startups"
    for _ in $(seq 11); do
        /usr/bin/time -f '%e' -a -o "$startups" "$binary" --workspace "$workspace" > /dev/null 2>&1 <<< 'quit'
    done

    # The first question of a session, asked as soon as it starts (as a
    # script or a pasted line would): after one run that leaves the
    # assistant's model in the cache folder, as any earlier session has.
    firsts="$work/first-$rows"
    : > "$firsts"
    printf 'who should I visit this week?\nquit\n' | "$binary" --workspace "$workspace" > /dev/null 2>&1
    for _ in $(seq 11); do
        printf 'who should I visit this week?\nquit\n' | SALESCOACH_TIMING=1 "$binary" --workspace "$workspace" 2>&1 > /dev/null \
            | awk '/^time: .*who should I visit/ { print $2 }' >> "$firsts"
    done

    commands=("list B" "why $name" "matrix" "plan" "check" "who should I visit this week?" "${name}はなぜこの区分？")
    script="$work/script-$rows"
    # An accepted plan, so that `check` has something to check.
    echo "plan accept" > "$script"
    for round in $(seq "$rounds"); do
        for command in "${commands[@]}"; do
            # Each set changes the value, so the book really changes.
            printf 'set "%s" orders=%d\n%s\n%s\n' "$name" $((round * 10 + ${#command})) "$command" "$command" >> "$script"
        done
    done
    echo "quit" >> "$script"
    timings="$work/timings-$rows"
    SALESCOACH_TIMING=1 /usr/bin/time -f 'peak %M' "$binary" --workspace "$workspace" < "$script" > /dev/null 2> "$timings" || true

    python3 - "$rows" "$startups" "$timings" "$name" "$firsts" <<'EOF'
import statistics, sys
rows, startups, timings, name, firsts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
starts = [float(x) * 1000 for x in open(startups).read().split()]
lines = [l.rstrip("\n") for l in open(timings)]
peak = next((l.split()[1] for l in lines if l.startswith("peak ")), "?")
times = [(float(l.split()[1]), l.split("  ", 1)[1]) for l in lines if l.startswith("time: ")]
after, warm = {}, {}
previous = None
for ms, what in times:
    if what.startswith("set "):
        previous = "set"
        continue
    key = what.replace(name, "NAME")
    (after if previous == "set" else warm).setdefault(key, []).append(ms)
    previous = what
print(f"\n{int(rows):,} customers (peak memory of the session {int(peak) // 1024 if peak.isdigit() else peak} MB)")
print(f"  {'start-up to the first prompt':38} median {statistics.median(starts):8.1f} ms   p95 {pct(starts, 95):8.1f} ms")
first = [float(x) for x in open(firsts).read().split()]
if first:
    print(f"  {'first question after start-up':38} median {statistics.median(first):8.1f} ms   p95 {pct(first, 95):8.1f} ms")
sets = [ms for ms, what in times if what.startswith("set ")]
print(f"  {'set':38} median {statistics.median(sets):8.1f} ms   p95 {pct(sets, 95):8.1f} ms")
for key in after:
    for label, table in (("", warm), (" (right after set)", after)):
        values = table.get(key, [])
        if values:
            print(f"  {(key + label)[:38]:38} median {statistics.median(values):8.1f} ms   p95 {pct(values, 95):8.1f} ms")
EOF
done
