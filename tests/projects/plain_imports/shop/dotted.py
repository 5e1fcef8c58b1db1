# pysunset-fixture: target=3.14
# `import pkg.compat`: the compat module read by its dotted name.
import shop.compat


def make():
    return shop.compat.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error


def load(name):
    if not shop.compat.HAS_IMP:
        return None
    import imp  # expect: imp info
    return imp.find_module(name)  # expect: imp.find_module info
