#!/usr/bin/env bash
# Times `salescoach classify` on a generated customer CSV in a release build:
# reading, decoding and parsing the file, building the customers and ranking
# them. Reports wall time and peak memory.
#
#   Scripts/bench-import.sh [ROWS]      default 1000000 rows (about 78 MB)
#
# The file has nine columns and is realistic rather than kind: a third of the
# names are Japanese, a third are quoted with a comma inside, revenue is
# half the time a quoted "1,234,567", profit and last_visit are sometimes
# empty. It is generated once (seeded, so always the same) into $TMPDIR.
# Set SCRATCH to choose the build folder (default .build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
scratch=${SCRATCH:-.build-bench}
file="${TMPDIR:-/tmp}/salescoach-bench-$rows.csv"

if [ ! -s "$file" ]; then
    echo "generating $rows rows into $file"
    awk -v rows="$rows" 'BEGIN {
        srand(7)
        split("ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト", kana, " ")
        split("佐藤 鈴木 高橋 田中 Ann_Lee Bob_Smith", reps, " ")
        print "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep"
        for (i = 0; i < rows; i++) {
            if (i % 3 == 0) {
                name = "株式会社"
                for (k = 0; k < 4; k++) name = name kana[int(rand() * 20) + 1]
                name = name i
            } else if (i % 3 == 1) {
                name = "\"Acme, Holdings " i "\""
            } else {
                name = "Company " i
            }
            revenue = int(rand() * 1e9) + 1
            if (i % 2) {
                grouped = sprintf("%d", revenue % 10000000); out = ""
                while (length(grouped) > 3) { out = "," substr(grouped, length(grouped) - 2) out; grouped = substr(grouped, 1, length(grouped) - 3) }
                revenue = "\"" grouped out "\""
            }
            profit = (i % 5) ? int(rand() * 1e6) : ""
            visit = (i % 4) ? sprintf("2025-%02d-%02d", int(rand() * 12) + 1, int(rand() * 28) + 1) : ""
            rep = reps[int(rand() * 6) + 1]; gsub("_", " ", rep)
            printf "%s,%s,%d,%.1f,%d,%d,%s,%s,%s\n", name, revenue, int(rand() * 100000) + 1, rand() * 50 - 20, int(rand() * 100), int(rand() * 1e7), profit, visit, rep
        }
    }' > "$file"
fi
ls -l "$file"

swift build -c release --scratch-path "$scratch" --product salescoach
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/salescoach"

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$binary" classify "$file" --format csv > /dev/null 2> "$report"
    grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$report"
else
    time "$binary" classify "$file" --format csv > /dev/null
fi
