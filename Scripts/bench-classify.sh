#!/usr/bin/env bash
# Times `salescoach classify FILE --format csv` (the whole book, then
# --per-rep) against the same job done with polars, DuckDB and pandas, and
# checks that they all put every customer in the same segment.
#
#   Scripts/bench-classify.sh [--no-peers] [ROWS ...]    default 10000 100000 1000000
#
#   --no-peers          time salescoach alone: no Python, no segment check
#   SALESCOACH_BIN=path use this binary instead of building one
#   SCRATCH=dir         build folder (default .build-bench)
#   PYTHON=python3      interpreter for the virtualenv .venv-bench/, which the
#                       first run makes and pip installs polars, duckdb, pandas into
#
# What it measures: wall time and peak resident memory (GNU time) of one run
# of each program as a user would start it, from reading the CSV to the
# written CSV, without and with --per-rep. Each peer reads the file, parses
# the six metrics (thousands separators, an empty cell is missing), ranks
# every metric with the average rule (pandas rank(pct=True) x100), averages
# each axis over the metrics present, cuts at 50 into A/B/C/D and writes
# name, segment and both scores; per rep, it ranks within each rep's rows.
# Peer times include starting Python and importing the library; polars and
# DuckDB use every core, and so does salescoach. salescoach also writes the levels,
# the borderline flag and each customer's nearest move.
#
# The books are seeded and realistic: a third Japanese company names, a
# third quoted with a comma inside, revenue and sales often "1,234,567",
# profit sometimes negative or with decimals, empty cells in every metric, a
# few customers with nothing on one axis, many ties (round employee and
# order counts, growth to one decimal) and a new rep with three customers.
# Each size is generated once into $TMPDIR and reused (the same book for the
# same awk: mawk and gawk draw different random numbers from one seed).
#
# The check joins every output with salescoach's on the name. A customer
# whose axis score is exactly 50 is high by the rule; salescoach decides it
# in exact arithmetic, a float tool may land just under 50 and say low.
# Such differences are counted apart; any other is reported as a BUG and
# makes the script exit 3. The table shows each run against the fastest peer
# and salescoach against polars; the goal at 1M rows is at most 1/3 of
# polars' wall time and under 500 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }

peers=1
sizes=()
for arg in "$@"; do
    case $arg in
        --no-peers) peers=0 ;;
        -h | --help) usage; exit 0 ;;
        *[!0-9]* | '') echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
        *) sizes+=("$arg") ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

data_dir=${TMPDIR:-/tmp}
scratch=${SCRATCH:-.build-bench}
venv=.venv-bench
work="$(mktemp -d "$data_dir/salescoach-classify-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

label() {  # 10000 -> 10k, 1000000 -> 1M
    local n=$1
    if [ $((n % 1000000)) -eq 0 ]; then echo "$((n / 1000000))M"
    elif [ $((n % 1000)) -eq 0 ]; then echo "$((n / 1000))k"
    else echo "$n"; fi
}

# MARK: the books

generate() {  # ROWS FILE
    awk -v rows="$1" 'function grouped(x,   sign, s, out) {
        sign = x < 0 ? "-" : ""; s = sprintf("%d", x < 0 ? -x : x); out = ""
        while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
        return "\"" sign s out "\""
    }
    BEGIN {
        srand(7)
        split("ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト", kana, " ")
        split("佐藤 鈴木 高橋 田中 Ann_Lee Bob_Smith", reps, " ")
        split("10 50 100 500 1000", roundEmployees, " ")
        split("0 10 20 50 100", roundOrders, " ")
        print "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep"
        for (i = 0; i < rows; i++) {
            if (i % 3 == 0) {
                name = (rand() < 0.8 ? "株式会社" : "有限会社")
                for (k = 0; k < 4; k++) name = name kana[int(rand() * 20) + 1]
                name = name i
            } else if (i % 3 == 1) {
                name = "\"Acme, Holdings " i "\""
            } else {
                name = "Company " i
            }
            # A new rep (below) has three new accounts: no growth or profit yet.
            newRep = i < 5000 && i % 2000 == 3
            # One customer in 250 has nothing on one axis and stays unclassified;
            # growth and profit are missing more often, so the axis is then the
            # mean of two ranks over the same customers and can be exactly 50.
            u = rand(); noObjective = u < 0.004; noRecord = u >= 0.996

            revenue = int(rand() * 1e9) + 1
            if (i % 2) revenue = grouped(revenue)
            if (noObjective) revenue = ""
            # A quarter of the headcounts are round numbers: ties.
            employees = rand() < 0.25 ? roundEmployees[int(rand() * 5) + 1] : int(rand() * 100000) + 1
            if (employees >= 1000 && rand() < 0.1) employees = grouped(employees)
            if (noObjective) employees = ""
            growth = sprintf("%.1f", rand() * 50 - 20)
            if (noObjective || rand() < 0.05) growth = ""

            orders = rand() < 0.3 ? roundOrders[int(rand() * 5) + 1] : int(rand() * 100)
            if (noRecord) orders = ""
            sales = int(rand() * 1e7)
            if (rand() < 0.3) sales = grouped(sales)
            if (noRecord) sales = ""
            profit = int(rand() * 1e6) - (rand() < 0.1 ? 1100000 : 0)
            if (rand() < 0.05) profit = sprintf("%.1f", profit + rand())
            else if (rand() < 0.3) profit = grouped(profit)
            if (noRecord || i % 5 == 0) profit = ""

            visit = (i % 4) ? sprintf("2025-%02d-%02d", int(rand() * 12) + 1, int(rand() * 28) + 1) : ""
            rep = rand() < 0.01 ? "" : reps[int(rand() * 6) + 1]; gsub("_", " ", rep)
            if (newRep) {
                # Revenue ranks 1, 2, 3 and headcount 2, 1, 3 among the three:
                # ranked per rep, the first two score 1/3 and 2/3 on the objective
                # axis, exactly 50, which floats may see as 49.99999999999999.
                rep = "森 健二"
                j = int(i / 2000)
                revenue = grouped((j + 1) * 100000000)
                employees = j == 0 ? 200 : j == 1 ? 100 : 300
                growth = ""; profit = ""
            }
            printf "%s,%s,%s,%s,%s,%s,%s,%s,%s\n", name, revenue, employees, growth, orders, sales, profit, visit, rep
        }
    }' > "$2.partial"
    mv "$2.partial" "$2"
}

book() {  # ROWS -> path of the cached book
    local file="$data_dir/salescoach-classify-bench-v1-$1.csv"
    if [ ! -s "$file" ]; then
        echo "generating $(label "$1") rows into $file" >&2
        generate "$1" "$file"
    fi
    echo "$file"
}

# MARK: tools

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f '%e' true 2> /dev/null; then
    echo "GNU time is missing; installing it (package: time)" >&2
    if [ "$(id -u)" -ne 0 ]; then echo "run: sudo apt-get install time" >&2; exit 1; fi
    apt-get update -qq && apt-get install -y -qq time > /dev/null
fi

if [ -n "${SALESCOACH_BIN:-}" ]; then
    binary=$SALESCOACH_BIN
else
    swift build -c release --scratch-path "$scratch" --product salescoach
    binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/salescoach"
fi
[ -x "$binary" ] || { echo "no salescoach binary at $binary" >&2; exit 1; }
# A private copy, so that a rebuild during the run cannot change what is timed.
cp "$binary" "$work/salescoach"
binary="$work/salescoach"

if [ "$peers" -eq 1 ]; then
    python="$venv/bin/python"
    [ -x "$python" ] || "${PYTHON:-python3}" -m venv "$venv"
    if ! "$python" -c 'import polars, duckdb, pandas' 2> /dev/null; then
        "$python" -m pip install --quiet --upgrade pip
        "$python" -m pip install --quiet polars duckdb pandas
    fi
    "$python" -c 'import sys, polars, duckdb, pandas
print("python %s, polars %s, duckdb %s, pandas %s" % (sys.version.split()[0], polars.__version__, duckdb.__version__, pandas.__version__))'
fi

# MARK: runs

results="$work/results.tsv"   # rows mode tool wall_s peak_kb
checks="$work/checks.txt"
: > "$results"
: > "$checks"

measure() {  # ROWS MODE TOOL STDOUT -- COMMAND...
    local rows=$1 mode=$2 tool=$3 stdout=$4; shift 5
    local timing="$work/time" errors="$work/stderr"
    printf '  %-5s %-8s %-10s' "$(label "$rows")" "$mode" "$tool"
    if ! /usr/bin/time -f '%e %M' -o "$timing" "$@" > "$stdout" 2> "$errors"; then
        echo " FAILED"
        tail -n 20 "$errors" >&2
        exit 1
    fi
    read -r wall peak < "$timing"
    printf ' %8.2f s %8d MB\n' "$wall" "$(((peak + 512) / 1024))"
    printf '%s\t%s\t%s\t%s\t%s\n' "$rows" "$mode" "$tool" "$wall" "$peak" >> "$results"
}

status=0
for rows in "${sizes[@]}"; do
    file="$(book "$rows")"
    for mode in book per-rep; do
        flag=()
        [ "$mode" = per-rep ] && flag=(--per-rep)
        sc_out="$work/salescoach-$rows-$mode.csv"
        measure "$rows" "$mode" salescoach "$sc_out" -- "$binary" classify "$file" --format csv "${flag[@]}"
        if [ "$peers" -eq 0 ]; then rm -f "$sc_out"; continue; fi
        outputs=()
        for tool in polars duckdb pandas; do
            out="$work/$tool-$rows-$mode.csv"
            measure "$rows" "$mode" "$tool" /dev/null -- \
                "$python" Scripts/bench_classify.py run "$tool" "$file" "$out" "${flag[@]}"
            outputs+=("$tool=$out")
        done
        "$python" Scripts/bench_classify.py check "$file" "$sc_out" "${flag[@]}" "${outputs[@]}" >> "$checks" \
            || status=$?
        rm -f "$work"/*-"$rows"-"$mode".csv
    done
done

# MARK: report

echo
awk -F '\t' -v OFS='\t' '
function label(n) { return n % 1000000 == 0 ? n / 1000000 "M" : n % 1000 == 0 ? n / 1000 "k" : n }
{ key = $1 SUBSEP $2; wall[key, $3] = $4; peak[key, $3] = $5; if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
  if ($3 != "salescoach" && (!(key in fastest) || $4 < fastest[key])) fastest[key] = $4 }
END {
    printf "%-6s %-8s %-11s %9s %9s %11s %10s\n", "rows", "mode", "tool", "wall s", "peak MB", "vs fastest", "vs polars"
    split("salescoach polars duckdb pandas", tools, " ")
    for (k = 1; k <= keys; k++) {
        split(order[k], part, SUBSEP)
        for (t = 1; t <= 4; t++) {
            tool = tools[t]
            if (!((order[k], tool) in wall)) continue
            w = wall[order[k], tool]
            vsFastest = (order[k] in fastest) && fastest[order[k]] > 0 ? sprintf("%.2fx", w / fastest[order[k]]) : "-"
            p = ((order[k], "polars") in wall) ? wall[order[k], "polars"] : 0
            vsPolars = tool == "salescoach" && p > 0 ? sprintf("%.2fx", w / p) : ""
            printf "%-6s %-8s %-11s %9.2f %9.0f %11s %10s\n", label(part[1]), part[2], tool, w, peak[order[k], tool] / 1024, vsFastest, vsPolars
        }
    }
    # How salescoach grows with the book.
    for (mode = 1; mode <= 2; mode++) {
        m = mode == 1 ? "book" : "per-rep"; line = ""; previous = ""
        for (k = 1; k <= keys; k++) {
            split(order[k], part, SUBSEP)
            if (part[2] != m) continue
            w = wall[order[k], "salescoach"]
            line = line (line == "" ? "" : " -> ") label(part[1]) " " sprintf("%.2f s", w)
            if (previous != "" && wall[previous, "salescoach"] > 0)
                line = line sprintf(" (x%.1f for x%g rows)", w / wall[previous, "salescoach"], part[1] / previousRows)
            previous = order[k]; previousRows = part[1]
        }
        if (line != "") printf "\nsalescoach scaling, %s: %s", m, line
    }
    print ""
    # The goal at 1M rows.
    key = 1000000 SUBSEP "book"
    if (key in seen) {
        w = wall[key, "salescoach"]; mb = peak[key, "salescoach"] / 1024
        p = ((key, "polars") in wall) ? wall[key, "polars"] : 0
        printf "\ngoal at 1M rows (book): peak %.0f MB < 500 MB: %s", mb, mb < 500 ? "met" : "NOT met"
        if (p > 0) printf "; wall %.2f s <= 1/3 of polars (%.2f s): %s", w, p / 3, w <= p / 3 ? "met" : "NOT met"
        print ""
    }
}' "$results"

if [ "$peers" -eq 1 ]; then
    echo
    echo "segment check against salescoach (joined on name):"
    cat "$checks"
    if [ "$status" -ne 0 ]; then
        echo
        echo "BUG: some outputs disagree other than at an exact 50; see the lines marked BUG above."
    fi
fi
exit "$status"
