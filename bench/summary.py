#!/usr/bin/env python3
"""Medians and ratios of bench/run.sh's results.tsv: ours vs the bare Camunda app, per database."""
import csv
import statistics
import sys
from collections import defaultdict

ROWS = [  # (label, our phase, bare phase, unit, better)
    ("start-up, wall to first 200", "startup_s", "startup_s", "s", "lower"),
    ("RSS 10 s after ready", "rss_mb", "rss_mb", "MB", "lower"),
    ("intake vs bare start, cold", "start_cold", "start_cold", "req/s", "higher"),
    ("intake vs bare start, warm", "start_warm", "start_warm", "req/s", "higher"),
    ("letter completion vs bare submit-form, cold", "letter_cold", "submit_cold", "req/s", "higher"),
    ("letter completion vs bare submit-form, warm", "letter_warm", "submit_warm", "req/s", "higher"),
    ("RecordContact submit-form vs bare submit-form, cold", "submit_cold", "submit_cold", "req/s", "higher"),
    ("RecordContact submit-form vs bare submit-form, warm", "submit_warm", "submit_warm", "req/s", "higher"),
]


def main(path):
    values, p99, errors = defaultdict(list), defaultdict(list), defaultdict(int)
    with open(path) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            key = (r["db"], r["app"], r["phase"])
            values[key].append(float(r["value"]))
            if r["p99_ms"]:
                p99[key].append(float(r["p99_ms"]))
            if r["non2xx"]:
                errors[key] += int(r["non2xx"])
    for db in sorted({k[0] for k in values}):
        runs = max(len(v) for k, v in values.items() if k[0] == db)
        print(f"## {db}: medians of {runs} run(s) (range); ratio = ours / bare\n")
        print("| measure | bare | ours | ratio | p99 bare / ours (ms) | non-2xx bare / ours |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, ours, bare, unit, _ in ROWS:
            a, b = values.get((db, "app", ours)), values.get((db, "bare", bare))
            if not a or not b:
                continue
            ma, mb = statistics.median(a), statistics.median(b)
            rng = lambda v: f" ({min(v):g}–{max(v):g})" if len(v) > 1 else ""
            lat = ""
            if p99.get((db, "bare", bare)) and p99.get((db, "app", ours)):
                lat = f"{statistics.median(p99[(db, 'bare', bare)]):.0f} / {statistics.median(p99[(db, 'app', ours)]):.0f}"
            err = f"{errors[(db, 'bare', bare)]} / {errors[(db, 'app', ours)]}" if unit == "req/s" else ""
            print(f"| {label} ({unit}) | {mb:g}{rng(b)} | {ma:g}{rng(a)} | {ma / mb:.2f}× | {lat} | {err} |")
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.tsv")
