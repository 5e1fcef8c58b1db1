#!/usr/bin/env python3
"""Lists what typeshed's standard-library stubs say is gone in Python 3.3 to 3.15.

Reads `stdlib/VERSIONS` (a module whose range ends before 3.15 is gone in the next version) and
the stubs' `sys.version_info` gates: a public name defined under `if sys.version_info < (3, N):`
(and not again in its `else:` branch or elsewhere in the same scope) is gone in 3.N; so is a
keyword parameter that only the older overload or definition takes.

Usage: gone.py STDLIB_DIR  ->  JSON list of {"name", "removed_in", "kind"} on standard output.
"""
import ast
import json
import os
import sys

LAST = 15  # removals up to 3.15


def version_gate(test):
    """`sys.version_info < (3, N)` -> N; `sys.version_info >= (3, N)` -> -N (the else branch)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and len(test.comparators) == 1):
        return None
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if not (isinstance(left, ast.Attribute) and left.attr == "version_info"):
        return None
    if not (isinstance(right, ast.Tuple) and len(right.elts) >= 2):
        return None
    try:
        major, minor = right.elts[0].value, right.elts[1].value
    except AttributeError:
        return None
    if major != 3:
        return None
    if isinstance(op, ast.Lt):
        return minor
    if isinstance(op, ast.GtE):
        return -minor
    return None


def defined(body):
    """Public names a block of statements defines (classes, functions, assignments, imports as)."""
    names = {}
    for node in body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = node
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname and alias.asname == alias.name:  # an explicit re-export
                    names[alias.asname] = node
        elif isinstance(node, ast.If):
            for branch in (node.body, node.orelse):
                names.update(defined(branch))
    return {name: node for name, node in names.items() if not name.startswith("_") or name.startswith("__")}


def walk(scope, body, found, always):
    """Collects names gated away in `body` of the module or class `scope`."""
    for node in body:
        if isinstance(node, ast.If):
            gate = version_gate(node.test)
            if gate is not None and 3 <= abs(gate) <= LAST:
                old, new = (node.body, node.orelse) if gate > 0 else (node.orelse, node.body)
                new_names = defined(new)
                for name, definition in defined(old).items():
                    if name not in new_names and name not in always and not name.startswith("__"):
                        kind = "class" if isinstance(definition, ast.ClassDef) else "function" if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) else "name"
                        found.append({"name": "%s.%s" % (scope, name), "removed_in": "3.%d" % abs(gate), "kind": kind})
            for branch in (node.body, node.orelse):
                walk(scope, branch, found, always)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            inner = node.body
            walk("%s.%s" % (scope, node.name), inner, found, set(defined([n for n in inner if not isinstance(n, ast.If)])))


def main():
    stdlib = sys.argv[1]
    found = []
    with open(os.path.join(stdlib, "VERSIONS")) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line or ":" not in line:
                continue
            module, span = (part.strip() for part in line.split(":"))
            last = span.split("-")[1]
            if last and int(last.split(".")[1]) < LAST:
                found.append({"name": module, "removed_in": "3.%d" % (int(last.split(".")[1]) + 1), "kind": "module"})
    for folder, _, files in os.walk(stdlib):
        for file in files:
            if not file.endswith(".pyi"):
                continue
            path = os.path.join(folder, file)
            module = os.path.relpath(path, stdlib)[: -len(".pyi")].replace(os.sep, ".")
            if module.endswith(".__init__"):
                module = module[: -len(".__init__")]
            if module.startswith("_") and module not in ("_msi",):
                continue
            tree = ast.parse(open(path, encoding="utf-8").read())
            always = set(defined([n for n in tree.body if not isinstance(n, ast.If)]))
            walk(module, tree.body, found, always)
    json.dump(sorted(found, key=lambda item: item["name"]), sys.stdout, indent=0)


main()
