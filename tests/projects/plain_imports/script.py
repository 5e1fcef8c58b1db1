# pysunset-fixture: target=3.14
# `import compat`: the run's own top-level module, its names read as attributes.
import compat


def read(path):
    parser = compat.configparser.RawConfigParser()
    with open(path) as handle:
        parser.readfp(handle)  # expect: configparser.RawConfigParser.readfp error
    return parser


def hashed(word):
    if compat.HAS_CRYPT:
        import crypt  # expect: crypt info
        return crypt.crypt(word)
    return word
