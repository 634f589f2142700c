"""Times the classification of one seeded book on DuckDB, PostgreSQL and
Spark SQL (the query `salescoach sql` prints) against `salescoach classify`,
whole and per rep, and checks that every engine gives every customer the
same segment. See Scripts/bench-sql.sh."""
import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from sql_check import Postgres, run  # noqa: E402

HEADER = "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep"


def generate(path, rows, seed=2026):
    """A CRM-like book: 200 reps, ties (round counts), blanks, negative growth
    and profit, Japanese and quoted names. Plain numbers: the engines read
    them as DOUBLE, as a warehouse column would hold them."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for i in range(rows):
            name = f"株式会社サンプル{i}" if i % 3 == 0 else f"\"Customer {i}, Inc.\"" if i % 3 == 1 else f"Customer {i}"
            blank = lambda v: "" if rng.random() < 0.05 else v
            f.write(",".join([
                name,
                blank(str(round(rng.lognormvariate(6, 1.5), 2))),
                blank(str(rng.choice([10, 50, 100, 500, rng.randint(1, 20000)]))),
                blank(str(round(rng.gauss(3, 10), 1))),
                blank(str(rng.randint(0, 60))),
                blank(str(rng.randint(0, 500) * 100)),
                blank(str(rng.randint(-50, 400) * 10)),
                "",
                f"Rep {rng.randint(1, 200):03d}",
            ]) + "\n")


def timed(label, action):
    started = time.time()
    result = action()
    elapsed = time.time() - started
    print(f"  {label:44} {elapsed:7.2f} s", flush=True)
    return elapsed, result


def segments_from_csv(path, per_rep):
    with open(path, encoding="utf-8") as f:
        return {((r.get("rep") or "") if per_rep else "", r["name"]): r["segment"] for r in csv.DictReader(f)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--salescoach", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--engines", default="duckdb,postgres,spark")
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="salescoach-bench-sql-")
    os.chmod(work, 0o755)
    book = os.path.join(work, "book.csv")
    print(f"book: {arguments.rows:,} rows, 200 reps ({work})")
    generate(book, arguments.rows)
    results = {}
    reference = {}
    for per_rep in (False, True):
        mode = "per rep" if per_rep else "whole"
        out = os.path.join(work, f"salescoach-{mode}.csv")
        options = ["--per-rep"] if per_rep else []
        def classify():
            with open(out, "w") as f:
                subprocess.run([arguments.salescoach, "classify", book, "--format", "csv"] + options, stdout=f, check=True)
        results[("salescoach classify", mode)] = timed(f"salescoach classify, {mode}", classify)[0]
        reference[mode] = segments_from_csv(out, per_rep)

    def check(engine, mode, path, per_rep):
        got = segments_from_csv(path, per_rep)
        wrong = sum(1 for key, segment in reference[mode].items() if got.get(key) != segment)
        print(f"  {'':44} {engine}, {mode}: {len(got):,} rows, {wrong} segments differ from classify")
        return wrong

    failures = 0
    engines = arguments.engines.split(",")
    if "duckdb" in engines:
        import duckdb
        for per_rep in (False, True):
            mode = "per rep" if per_rep else "whole"
            sql = run([arguments.salescoach, "sql", "--dialect", "duckdb", "--source", book] + (["--per-rep"] if per_rep else []))
            out = os.path.join(work, f"duckdb-{mode}.csv")
            query = sql.rstrip().rstrip(";")
            def execute():
                connection = duckdb.connect()
                connection.execute(f"COPY ({query}) TO '{out}' (HEADER)")
                connection.close()
            results[("DuckDB", mode)] = timed(f"DuckDB (read_csv, rank, write CSV), {mode}", execute)[0]
            failures += check("DuckDB", mode, out, per_rep)
    if "postgres" in engines:
        postgres = Postgres(work)
        try:
            loaded, _ = timed("PostgreSQL: \\copy the book into a table", lambda: postgres.load(book, "book", work))
            results[("PostgreSQL load", "whole")] = loaded
            postgres.run("ANALYZE book; SELECT 1 AS done;", work)
            for per_rep in (False, True):
                mode = "per rep" if per_rep else "whole"
                sql = run([arguments.salescoach, "sql", "--dialect", "postgres", "--source", "book"] + (["--per-rep"] if per_rep else []))
                out = os.path.join(work, f"postgres-{mode}.csv")
                query = sql.rstrip().rstrip(";")
                script = os.path.join(work, "copy.sql")
                with open(script, "w", encoding="utf-8") as f:
                    f.write(f"COPY ({query}) TO STDOUT WITH (FORMAT csv, HEADER true);\n")
                def execute():
                    with open(out, "w") as f:
                        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", postgres.dir, "-p", postgres.port,
                                        "-U", "postgres", "-d", "postgres", "-f", script], stdout=f, check=True)
                results[("PostgreSQL", mode)] = timed(f"PostgreSQL (table, rank, COPY out), {mode}", execute)[0]
                failures += check("PostgreSQL", mode, out, per_rep)
                served = os.path.join(work, f"database-{mode}.csv")
                def stream():
                    with open(served, "w") as f:
                        subprocess.run([arguments.salescoach, "classify", "--database", postgres.url, "--table", "book", "--format", "csv"]
                                       + (["--per-rep"] if per_rep else []), stdout=f, check=True)
                results[("salescoach classify --database", mode)] = timed(f"salescoach classify --database (streamed), {mode}", stream)[0]
                failures += check("classify --database", mode, served, per_rep)
        finally:
            postgres.close()
    if "spark" in engines:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark.sql import SparkSession
        started, session = timed("Spark: start a local session", lambda: SparkSession.builder.master("local[2]")
                                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                                 .config("spark.driver.memory", "4g").getOrCreate())
        session.sparkContext.setLogLevel("ERROR")
        results[("Spark start", "whole")] = started
        try:
            for per_rep in (False, True):
                mode = "per rep" if per_rep else "whole"
                sql = run([arguments.salescoach, "sql", "--dialect", "spark", "--source", book] + (["--per-rep"] if per_rep else []))
                statements = [s for s in sql.split(";\n") if s.strip() and not all(l.startswith("--") or not l.strip() for l in s.splitlines())]
                out = os.path.join(work, f"spark-{mode}")
                def execute():
                    for statement in statements[:-1]:
                        session.sql(statement)
                    session.sql(statements[-1]).coalesce(1).write.mode("overwrite").option("header", "true").option("escape", '"').csv(out)
                results[("Spark", mode)] = timed(f"Spark local[2] (CSV view, rank, write CSV), {mode}", execute)[0]
                part = next(os.path.join(out, p) for p in os.listdir(out) if p.endswith(".csv"))
                failures += check("Spark", mode, part, per_rep)
        finally:
            session.stop()
    print()
    print(f"| engine | whole | per rep |")
    print(f"|---|---|---|")
    for engine in ["salescoach classify", "DuckDB", "PostgreSQL", "salescoach classify --database", "Spark"]:
        if (engine, "whole") in results:
            print(f"| {engine} | {results[(engine, 'whole')]:.2f} s | {results[(engine, 'per rep')]:.2f} s |")
    if ("PostgreSQL load", "whole") in results:
        print(f"| (PostgreSQL: loading the table) | {results[('PostgreSQL load', 'whole')]:.2f} s | |")
    if ("Spark start", "whole") in results:
        print(f"| (Spark: starting the session) | {results[('Spark start', 'whole')]:.2f} s | |")
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
