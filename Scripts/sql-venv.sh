# Sourced by sql-check.sh and bench-sql.sh: the virtualenv .venv-sql/ with
# DuckDB and pyspark, made on first use with $PYTHON (default python3).
venv=.venv-sql
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/pip" install -q duckdb==1.* pyspark==3.5.*
fi
