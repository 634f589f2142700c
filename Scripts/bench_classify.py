"""Peers and checks for Scripts/bench-classify.sh.

    bench_classify.py run TOOL INPUT OUTPUT [--per-rep]
        TOOL is polars, duckdb or pandas. Reads the customer CSV, parses the
        six metrics (thousands separators, empty cell = missing), ranks each
        metric with the average rule (pandas rank(pct=True)) x100, averages
        the available scores per axis, cuts at 50 and writes a CSV with
        name, [rep,] segment, objective_score, record_score. Floats all the
        way, as a user of that tool would write it.

    bench_classify.py check INPUT SALESCOACH_CSV [--per-rep] TOOL=CSV ...
        Joins every output with salescoach's on the customer name and counts
        the rows whose segment differs. An exact reference (integer ranks,
        fractions where a score is near 50) tells which of those rows have an
        axis score of exactly 50: there salescoach's exact rule is right and
        a float tool may land a hair under 50. Any other difference is a bug
        and is printed in full. Exit status 3 when there is one.
"""

import sys
from fractions import Fraction

OBJECTIVE = ["company_revenue", "employees", "growth"]
RECORD = ["orders", "sales", "profit"]
METRICS = OBJECTIVE + RECORD
CUT = 50.0


# MARK: peers


def run_pandas(path, out, per_rep):
    import numpy as np
    import pandas as pd

    df = pd.read_csv(
        path, thousands=",", keep_default_na=False, na_values=[""],
        dtype={"name": str, "rep": str, "last_visit": str},
    )
    for m in METRICS:
        if not pd.api.types.is_numeric_dtype(df[m]):
            raise SystemExit(f"pandas read {m} as {df[m].dtype}, not a number")
    values = df[METRICS].astype("float64")
    if per_rep:
        ranks = values.groupby(df["rep"], dropna=False, sort=False).rank(method="average", pct=True)
    else:
        ranks = values.rank(method="average", pct=True)
    scores = ranks * 100
    objective = scores[OBJECTIVE].mean(axis=1)
    record = scores[RECORD].mean(axis=1)
    high_o, high_r = objective >= CUT, record >= CUT
    segment = np.where(high_o, np.where(high_r, "A", "B"), np.where(high_r, "C", "D"))
    segment[(objective.isna() | record.isna()).to_numpy()] = ""
    result = pd.DataFrame({"name": df["name"]})
    if per_rep:
        result["rep"] = df["rep"]
    result["segment"] = segment
    result["objective_score"] = objective
    result["record_score"] = record
    result.to_csv(out, index=False, float_format="%.1f")


def run_polars(path, out, per_rep):
    import polars as pl

    def number(m):
        return pl.col(m).str.replace_all(",", "", literal=True).cast(pl.Float64)

    def score(m):
        s = pl.col(m).rank("average") / pl.col(m).count() * 100
        return s.over("rep") if per_rep else s

    objective = pl.mean_horizontal([pl.col(m) for m in OBJECTIVE])
    record = pl.mean_horizontal([pl.col(m) for m in RECORD])
    high_o, high_r = pl.col("objective_score") >= CUT, pl.col("record_score") >= CUT
    segment = (
        pl.when(pl.col("objective_score").is_null() | pl.col("record_score").is_null()).then(pl.lit(None))
        .when(high_o & high_r).then(pl.lit("A"))
        .when(high_o).then(pl.lit("B"))
        .when(high_r).then(pl.lit("C"))
        .otherwise(pl.lit("D"))
    )
    keep = ["name", "rep"] if per_rep else ["name"]
    (
        pl.scan_csv(path, infer_schema=False)
        .with_columns([number(m) for m in METRICS])
        .with_columns([score(m) for m in METRICS])
        .select(*keep, objective.alias("objective_score"), record.alias("record_score"))
        .select(*keep, segment.alias("segment"), "objective_score", "record_score")
        .collect()
        .write_csv(out, float_precision=1)
    )


def run_duckdb(path, out, per_rep):
    import duckdb

    window = "PARTITION BY rep" if per_rep else ""

    # Average rank = (rank from the bottom + rank from the top) / 2 over the
    # rows with a value; NULLS LAST keeps the missing ones out of both.
    def score(m):
        return (
            f"100 * (rank() OVER ({window} ORDER BY {m} ASC NULLS LAST)"
            f" + count({m}) OVER ({window}) + 1 - rank() OVER ({window} ORDER BY {m} DESC NULLS LAST))"
            f" / 2.0 / count({m}) OVER ({window})"
        )

    scores = ",\n".join(f"CASE WHEN {m} IS NULL THEN NULL ELSE {score(m)} END AS {m}" for m in METRICS)

    def mean(axis):
        present = " + ".join(f"({m} IS NOT NULL)::INT" for m in axis)
        total = " + ".join(f"coalesce({m}, 0)" for m in axis)
        return f"CASE WHEN {present} = 0 THEN NULL ELSE ({total}) / ({present}) END"

    types = ", ".join(f"'{m}': 'DOUBLE'" for m in METRICS)
    rep = "rep," if per_rep else ""
    sql = f"""
        COPY (
            WITH book AS (
                SELECT * FROM read_csv(?, header = true, thousands = ',', types = {{{types}}})
            ),
            scored AS (SELECT name, rep, {scores} FROM book),
            axes AS (
                SELECT name, rep, {mean(OBJECTIVE)} AS objective_score, {mean(RECORD)} AS record_score FROM scored
            )
            SELECT name, {rep}
                CASE
                    WHEN objective_score IS NULL OR record_score IS NULL THEN NULL
                    WHEN objective_score >= {CUT} AND record_score >= {CUT} THEN 'A'
                    WHEN objective_score >= {CUT} THEN 'B'
                    WHEN record_score >= {CUT} THEN 'C'
                    ELSE 'D'
                END AS segment,
                round(objective_score, 1) AS objective_score,
                round(record_score, 1) AS record_score
            FROM axes
        ) TO '{out.replace("'", "''")}' (HEADER, DELIMITER ',')
    """
    duckdb.execute(sql, [path])


PEERS = {"polars": run_polars, "duckdb": run_duckdb, "pandas": run_pandas}


# MARK: exact reference


def read_book(path):
    """The input with the metrics as floats (NaN = missing) and the rep as text."""
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for m in METRICS:
        cells = df[m].str.replace(",", "", regex=False).str.strip()
        df[m] = pd.to_numeric(cells.where(cells != "", None), errors="raise").astype("float64")
    df["rep"] = df["rep"].str.strip()
    return df


def exact_ranks(values, groups):
    """t = 2*below + equal + 1 and n per row, so that the score is 100*t/(2n)."""
    import numpy as np

    t = np.zeros(len(values), dtype=np.int64)
    n = np.zeros(len(values), dtype=np.int64)
    for rows in groups:
        v = values[rows]
        present = ~np.isnan(v)
        rows, v = rows[present], v[present]
        if len(v) == 0:
            continue
        distinct, where, equal = np.unique(v, return_inverse=True, return_counts=True)
        below = np.cumsum(equal) - equal
        t[rows] = 2 * below[where] + equal[where] + 1
        n[rows] = len(v)
    return t, n


def exact_axis(ranks):
    """Per row: whether the axis exists, is high (score >= 50) and is exactly 50.

    The score is 100/k * sum(t/2n) over the k metrics with a value, so it is
    >= 50 exactly when sum(t/n) >= k. Floats decide far from the cut;
    fractions decide the rows within 1e-9 of it.
    """
    import numpy as np

    k = sum((n > 0).astype(np.int64) for _, n in ranks)
    f = sum(np.where(n > 0, t / np.maximum(n, 1), 0.0) for t, n in ranks)
    high = f >= k
    exact50 = np.zeros(len(k), dtype=bool)
    for row in np.flatnonzero(np.abs(f - k) < 1e-9):
        total = sum(Fraction(int(t[row]), int(n[row])) for t, n in ranks if n[row] > 0)
        high[row] = total >= k[row]
        exact50[row] = total == k[row]
    return k > 0, high & (k > 0), exact50 & (k > 0)


def reference(book, per_rep):
    import numpy as np

    if per_rep:
        groups = [np.asarray(rows) for rows in book.groupby("rep", dropna=False, sort=False).indices.values()]
    else:
        groups = [np.arange(len(book))]
    axes = {}
    for name, metrics in (("objective", OBJECTIVE), ("record", RECORD)):
        ranks = [exact_ranks(book[m].to_numpy(), groups) for m in metrics]
        axes[name] = exact_axis(ranks)
    has_o, high_o, fifty_o = axes["objective"]
    has_r, high_r, fifty_r = axes["record"]
    def segments(high_o, high_r):
        segment = np.where(high_o, np.where(high_r, "A", "B"), np.where(high_r, "C", "D"))
        segment[~(has_o & has_r)] = ""
        return segment

    # What a float tool says when it lands just under 50 on every exact-50 axis.
    under = segments(high_o & ~fifty_o, high_r & ~fifty_r)
    return segments(high_o, high_r), fifty_o | fifty_r, under


# MARK: check


def read_output(path):
    import pandas as pd

    out = pd.read_csv(path, dtype=str, keep_default_na=False)
    if out["name"].duplicated().any():
        raise SystemExit(f"{path}: a customer name appears twice")
    return out.set_index("name")


def check(input_path, salescoach_path, per_rep, peers):
    import numpy as np

    book = read_book(input_path)
    expected, fifty, under = reference(book, per_rep)
    names = book["name"]
    sc = read_output(salescoach_path)
    bugs = 0
    mode = "per-rep" if per_rep else "book"

    def describe(rows, label, out):
        for row in rows[:5]:
            name = names.iloc[row]
            said = [(label, out.loc[name])] + ([] if out is sc else [("salescoach", sc.loc[name])])
            print(
                f"      {name!r} rep={book['rep'].iloc[row]!r}: "
                + ", ".join(f"{who} {r['segment'] or '-'} ({r['objective_score']}, {r['record_score']})" for who, r in said)
                + f", exact {expected[row] or '-'}"
            )
        if len(rows) > 5:
            print(f"      … and {len(rows) - 5} more")

    def aligned(out, label):
        missing = names[~names.isin(out.index)]
        if len(missing) or len(out) != len(names):
            print(f"    BUG {label}: {len(out)} rows for {len(names)} customers ({len(missing)} missing)")
            return None
        return out.loc[names]

    count = len(names)
    size = f"{count // 1000000}M" if count % 1000000 == 0 else f"{count // 1000}k" if count % 1000 == 0 else str(count)
    at = int(fifty.sum())
    print(f"  {size} {mode}: {at} row{'' if at == 1 else 's'} with an axis score of exactly 50")
    sc_rows = aligned(sc, "salescoach")
    if sc_rows is None:
        return 1
    sc_segment = sc_rows["segment"].to_numpy()
    wrong = np.flatnonzero(sc_segment != expected)
    if len(wrong):
        bugs += len(wrong)
        print(f"    BUG salescoach differs from the exact reference on {len(wrong)} rows:")
        describe(wrong, "salescoach", sc)
    for label, path in peers:
        out = aligned(read_output(path), label)
        if out is None:
            bugs += 1
            continue
        segment = out["segment"].to_numpy()
        differ = np.flatnonzero(segment != sc_segment)
        # Explained: salescoach is exact there and the tool took an exact-50 axis as low.
        explained = fifty[differ] & (sc_segment[differ] == expected[differ]) & (segment[differ] == under[differ])
        at_fifty = differ[explained]
        other = differ[~explained]
        score_gap = 0
        for axis in ("objective_score", "record_score"):
            a = out[axis].replace("", "nan").astype(float).to_numpy()
            b = sc_rows[axis].replace("", "nan").astype(float).to_numpy()
            # Both round to one decimal, half-way cases either way: 0.1 apart is rounding.
            score_gap += int(((np.abs(a - b) > 0.1 + 1e-9) | (np.isnan(a) != np.isnan(b))).sum())
        line = f"    {label:<7} segments differ on {len(differ)} row{'' if len(differ) == 1 else 's'}: {len(at_fifty)} at an exact 50, {len(other)} other"
        print(line + (f"; scores off by more than 0.1 on {score_gap}" if score_gap else ""))
        if len(other) or score_gap:
            bugs += len(other) + score_gap
            print(f"    BUG {label}: {len(other)} segment differences not explained by an exact 50:")
            describe(other, label, out)
        if len(at_fifty):
            describe(at_fifty, label, out)
    return 3 if bugs else 0


def main(argv):
    if len(argv) >= 4 and argv[0] == "run" and argv[1] in PEERS:
        PEERS[argv[1]](argv[2], argv[3], "--per-rep" in argv[4:])
        return 0
    if len(argv) >= 3 and argv[0] == "check":
        rest = argv[3:]
        per_rep = "--per-rep" in rest
        peers = [tuple(arg.split("=", 1)) for arg in rest if arg != "--per-rep"]
        return check(argv[1], argv[2], per_rep, peers)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
