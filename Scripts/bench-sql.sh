#!/usr/bin/env bash
# Times the classification of a seeded book on DuckDB, PostgreSQL and Spark
# SQL (the query `salescoach sql` prints) against `salescoach classify`, whole
# and per rep, and checks that every customer gets the same segment everywhere.
#
#   Scripts/bench-sql.sh [ROWS] [ENGINES]     default 1000000 duckdb,postgres,spark
#
#   SALESCOACH_BIN=path   use this binary instead of a release build
#   SCRATCH=dir           release build folder (default .build-bench)
#
# DuckDB reads the CSV itself; PostgreSQL first loads it into a table (timed
# apart: a warehouse already holds it) and the query's rows are copied out;
# Spark reads the CSV through a temporary view and writes a CSV (its session
# start is timed apart). Uses the virtualenv of Scripts/sql-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
engines=${2:-duckdb,postgres,spark}
source Scripts/sql-venv.sh
bin=${SALESCOACH_BIN:-}
if [ -z "$bin" ]; then
    scratch=${SCRATCH:-.build-bench}
    swift build -c release --scratch-path "$scratch" --product salescoach >/dev/null
    bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/salescoach"
fi
exec "$venv/bin/python" Scripts/bench_sql.py --salescoach "$bin" --rows "$rows" --engines "$engines"
