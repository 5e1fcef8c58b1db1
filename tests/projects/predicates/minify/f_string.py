# pysunset-fixture: target=3.14
import ast

from minify.util import is_ast_node
from .util import is_kind as kind_of


def candidates(values, str_for):
    found = [""]
    for v in values:
        if is_ast_node(v, ast.Str):  # expect: ast.Str error
            found = [x + str_for(v.s) for x in found]  # expect: ast.Constant.s error
        elif kind_of(ast.Num, v):  # expect: ast.Num error
            found.append(v.n)  # expect: ast.Constant.n error
    return found
