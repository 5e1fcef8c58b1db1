#!/usr/bin/env python3
"""Measures pysunset's precision and recall on real code with hand-checked ground truth.

Usage: evaluate.py CORPUS_SRC GROUND_TRUTH.jsonl FULLY_CHECKED.txt [--pysunset BIN] [--json OUT]
                   [--show] [--min-recall R] [--min-precision P] [--min-guarded G]
       evaluate.py CORPUS_SRC GROUND_TRUTH.jsonl --manifest SDISTS.json [--held-out] [--target V]
                   [--by-rule] [--by-category] [--min-... as above]

Every ground-truth row is a line of a real file, labelled `use` (must be reported as an error or
warning), `guarded` (must be reported as info) or `not-a-use` (must not be reported); `unclear`
rows (a judgement the labeller could not make from the code) count neither way. In the fully
checked files every real use is labelled, so any other finding there is a false positive.
Cython (.pyx) rows are left out: pysunset checks Python files.

With --manifest (the second corpus, tests/corpus2), every Python file of the releases of one part
of the manifest is fully checked for the whole catalogue at --target: pysunset runs on those
releases only, every finding counts, and a finding matches a row at the same line when the
symbols are equal or share their last name (`load_module` of any loader class). The part is
`working` unless --held-out is given: the held-out releases are for the final figure only.
--by-rule and --by-category add precision, recall and guarded-as-info per rule (SUN001...) and
per issue-13 category (the rows' `category`).
"""
import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path


def scores(counts: collections.Counter) -> dict:
    """Recall, guarded-as-info and precision of a set of counts (see main for the keys)."""
    real = counts["use reported"] + counts["use missed"]
    guarded = counts["guarded as info"] + counts["guarded as error"] + counts["guarded missed"]
    reported_wrongly = counts["not-a-use reported"] + counts["unlabelled finding in a fully checked file"]
    true_positive = counts["use reported"] + counts["guarded as info"] + counts["guarded as error"]
    reported = true_positive + reported_wrongly
    return {
        "recall": round(counts["use reported"] / real, 4) if real else None,
        "guarded_recall": round(counts["guarded as info"] / guarded, 4) if guarded else None,
        "precision": round(true_positive / reported, 4) if reported else None,
        "counts": dict(sorted((name, value) for name, value in counts.items() if value)),
    }


def match_key(symbol: str, manifest) -> str:
    """The symbol as rows and findings are matched: in the second corpus, entries sharing their last
    name (`importlib.abc.Loader.load_module`, `zipimport.zipimporter.load_module`) are one key."""
    if manifest is None or "(" in symbol:
        return symbol
    return symbol.rsplit(".", 1)[-1]


def unpacked_dir(filename: str) -> str:
    """The directory an sdist unpacks into (`Paste-2.0.3.tar.gz` -> `Paste-2.0.3`)."""
    for suffix in (".tar.gz", ".tar.bz2", ".tgz", ".zip"):
        if filename.endswith(suffix):
            return filename[: -len(suffix)]
    return filename


def catalogue_codes(pysunset: str) -> dict:
    """symbol -> rule code (SUN001...), from `pysunset --catalogue`."""
    run = subprocess.run([pysunset, "--catalogue"], capture_output=True, text=True, check=True)
    return {entry["symbol"]: entry["code"] for entry in json.loads(run.stdout)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", type=Path)
    parser.add_argument("ground_truth", type=Path)
    parser.add_argument("fully_checked", type=Path, nargs="?")
    parser.add_argument("--manifest", type=Path, help="sdists.json with a `part` per release (tests/corpus2)")
    parser.add_argument("--held-out", action="store_true", help="evaluate the held-out part of --manifest")
    parser.add_argument("--target", default="3.12")
    parser.add_argument("--by-rule", action="store_true", help="also report per rule (SUN001...)")
    parser.add_argument("--by-category", action="store_true", help="also report per issue-13 category")
    parser.add_argument("--pysunset", default="target/release/pysunset")
    parser.add_argument(
        "--labelled-symbols", type=Path,
        help="the catalogue entries the labels judge, one per line: findings of other (later) entries are not counted",
    )
    parser.add_argument("--json", type=Path, help="write the metrics here")
    parser.add_argument("--show", action="store_true", help="print every mistake")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-guarded", type=float, default=0.0)
    args = parser.parse_args()

    if (args.manifest is None) == (args.fully_checked is None):
        parser.error("give either FULLY_CHECKED or --manifest")
    if args.held_out and args.manifest is None:
        parser.error("--held-out needs --manifest")
    rows = [json.loads(line) for line in args.ground_truth.read_text().splitlines() if line.strip()]
    rows = [row for row in rows if not row["path"].endswith(".pyx")]
    unclear = {(row["path"], row["line"], match_key(row["symbol"], args.manifest)) for row in rows if row["label"] == "unclear"}
    rows = [row for row in rows if row["label"] != "unclear"]
    codes = catalogue_codes(args.pysunset)

    if args.manifest is not None:
        part = "held-out" if args.held_out else "working"
        releases = [item for item in json.loads(args.manifest.read_text()) if item["part"] == part]
        tops = sorted({unpacked_dir(item["filename"]) for item in releases})
        outside = [row["path"] for row in rows if row["path"].split("/")[0] not in tops]
        if outside:
            print(f"{len(outside)} rows are not in the {part} part, e.g. {outside[0]}", file=sys.stderr)
            return 2
        targets = [str(args.src / top) for top in tops]
    else:
        targets = [str(args.src)]
        fully_checked = {
            line.strip() for line in args.fully_checked.read_text().splitlines()
            if line.strip() and not line.strip().endswith(".pyx")
        }

    run = subprocess.run(
        [args.pysunset, "--format", "json", "--target", args.target, *targets],
        capture_output=True, text=True, check=False,
    )
    if run.returncode not in (0, 1):
        print(run.stderr, file=sys.stderr)
        return 2
    findings = json.loads(run.stdout)
    if args.manifest is None:
        # The labels cover the APIs the corpus was checked for; findings of other catalogue entries
        # (added later) are neither right nor wrong here.
        labelled_symbols = {row["symbol"] for row in rows}
        findings = [finding for finding in findings if finding["symbol"] in labelled_symbols]
    elif args.labelled_symbols is not None:
        judged = {
            line.strip() for line in args.labelled_symbols.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        }
        later = [finding for finding in findings if finding["symbol"] not in judged]
        if later:
            print(f"{len(later)} findings of entries added after the labelling are not judged "
                  f"({len(set(f['symbol'] for f in later))} entries)", file=sys.stderr)
        findings = [finding for finding in findings if finding["symbol"] in judged]
    prefix = str(args.src).rstrip("/") + "/"
    found = collections.defaultdict(list)
    finding_code = {}
    for finding in findings:
        path = finding["path"][len(prefix):] if finding["path"].startswith(prefix) else finding["path"]
        key = (path, finding["range"]["start"]["line"], match_key(finding["symbol"], args.manifest))
        if key in unclear:
            continue
        found[key].append(finding["severity"])
        finding_code[key] = finding["code"]
    if args.manifest is not None:
        fully_checked = {key[0] for key in found} | {row["path"] for row in rows}

    counts = collections.Counter()
    by_rule = collections.defaultdict(collections.Counter)
    by_category = collections.defaultdict(collections.Counter)
    mistakes = []
    labelled = set()
    for row in rows:
        key = (row["path"], row["line"], match_key(row["symbol"], args.manifest))
        before = counts.copy()
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
        change = counts - before
        by_rule[codes.get(row["symbol"], "?")].update(change)
        if row.get("category"):
            by_category[row["category"]].update(change)
    for key, severities in found.items():
        if key[0] in fully_checked and key not in labelled:
            counts["unlabelled finding in a fully checked file"] += 1
            by_rule[finding_code[key]]["unlabelled finding in a fully checked file"] += 1
            mistakes.append(("unlabelled", {"path": key[0], "line": key[1], "symbol": key[2], "why": ""}, severities))

    metrics = {"rows": len(rows), "findings": len(findings), **scores(counts)}
    if args.by_rule:
        metrics["by_rule"] = {code: scores(c) for code, c in sorted(by_rule.items())}
    if args.by_category:
        metrics["by_category"] = {name: scores(c) for name, c in sorted(by_category.items())}
    if args.manifest is not None:
        metrics["part"] = part
        metrics["target"] = args.target
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
