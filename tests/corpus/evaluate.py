#!/usr/bin/env python3
"""Measures pysunset's precision and recall on real code with hand-checked ground truth.

Usage: evaluate.py CORPUS_SRC GROUND_TRUTH.jsonl FULLY_CHECKED.txt [--pysunset BIN] [--json OUT]
                   [--show] [--min-recall R] [--min-precision P] [--min-guarded G]

Every ground-truth row is a line of a real file, labelled `use` (must be reported as an error or
warning), `guarded` (must be reported as info) or `not-a-use` (must not be reported). In the
fully checked files every real use is labelled, so any other finding there is a false positive.
Cython (.pyx) rows are left out: pysunset checks Python files.
"""
import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", type=Path)
    parser.add_argument("ground_truth", type=Path)
    parser.add_argument("fully_checked", type=Path)
    parser.add_argument("--pysunset", default="target/release/pysunset")
    parser.add_argument("--json", type=Path, help="write the metrics here")
    parser.add_argument("--show", action="store_true", help="print every mistake")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-guarded", type=float, default=0.0)
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.ground_truth.read_text().splitlines() if line.strip()]
    rows = [row for row in rows if not row["path"].endswith(".pyx")]
    fully_checked = {
        line.strip() for line in args.fully_checked.read_text().splitlines()
        if line.strip() and not line.strip().endswith(".pyx")
    }

    run = subprocess.run(
        [args.pysunset, "--format", "json", "--target", "3.12", str(args.src)],
        capture_output=True, text=True, check=False,
    )
    if run.returncode not in (0, 1):
        print(run.stderr, file=sys.stderr)
        return 2
    # The labels cover the APIs the corpus was checked for; findings of other catalogue entries
    # (added later) are neither right nor wrong here.
    labelled_symbols = {row["symbol"] for row in rows}
    findings = [finding for finding in json.loads(run.stdout) if finding["symbol"] in labelled_symbols]
    prefix = str(args.src).rstrip("/") + "/"
    found = collections.defaultdict(list)
    for finding in findings:
        path = finding["path"][len(prefix):] if finding["path"].startswith(prefix) else finding["path"]
        found[(path, finding["range"]["start"]["line"], finding["symbol"])].append(finding["severity"])

    counts = collections.Counter()
    mistakes = []
    labelled = set()
    for row in rows:
        key = (row["path"], row["line"], row["symbol"])
        labelled.add(key)
        severities = found.get(key, [])
        if row["label"] == "use":
            ok = any(s in ("error", "warning") for s in severities)
            counts["use reported" if ok else "use missed"] += 1
            if not ok:
                mistakes.append(("missed", row, severities))
        elif row["label"] == "guarded":
            ok = "info" in severities
            counts["guarded as info" if ok else ("guarded as error" if severities else "guarded missed")] += 1
            if not ok:
                mistakes.append(("guarded", row, severities))
        else:
            ok = not severities
            counts["not-a-use silent" if ok else "not-a-use reported"] += 1
            if not ok:
                mistakes.append(("false positive", row, severities))
    for key, severities in found.items():
        if key[0] in fully_checked and key not in labelled:
            counts["unlabelled finding in a fully checked file"] += 1
            mistakes.append(("unlabelled", {"path": key[0], "line": key[1], "symbol": key[2], "why": ""}, severities))

    real = counts["use reported"] + counts["use missed"]
    guarded = counts["guarded as info"] + counts["guarded as error"] + counts["guarded missed"]
    reported_wrongly = counts["not-a-use reported"] + counts["unlabelled finding in a fully checked file"]
    true_positive = counts["use reported"] + counts["guarded as info"] + counts["guarded as error"]
    metrics = {
        "rows": len(rows),
        "findings": len(findings),
        "recall": round((counts["use reported"]) / real, 4) if real else None,
        "guarded_recall": round(counts["guarded as info"] / guarded, 4) if guarded else None,
        "precision": round(true_positive / (true_positive + reported_wrongly), 4) if true_positive else None,
        "counts": dict(sorted(counts.items())),
    }
    print(json.dumps(metrics, indent=2))
    if args.show:
        for kind, row, severities in mistakes:
            print(f"{kind}: {row['path']}:{row['line']} {row['symbol']} got={severities} why={row.get('why', '')}")
    if args.json:
        args.json.write_text(json.dumps(metrics, indent=2) + "\n")
    failed = [
        f"{name} {metrics[name]} < {minimum}"
        for name, minimum in [
            ("recall", args.min_recall), ("precision", args.min_precision), ("guarded_recall", args.min_guarded)
        ]
        if (metrics[name] or 0) < minimum
    ]
    for failure in failed:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
