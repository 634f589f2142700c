"""Runs the SQL that `salescoach sql` prints on real engines and compares
every row with `salescoach classify --format csv`.

    python3 Scripts/sql_check.py --salescoach BIN --shared ../shared [--engines postgres,duckdb,spark]

For each fixture (the shared CRM export whole and per rep, the Fortune
Global 500 book, an exact-50 boundary book, a generated book full of ties,
blanks and one- and two-customer reps, each under the default rule and
under a weighted and an absolute configuration) it prints the query for
each engine, runs it, and checks segment, both scores (to the last of six
decimals), both levels, the borderline flag and the unclassified reason of
every customer. PostgreSQL runs in a throw-away cluster on a Unix socket in
a temporary folder, stopped on exit. Prints "N passed, M failed" and exits 1
on any failure.
"""
import argparse
import csv
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

FIELDS = ["segment", "objective_score", "record_score", "objective", "record", "borderline", "unclassified_reason"]
HEADER = "name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep"


def rep_key(rep):
    """The rep grouping key both sides agree on (case and spaces ignored)."""
    text = (rep or "").strip().lower()
    for suffix in ["さん", "様", "さま", "くん", "君", "氏", "-san", " san"]:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    return "".join(text.split())


def normalise(row, per_rep):
    key = (rep_key(row.get("rep")) if per_rep else "", row["name"].strip())
    values = {}
    for field in FIELDS:
        value = row.get(field)
        value = "" if value is None else str(value).strip()
        if field.endswith("_score") and value:
            value = str(Decimal(value).quantize(Decimal("0.000001")))
        values[field] = value
    return key, values


def compare(expected_rows, actual_rows, per_rep):
    """Differences between classify's rows and the engine's, as readable lines."""
    expected = dict(normalise(r, per_rep) for r in expected_rows)
    actual = {}
    problems = []
    for row in actual_rows:
        key, values = normalise(row, per_rep)
        if key in actual:
            problems.append(f"row {key} returned twice")
        actual[key] = values
    for key in expected.keys() - actual.keys():
        problems.append(f"missing row {key}")
    for key in actual.keys() - expected.keys():
        problems.append(f"extra row {key}")
    for key in sorted(expected.keys() & actual.keys()):
        for field in FIELDS:
            if expected[key][field] != actual[key][field]:
                problems.append(f"{key}: {field} is {actual[key][field]!r}, classify says {expected[key][field]!r}")
    return problems


# ---------------------------------------------------------------- fixtures

def boundary_book(path, seed=50):
    """Books where many axis scores are exactly 50, whole and per rep: few
    distinct values, so ranks tie and midpoints land on the cut, where a
    float sum errs. Growth and profit are blank, so each axis averages two."""
    rng = random.Random(seed)
    rows = [HEADER]
    for r, rep in enumerate(["Sato", "Kato", "Ito", "Abe", "Ueda"]):
        for i in range(4 + r % 3):
            values = [rng.randint(1, 4) for _ in range(4)]
            rows.append(f"Boundary {rep} {i + 1},{values[0]},{values[1]},,{values[2]},{values[3]},,,{rep}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def generated_book(path, seed=7, count=400):
    """Ties, blanks, negative growth and profit, Japanese names and reps,
    quoted names with commas, and reps with one and two customers."""
    rng = random.Random(seed)
    reps = ["佐藤", "Emily Carter", "emily carter", "Tanaka", "Solo Rep", "Pair Rep", ""]
    rows = [HEADER]
    def cell(value, blank=0.12):
        return "" if rng.random() < blank else value
    for i in range(count):
        rep = rng.choice(reps[:4] + [""])
        if i == 0:
            rep = "Solo Rep"
        elif i in (1, 2):
            rep = "Pair Rep"
        name = rng.choice([f"Company {i}", f"株式会社テスト{i}", f"\"Widgets, No. {i}\""])
        revenue = cell(str(rng.choice([100, 200, 300, rng.randint(1, 5000)])))
        employees = cell(str(rng.choice([50, 100, rng.randint(1, 900)])))
        growth = cell(f"{rng.choice([0, 2.5, -3.0, rng.randint(-200, 300) / 10])}")
        orders = cell(str(rng.choice([0, 1, 2, 5, rng.randint(0, 40)])))
        sales = cell(str(rng.choice([0, 1000, rng.randint(0, 90000)])))
        profit = cell(str(rng.choice([0, -500, rng.randint(-2000, 20000)])), blank=0.3)
        if i % 50 == 7:
            orders = sales = profit = ""  # nothing on the record axis: unclassified
        if i % 60 == 11:
            revenue = employees = growth = ""
        rows.append(f"{name},{revenue},{employees},{growth},{orders},{sales},{profit},,{rep}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


CONFIGS = {
    "default": None,
    "weighted": "[classification]\ncut = 45\nborderline_margin = 2.5\n\n[weights]\nsales = 2\nprofit = 0.5\ngrowth = 0\n",
    "absolute": "[classification]\nmode = \"absolute\"\n\n[thresholds]\ncompany_revenue = 300\nemployees = 100\norders = 3\nsales = 5000\n",
}


def fixtures(shared, work):
    boundary = os.path.join(work, "boundary.csv")
    boundary_book(boundary)
    generated = os.path.join(work, "generated.csv")
    generated_book(generated)
    crm = os.path.join(shared, "data", "crm-sales-opportunities")
    f500 = os.path.join(shared, "data", "fortune-global-500-2017")
    books = [
        ("crm", os.path.join(crm, "canonical.csv"), [False]),
        ("crm-by-rep", os.path.join(crm, "canonical_by_rep.csv"), [True]),
        ("fortune", os.path.join(f500, "canonical_synthetic_tx.csv"), [False]),
        ("fortune-objective-only", os.path.join(f500, "canonical_objective_only.csv"), [False]),
        ("boundary", boundary, [False, True]),
        ("generated", generated, [False, True]),
    ]
    for name, path, modes in books:
        if not os.path.exists(path):
            print(f"skipped {name}: {path} is missing")
            continue
        for per_rep in modes:
            for config in CONFIGS:
                if config != "default" and name not in ("crm-by-rep", "generated", "boundary"):
                    continue
                yield name, path, per_rep, config


ROLLUP_FIELDS = ["company_revenue", "employees", "growth", "orders", "sales", "profit", "last_visit"]


def canonical(value, field):
    """A roll-up cell as the canonical CSV writes it."""
    if value is None or str(value).strip() == "":
        return ""
    if field == "last_visit":
        return str(value)[:10]
    number = float(value)
    return str(int(number)) if number == int(number) else repr(number)


def compare_rollup(expected_rows, actual_rows, per_rep):
    fields = ROLLUP_FIELDS + ([] if per_rep else ["rep"])
    key = lambda row: (row["name"].strip(), (row.get("rep") or "").strip() if per_rep else "")
    expected = {key(r): r for r in expected_rows}
    actual = {key(r): r for r in actual_rows}
    problems = [f"missing row {k}" for k in expected.keys() - actual.keys()]
    problems += [f"extra row {k}" for k in actual.keys() - expected.keys()]
    for k in sorted(expected.keys() & actual.keys()):
        for field in fields:
            want = expected[k][field] if field == "rep" else canonical(expected[k][field], field)
            got = actual[k][field] if field == "rep" else canonical(actual[k][field], field)
            if want != got:
                problems.append(f"{k}: {field} is {got!r}, the shared export says {want!r}")
    return problems


def rollup_cases(shared):
    """The CRM's accounts and deals, rolled up in SQL, against the shared
    canonical exports made from the same files, then classified."""
    crm = os.path.join(shared, "data", "crm-sales-opportunities")
    accounts, deals = os.path.join(crm, "accounts.csv"), os.path.join(crm, "sales_pipeline.csv")
    if not (os.path.exists(accounts) and os.path.exists(deals)):
        return
    for per_rep, export in [(True, "canonical_by_rep.csv"), (False, "canonical.csv")]:
        yield accounts, deals, per_rep, os.path.join(crm, export)


# ---------------------------------------------------------------- engines

class Postgres:
    name = "postgres"

    def __init__(self, work):
        self.dir = os.path.join(work, "pg")
        os.makedirs(self.dir)
        self.port = "54329"
        self.as_user = []
        if os.geteuid() == 0:
            # The server refuses to run as root.
            shutil.chown(self.dir, "postgres")
            os.chmod(work, 0o755)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        bindir = self.bindir()
        self.initdb = os.path.join(bindir, "initdb")
        self.pg_ctl = os.path.join(bindir, "pg_ctl")
        data = os.path.join(self.dir, "data")
        run(self.as_user + [self.initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        run(self.as_user + [self.pg_ctl, "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                            f"-k {self.dir} -p {self.port} -c listen_addresses=''", "start"])
        self.data = data

    @staticmethod
    def bindir():
        for candidate in sorted(os.listdir("/usr/lib/postgresql"), reverse=True) if os.path.isdir("/usr/lib/postgresql") else []:
            path = os.path.join("/usr/lib/postgresql", candidate, "bin")
            if os.path.exists(os.path.join(path, "initdb")):
                return path
        return os.path.dirname(shutil.which("initdb") or "/usr/bin/initdb")

    def run(self, sql, work):
        path = os.path.join(work, "query.sql")
        with open(path, "w", encoding="utf-8") as f:
            f.write(sql)
        out = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--csv", "-h", self.dir, "-p", self.port,
                   "-U", "postgres", "-d", "postgres", "-f", path])
        return list(csv.DictReader(io.StringIO(out)))

    def load(self, path, table, work):
        """A CSV book as a typed table, as a CRM would hold it."""
        with open(path, encoding="utf-8") as f:
            header = next(csv.reader(f))
        numeric = {"company_revenue", "employees", "growth", "orders", "sales", "profit"}
        columns = ", ".join(f'"{h}" {"double precision" if h in numeric else "date" if h == "last_visit" else "text"}' for h in header)
        self.run(f'DROP TABLE IF EXISTS {table}; CREATE TABLE {table} ({columns});\n'
                 f"\\copy {table} FROM '{path}' WITH (FORMAT csv, HEADER true)\nSELECT 1 AS loaded;\n", work)

    @property
    def url(self):
        return f"postgresql://postgres@/postgres?host={self.dir}&port={self.port}"

    def close(self):
        subprocess.run(self.as_user + [self.pg_ctl, "-D", self.data, "-m", "fast", "stop"], capture_output=True)


class DuckDB:
    name = "duckdb"

    def __init__(self, work):
        import duckdb
        self.duckdb = duckdb

    def run(self, sql, work):
        connection = self.duckdb.connect()
        try:
            cursor = connection.execute(sql)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        finally:
            connection.close()

    def close(self):
        pass


class Spark:
    name = "spark"

    def __init__(self, work):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark.sql import SparkSession
        self.session = (SparkSession.builder.master("local[2]").appName("salescoach-sql-check")
                        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
                        .getOrCreate())
        self.session.sparkContext.setLogLevel("ERROR")

    def run(self, sql, work):
        statements = [s for s in sql.split(";\n") if s.strip() and not all(
            line.startswith("--") or not line.strip() for line in s.splitlines())]
        result = None
        for statement in statements:
            result = self.session.sql(statement)
        return [{k: (None if v is None else str(v)) for k, v in row.asDict().items()} for row in result.collect()]

    def close(self):
        self.session.stop()


def database_checks(postgres, salescoach, cases, work):
    """`classify --database` and `salescoach --database --rep` on tables in
    the server, against `classify` of the same files."""
    passed = failed = 0
    tables = {}
    for name, path, per_rep, config in cases:
        if config != "default":
            continue
        label = f"database {name}{' per rep' if per_rep else ''}"
        options = ["--per-rep"] if per_rep else []
        try:
            if path not in tables:
                tables[path] = f"fixture_{len(tables)}"
                postgres.run("CREATE SCHEMA IF NOT EXISTS crm; SELECT 1 AS made;", work)
                postgres.load(path, f"crm.{tables[path]}", work)
            expected = list(csv.DictReader(io.StringIO(run([salescoach, "classify", path, "--format", "csv"] + options))))
            actual = list(csv.DictReader(io.StringIO(run(
                [salescoach, "classify", "--database", postgres.url, "--table", f"crm.{tables[path]}", "--format", "csv"] + options))))
            problems = compare(expected, actual, per_rep)
        except Exception as error:
            problems = [str(error)]
        ok = report(label, problems, f"classify --database gives the same {len(expected) if not problems else 0} rows")
        passed, failed = passed + ok, failed + (not ok)
    # One rep's book pulled into a session: classified locally, checked against the server.
    crm = next((p for n, p, _, _ in cases if n == "crm-by-rep"), None)
    if crm in tables:
        session = subprocess.run(
            [salescoach, "--database", postgres.url, "--table", f"crm.{tables[crm]}", "--rep", "darcel schlecht"],
            input="list\nquit\n", capture_output=True, text=True)
        with open(crm, encoding="utf-8") as f:
            own = sum(1 for row in csv.DictReader(f) if row["rep"] == "Darcel Schlecht")
        problems = []
        if session.returncode != 0 or f"Pulled {own} customers of Darcel Schlecht" not in session.stdout:
            problems.append(f"the session did not pull {own} customers: {session.stdout[:300]!r} {session.stderr[:300]!r}")
        if "segments agree" not in session.stdout:
            problems.append("the session's segments differ from the server's")
        ok = report("database session --rep", problems, f"{own} customers pulled, segments agree with the server")
        passed, failed = passed + ok, failed + (not ok)
    # What a user gets wrong: a missing table, a table without a name column, a refused connection.
    mistakes = [
        (["classify", "--database", postgres.url, "--table", "crm.nothing_here"], "no table named 'crm.nothing_here'"),
        (["classify", "--database", "postgresql://nobody@127.0.0.1:1/none"], "cannot connect to PostgreSQL"),
    ]
    postgres.run("CREATE TABLE IF NOT EXISTS crm.unnamed (firm text, sales double precision); SELECT 1 AS made;", work)
    mistakes.append((["classify", "--database", postgres.url, "--table", "crm.unnamed"], "no customer name column"))
    postgres.run("CREATE TABLE IF NOT EXISTS crm.no_record (name text, employees double precision, rep text); SELECT 1 AS made;", work)
    done = subprocess.run([salescoach, "classify", "--database", postgres.url, "--table", "crm.no_record"], capture_output=True, text=True)
    problems = [] if "no column for the transaction record" in done.stderr else [f"no warning for a table without record columns: {done.stderr[:300]!r}"]
    ok = report("database warning: no record columns", problems, "warned")
    passed, failed = passed + ok, failed + (not ok)
    for command, wanted in mistakes:
        done = subprocess.run([salescoach] + command, capture_output=True, text=True)
        problems = [] if done.returncode != 0 and wanted in done.stderr else [f"expected an error with {wanted!r}, got {done.returncode}: {done.stderr[:300]!r}"]
        ok = report(f"database error: {wanted}", problems, "a clear error")
        passed, failed = passed + ok, failed + (not ok)
    return passed, failed


def report(label, problems, agreement):
    """Prints one case's outcome; True when it passed."""
    if problems:
        print(f"FAIL {label}: {len(problems)} difference(s)")
        for line in problems[:8]:
            print(f"     {line}")
        return False
    print(f"ok   {label}: {agreement}")
    return True


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr.strip()[:2000]}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--salescoach", required=True)
    parser.add_argument("--shared", required=True)
    parser.add_argument("--engines", default="postgres,duckdb,spark")
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="salescoach-sql-")
    os.chmod(work, 0o755)
    for name, text in CONFIGS.items():
        if text:
            with open(os.path.join(work, f"{name}.toml"), "w", encoding="utf-8") as f:
                f.write(text)
    cases = list(fixtures(arguments.shared, work))
    passed = failed = 0
    engines = []
    try:
        for engine_name in arguments.engines.split(","):
            engine_type = {"postgres": Postgres, "duckdb": DuckDB, "spark": Spark}[engine_name]
            started = time.time()
            try:
                engine = engine_type(work)
            except Exception as error:
                print(f"FAIL {engine_name}: could not start: {error}")
                failed += len(cases)
                continue
            engines.append(engine)
            for name, path, per_rep, config in cases:
                label = f"{engine_name:8} {name}{' per rep' if per_rep else ''} ({config})"
                options = (["--per-rep"] if per_rep else []) + (["--config", os.path.join(work, f"{config}.toml")] if CONFIGS[config] else [])
                try:
                    expected = list(csv.DictReader(io.StringIO(
                        run([arguments.salescoach, "classify", path, "--format", "csv"] + options))))
                    sql = run([arguments.salescoach, "sql", "--dialect", engine_name, "--source", path] + options)
                    problems = compare(expected, engine.run(sql, work), per_rep)
                except Exception as error:
                    problems = [str(error)]
                fifty = 0 if problems else sum(r[f] == "50.000000" for r in expected for f in ("objective_score", "record_score"))
                ok = report(label, problems, f"{len(expected) if not problems else 0} rows agree ({fifty} axis scores of exactly 50)")
                passed, failed = passed + ok, failed + (not ok)
            for accounts, deals, per_rep, export in rollup_cases(arguments.shared):
                mode = " per rep" if per_rep else ""
                options = ["--source", accounts, "--rollup", deals] + (["--per-rep"] if per_rep else [])
                for only in (True, False):
                    label = f"{engine_name:8} crm roll-up{mode}" + ("" if only else ", classified")
                    try:
                        sql = run([arguments.salescoach, "sql", "--dialect", engine_name] + options + (["--rollup-only"] if only else []))
                        rows = engine.run(sql, work)
                        if only:
                            with open(export, encoding="utf-8") as f:
                                expected = list(csv.DictReader(f))
                            problems = compare_rollup(expected, rows, per_rep)
                        else:
                            expected = list(csv.DictReader(io.StringIO(run(
                                [arguments.salescoach, "classify", export, "--format", "csv"] + (["--per-rep"] if per_rep else [])))))
                            problems = compare(expected, rows, per_rep)
                    except Exception as error:
                        problems = [str(error)]
                    ok = report(label, problems, f"{0 if problems else len(rows)} rows agree with {os.path.basename(export)}")
                    passed, failed = passed + ok, failed + (not ok)
            # A number written for people ("$1,234") must stop the engine, never turn blank and change segments.
            messy = os.path.join(work, "messy.csv")
            with open(messy, "w", encoding="utf-8") as f:
                f.write("name,employees,sales\nAcme,120,\"$1,234\"\nBeta,80,500\n")
            try:
                engine.run(run([arguments.salescoach, "sql", "--dialect", engine_name, "--source", messy]), work)
                problems = ["the engine read '$1,234' without an error"]
            except Exception:
                problems = []
            ok = report(f"{engine_name:8} formatted number", problems, "the engine stops on '$1,234' instead of reading it as blank")
            passed, failed = passed + ok, failed + (not ok)
            if engine_name == "postgres":
                ok, bad = database_checks(engine, arguments.salescoach, cases, work)
                passed, failed = passed + ok, failed + bad
            print(f"     {engine_name}: {time.time() - started:.1f} s")
    finally:
        for engine in engines:
            engine.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
