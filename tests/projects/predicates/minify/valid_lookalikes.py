# pysunset-fixture: target=3.14
import ast

from .util import is_ast_node, is_kind, node_if

Str = ast.Constant


def returns_something_else(value):
    if node_if(value, Str):
        return value.s
    return None


def reordered(value):
    if is_kind(value, Str):
        return value.s
    return None


def negated(value):
    if not is_ast_node(value, Str):
        return value.s
    return None


def another_argument(value, other):
    if is_ast_node(other, Str):
        return value.s
    return None
