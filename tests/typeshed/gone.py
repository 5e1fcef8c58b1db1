#!/usr/bin/env python3
"""Lists what typeshed's standard-library stubs say is gone in Python 3.3 to 3.15.

Reads `stdlib/VERSIONS` (a module whose range ends before 3.15 is gone in the next version) and
the stubs' `sys.version_info` gates: a public name defined under `if sys.version_info < (3, N):`
(and not again in its `else:` branch or elsewhere in the same scope) is gone in 3.N; so is a
keyword parameter that the older definitions (or overloads) of a function take and the newer ones
do not, or take only positionally (`name(keyword=)`, with "callable" and "keyword").

Usage: gone.py STDLIB_DIR  ->  JSON list of {"name", "removed_in", "kind"} (and "callable", "keyword"
for a parameter) on standard output.
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


def functions(body):
    """Every definition of each function in a block (overloads, and those of nested gates)."""
    found = {}
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.setdefault(node.name, []).append(node)
        elif isinstance(node, ast.If):
            for branch in (node.body, node.orelse):
                for name, definitions in functions(branch).items():
                    found.setdefault(name, []).extend(definitions)
    return found


def keywords(definition, method):
    """The parameters a call can pass by keyword, or None when `**kwargs` takes any keyword.

    Positional-only parameters (before `/`, or spelled `__name` in the old convention) and the
    instance or class parameter of a method cannot be passed by keyword."""
    arguments = definition.args
    if arguments.kwarg is not None:
        return None
    static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in definition.decorator_list)
    ordinary = arguments.args
    if method and not static and not arguments.posonlyargs:
        ordinary = ordinary[1:]  # self or cls (when positional-only, it is among posonlyargs)
    named = [a.arg for a in ordinary if not a.arg.startswith("__")]
    return {name for name in named + [a.arg for a in arguments.kwonlyargs] if not name.startswith("_")}


def parameters_gone(scope, old, new, removed_in, found, method):
    """Keyword parameters that every older definition takes and no newer one does.

    `old` and `new` are the definitions of one function in the branches of a version gate; a
    parameter that became positional-only counts as gone (a keyword argument is then an error)."""
    taken = [keywords(d, method) for d in new]
    if any(names is None for names in taken):
        return
    newer = set().union(*taken)
    older = set()
    for d in old:
        names = keywords(d, method)
        if names is not None:
            older |= names
    name = old[0].name
    callable_name = scope if name == "__init__" and method else "%s.%s" % (scope, name)
    if name.startswith("_") and name != "__init__":
        return
    for parameter in sorted(older - newer):
        found.append({
            "name": "%s(%s=)" % (callable_name, parameter),
            "removed_in": removed_in,
            "kind": "parameter",
            "callable": callable_name,
            "keyword": parameter,
        })


def walk(scope, body, found, always, method=False):
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
                old_functions, new_functions = functions(old), functions(new)
                for name in old_functions.keys() & new_functions.keys():
                    parameters_gone(scope, old_functions[name], new_functions[name], "3.%d" % abs(gate), found, method)
            for branch in (node.body, node.orelse):
                walk(scope, branch, found, always, method)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            inner = node.body
            always_inner = set(defined([n for n in inner if not isinstance(n, ast.If)]))
            walk("%s.%s" % (scope, node.name), inner, found, always_inner, method=True)


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
    # Nested gates report a parameter once per gate: keep its earliest removal.
    earliest = {}
    for item in found:
        known = earliest.get(item["name"])
        if known is None or int(item["removed_in"].split(".")[1]) < int(known["removed_in"].split(".")[1]):
            earliest[item["name"]] = item
    json.dump(sorted(earliest.values(), key=lambda item: item["name"]), sys.stdout, indent=0)


main()
