# pysunset-fixture: target=3.14
import ast

from ..util import is_ast_node


class Literal:
    def __init__(self, node):
        self._value_node = node

    @property
    def value(self):
        if is_ast_node(self._value_node, (ast.Str, "Bytes")):  # expect: ast.Str error
            return self._value_node.s  # expect: ast.Constant.s error
        return self._value_node.value
