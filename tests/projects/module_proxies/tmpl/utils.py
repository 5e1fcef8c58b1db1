# pysunset-fixture: target=3.14
try:
    import ast as _ast
except ImportError:
    from tmpl import ast25 as _ast


class ASTProxy(object):
    aliases = {"TryExcept": "Try"}

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _ast.__dict__.get(name) or getattr(_ast, self.aliases[name])


ast = ASTProxy()
