import ast
import sys


def is_ast_node(node, types):
    if not isinstance(types, tuple):
        types = (types,)
    actual_types = []
    for node_type in types:
        if isinstance(node_type, str):
            node_type = getattr(ast, node_type, None)
            if node_type is not None:
                actual_types.append(node_type)
        else:
            actual_types.append(node_type)
    if isinstance(node, tuple(actual_types)):
        return True
    return False


def node_if(node, types):
    return node if isinstance(node, types) else None


def is_kind(kind, node):
    if sys.version_info < (3, 8):
        return isinstance(node, kind)
    return isinstance(node, kind)
