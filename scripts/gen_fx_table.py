#!/usr/bin/env python3
"""Generate figlint's reference exchange-rate table, data/fx/ecb-monthly.csv.

Input: the ECB's eurofxref-hist.csv (one row per business day, one column per
currency, each value = units of that currency per 1 EUR, "N/A" where none).
Output: for every currency and calendar month, the arithmetic mean of that
month's daily rates, as rows ``YYYY-MM,CUR,rate`` below a ``#`` header block.

The mean is computed in exact decimal arithmetic and rounded half-even to six
significant digits, so the output is byte-for-byte reproducible.

Usage:
    python3 scripts/gen_fx_table.py [INPUT_CSV] [--output PATH] [--check]

INPUT_CSV defaults to ../shared/data/fx/eurofxref-hist.csv relative to the
repository root, --output to data/fx/ecb-monthly.csv in the repository.
With --check nothing is written; the exit status is 0 when the output file is
exactly what would be generated, 1 when it differs or is missing.

Python 3 standard library only.
"""

import argparse
import csv
import hashlib
import io
import re
import sys
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO_ROOT.parent / "shared" / "data" / "fx" / "eurofxref-hist.csv"
DEFAULT_OUTPUT = REPO_ROOT / "data" / "fx" / "ecb-monthly.csv"
SIGNIFICANT_DIGITS = 6

DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def fail(message):
    print(f"gen_fx_table: {message}", file=sys.stderr)
    sys.exit(2)


def read_daily(raw):
    """Parse eurofxref-hist.csv bytes.

    Returns (sums, first_date, last_date, day_count) where sums maps
    (month "YYYY-MM", currency) -> [Decimal sum, number of days].
    """
    text = raw.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        fail("input is empty")
    if not header or header[0].strip() != "Date":
        fail("first column of the header must be 'Date'")
    columns = []
    for name in header[1:]:
        name = name.strip()
        if name == "":
            columns.append(None)  # the ECB file ends every line with a comma
        elif CURRENCY_RE.match(name):
            columns.append(name)
        else:
            fail(f"unexpected column name {name!r}")

    sums = {}
    dates = set()
    for line_no, row in enumerate(reader, start=2):
        if not row or all(cell.strip() == "" for cell in row):
            continue
        date = row[0].strip()
        match = DATE_RE.match(date)
        if not match:
            fail(f"line {line_no}: bad date {date!r}")
        if date in dates:
            fail(f"line {line_no}: duplicate date {date}")
        dates.add(date)
        month = date[:7]
        for column, cell in zip(columns, row[1:]):
            cell = cell.strip()
            if column is None:
                if cell:
                    fail(f"line {line_no}: value {cell!r} under an unnamed column")
                continue
            if cell in ("", "N/A"):
                continue
            try:
                value = Decimal(cell)
            except ArithmeticError:
                fail(f"line {line_no}: bad {column} rate {cell!r}")
            if not value.is_finite() or value <= 0:
                fail(f"line {line_no}: bad {column} rate {cell!r}")
            entry = sums.setdefault((month, column), [Decimal(0), 0])
            entry[0] += value
            entry[1] += 1
    if not dates:
        fail("input has no data rows")
    return sums, min(dates), max(dates), len(dates)


def format_rate(value):
    """Round to SIGNIFICANT_DIGITS significant digits, plain notation, no trailing zeros."""
    exponent = value.adjusted()  # power of ten of the leading digit
    quantum = Decimal(1).scaleb(exponent - SIGNIFICANT_DIGITS + 1)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_EVEN)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def generate(raw):
    sums, first_date, last_date, day_count = read_daily(raw)
    months = sorted({month for month, _ in sums})
    currencies = sorted({currency for _, currency in sums})
    digest = hashlib.sha256(raw).hexdigest()

    out = io.StringIO()
    header = [
        "figlint reference exchange rates: ECB monthly averages",
        "source: ECB euro foreign exchange reference rates, via eurofxref-hist.csv",
        f"input: eurofxref-hist.csv, {day_count} business days "
        f"{first_date}..{last_date}, sha256 {digest}",
        "method: arithmetic mean of the daily rates published in the month "
        "(days without a rate skipped), rounded half-even to "
        f"{SIGNIFICANT_DIGITS} significant digits",
        "units: units of CUR per 1 EUR (EUR itself is implicit = 1); "
        "cross rates through EUR: QUOTE per BASE = QUOTE/EUR / BASE/EUR",
        f"months: {months[0]}..{months[-1]}; "
        "a month without any rate for a currency is absent",
        f"currencies: {' '.join(currencies)}",
        "generated by: python3 scripts/gen_fx_table.py [path/to/eurofxref-hist.csv]",
        "columns: month,currency,rate",
    ]
    for line in header:
        out.write(f"# {line}\n")
    for month in months:
        for currency in currencies:
            entry = sums.get((month, currency))
            if entry is None:
                continue
            total, count = entry
            out.write(f"{month},{currency},{format_rate(total / count)}\n")
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(
        description="Write data/fx/ecb-monthly.csv from the ECB's eurofxref-hist.csv."
    )
    parser.add_argument(
        "input",
        nargs="?",
        type=Path,
        default=DEFAULT_INPUT,
        help="path to eurofxref-hist.csv (default: %(default)s)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="table to write or check (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the output file differs from what would be generated",
    )
    args = parser.parse_args()

    try:
        raw = args.input.read_bytes()
    except OSError as err:
        fail(f"cannot read {args.input}: {err}")
    table = generate(raw).encode("utf-8")

    if args.check:
        try:
            current = args.output.read_bytes()
        except OSError:
            current = None
        if current != table:
            print(
                f"gen_fx_table: {args.output} is out of date; "
                "run python3 scripts/gen_fx_table.py",
                file=sys.stderr,
            )
            return 1
        print(f"gen_fx_table: {args.output} is up to date")
        return 0

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(table)
    rows = table.count(b"\n")
    print(f"gen_fx_table: wrote {args.output} ({len(table)} bytes, {rows} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
