#!/usr/bin/env bash
# Checks that the SQL `salescoach sql` prints gives, on PostgreSQL, DuckDB and
# Spark SQL, exactly the rows `salescoach classify --format csv` gives (segment,
# scores, levels, borderline, unclassified reason) on every fixture.
#
#   Scripts/sql-check.sh [ENGINES]      default postgres,duckdb,spark
#
#   SALESCOACH_BIN=path   use this binary instead of building one
#   SHARED=dir            the shared data folder (default ../shared)
#   PYTHON=python3        interpreter for the virtualenv .venv-sql/, which the
#                         first run makes and pip installs duckdb and pyspark into
#
# Needs PostgreSQL's server programs (Debian's postgresql) and a Java runtime
# for Spark; .ci/run installs both when missing. Prints "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."

engines=${1:-postgres,duckdb,spark}
shared=${SHARED:-../shared}
source Scripts/sql-venv.sh
bin=${SALESCOACH_BIN:-}
if [ -z "$bin" ]; then
    # A second try when the build tool itself crashed (see .ci/run); a
    # compile error fails the same way twice.
    swift build --product salescoach >/dev/null || swift build --product salescoach >/dev/null
    bin="$(swift build --show-bin-path)/salescoach"
fi
exec "$venv/bin/python" Scripts/sql_check.py --salescoach "$bin" --shared "$shared" --engines "$engines"
