"""Summarise bench/run.sh results: findings.md and summary.md.

usage: summarize.py RESULTS_DIR LIB RUFF_VERSION PYLINT_VERSION PYSUNSET_BIN [TARGET]
"""

import collections
import glob
import json
import os
import re
import subprocess
import sys

results, lib, ruff_version, pylint_version, pysunset_bin = sys.argv[1:6]
target = sys.argv[6] if len(sys.argv) > 6 else "3.14"
findings_dir = os.path.join(results, "findings")

SYNTAX = {"invalid-syntax", "syntax-error", None}


def load(name):
    path = os.path.join(findings_dir, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def key_of(tool, item):
    if tool == "pysunset":
        return f"{item['code']} {item['rule']}"
    if tool == "ruff":
        return item.get("code") or "invalid-syntax"
    return item["symbol"]


def api_of(tool, item):
    """The removed/deprecated API a finding is about, for the 'what' table."""
    if tool == "pysunset":
        return item.get("symbol") or item["message"]
    if tool == "ruff":
        m = re.search(r"`([^`]+)` is banned", item["message"])
        if m:
            return m.group(1)
        return item["message"]
    m = re.search(r"'([^']+)'", item["message"])
    if m and item["symbol"] == "deprecated-module":
        return m.group(1)
    return item["message"]


def path_of(tool, item):
    return item.get("path") or item.get("filename")


def counts(tool, data):
    by_key = collections.Counter(key_of(tool, x) for x in data)
    syntax = sum(n for k, n in by_key.items() if k in SYNTAX)
    real = [x for x in data if key_of(tool, x) not in SYNTAX]
    return {
        "total": len(real),
        "syntax": syntax,
        "by_key": by_key,
        "files": len({path_of(tool, x) for x in real}),
        "by_api": collections.Counter(api_of(tool, x) for x in real),
    }


def py_files(root, top_only=False):
    if top_only:
        return sorted(glob.glob(os.path.join(root, "*.py")))
    out = []
    for d, dirs, files in os.walk(root):
        if d == root and "site-packages" in dirs:
            dirs.remove("site-packages")
        out += [os.path.join(d, f) for f in files if f.endswith(".py")]
    return out


def size(files):
    n = len(files)
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    lines = 0
    for f in files:
        with open(f, "rb") as fh:
            lines += fh.read().count(b"\n")
    return n, mb, lines


full_in = size(py_files(lib))
subset_in = size(py_files(lib, top_only=True))

scopes = [
    ("full", f"full Lib ({full_in[0]} .py files, {full_in[1]:.1f} MB)"),
    ("subset", f"subset Lib/*.py ({subset_in[0]} files, {subset_in[1]:.1f} MB)"),
]
tools = ["pysunset", "ruff", "pylint"]
found = {}
for scope, _ in scopes:
    for tool in tools:
        data = load(f"{scope}-{tool}.json")
        if data is not None:
            found[(scope, tool)] = counts(tool, data)
    # The baseline build (BASELINE=...) reports its own findings, in pysunset's format.
    data = load(f"{scope}-pysunset-baseline.json")
    if data is not None:
        found[(scope, "pysunset-baseline")] = counts("pysunset", data)

# ------------------------------------------------------------ findings.md
out = ["# Findings per tool", ""]
out.append(
    f"Same input for each tool within a scope. pysunset: `--target {target}` (error and "
    "warning findings); ruff: TID251 with a banned-api list of every dotted name of "
    "pysunset's catalogue (bench/ruff_config.py) plus UP005/UP035; pylint: the five "
    f"deprecated-* checks with `--py-version={target}`. "
    "Syntax-error reports (ruff `invalid-syntax`, pylint `syntax-error`) are counted "
    "apart: Lib/ ships deliberately broken test files."
)
out.append("")
for scope, title in scopes:
    out.append(f"## {title}")
    out.append("")
    out.append("| tool | findings | files with findings | syntax-error reports |")
    out.append("| --- | ---: | ---: | ---: |")
    for tool in tools:
        c = found.get((scope, tool))
        if c:
            out.append(f"| {tool} | {c['total']} | {c['files']} | {c['syntax']} |")
    out.append("")
    for tool in tools:
        c = found.get((scope, tool))
        if not c:
            continue
        out.append(f"### {tool}: by rule")
        out.append("")
        out.append("| rule | count |")
        out.append("| --- | ---: |")
        for k, n in sorted(c["by_key"].items(), key=lambda kv: (-kv[1], str(kv[0]))):
            out.append(f"| {k} | {n} |")
        out.append("")
        out.append(f"### {tool}: most-reported APIs (top 12)")
        out.append("")
        out.append("| API / message | count |")
        out.append("| --- | ---: |")
        for k, n in c["by_api"].most_common(12):
            cell = str(k).replace("|", "\\|")
            out.append(f"| {cell} | {n} |")
        out.append("")
full_pylint_secs = os.path.join(findings_dir, "full-pylint.seconds")
if os.path.exists(full_pylint_secs):
    with open(full_pylint_secs) as f:
        out.append(f"(pylint on the full Lib: one run, {f.read().strip()} s wall.)")
        out.append("")
with open(os.path.join(results, "findings.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))

# ------------------------------------------------------------ summary.md


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
    except OSError:
        return "?"


cpu = "?"
with open("/proc/cpuinfo") as f:
    for line in f:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break


def read(name):
    p = os.path.join(results, name)
    return open(p).read().strip() if os.path.exists(p) else "?"


out = ["# Benchmark summary", ""]
out.append(f"- machine: {os.cpu_count()} CPUs (nproc {sh('nproc')}), {cpu}")
out.append(f"- load before: {read('load-before.txt')}")
out.append(f"- load after:  {read('load-after.txt')}")
out.append(
    f"- versions: {sh(pysunset_bin + ' --version')}, ruff {ruff_version}, "
    f"pylint {pylint_version}, {sh('hyperfine --version')}, Python {sys.version.split()[0]}"
)
out.append(f"- pysunset binary: {pysunset_bin}, built {sh('date -r ' + pysunset_bin + ' -u +%FT%TZ')}")
out.append(f"- LIB: {lib}")
for scope, title in scopes:
    n, mb, lines = full_in if scope == "full" else subset_in
    out.append(f"- {title}, {lines:,} lines")
out.append("")
out.append("| input | tool | wall mean ± sd (s) | min–max (s) | user (s) | sys (s) | findings | syntax-error reports |")
out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
warnings = []
for scope, title in scopes:
    path = os.path.join(results, "lib.json" if scope == "full" else "subset.json")
    if not os.path.exists(path):
        continue
    with open(path) as f:
        bench = json.load(f)
    for r in bench["results"]:
        tool = r["command"]
        # The npm CLI prints the native CLI's findings byte for byte (tests/npm/cli.test.mjs);
        # the baseline build's were collected from it.
        counted = tool if tool in ("pysunset", "pysunset-baseline") else ("pysunset" if tool.startswith("pysunset") else tool)
        c = found.get((scope, counted), {"total": "?", "syntax": "?"})
        codes = set(r.get("exit_codes") or [])
        allowed = {0, 1} if tool.startswith("pysunset") else {0}
        if codes - allowed:
            warnings.append(f"{scope}/{tool}: unexpected exit codes {sorted(codes)}")
        out.append(
            f"| {scope} | {tool} | {r['mean']:.3f} ± {r['stddev'] or 0:.3f} | "
            f"{r['min']:.3f}–{r['max']:.3f} | {r['user']:.3f} | {r['system']:.3f} | "
            f"{c['total']} | {c['syntax']} |"
        )
out.append("")
if os.path.exists(os.path.join(results, "binary-changed.txt")):
    warnings.append("the pysunset binary was rebuilt during the run")
if warnings:
    out.append("WARNING: " + "; ".join(warnings))
    out.append("")
out.append("Details: lib.md, subset.md (hyperfine), findings.md (per rule / API).")
with open(os.path.join(results, "summary.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
