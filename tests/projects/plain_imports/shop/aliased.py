# pysunset-fixture: target=3.14
# `import pkg.compat as c`: the compat module under another name.
import shop.compat as c


def make(path):
    parser = c.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    with open(path) as handle:
        parser.readfp(handle)  # expect: configparser.ConfigParser.readfp error
    return parser


def load(name):
    if c.HAS_IMP:
        import imp  # expect: imp info
        return imp.find_module(name)  # expect: imp.find_module info
    return None
