# pysunset-fixture: target=3.14
from .utils import ast


def emit(text, target):
    node = ast.Str(s=text)  # expect: ast.Str error
    if isinstance(target, ast.Str):  # expect: ast.Str error
        return target.s  # expect: ast.Constant.s error
    return ast.Suite(body=[node])  # expect: ast.Suite warning
