# pysunset-fixture: target=3.14
# The compat module imported as a module: its names are reached as its attributes.
from . import compat


def make(path):
    parser = compat.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    with open(path) as handle:
        parser.readfp(handle)  # expect: configparser.ConfigParser.readfp error
    plain = compat.configparser.ConfigParser()
    plain.readfp(handle)  # expect: configparser.ConfigParser.readfp error
    return plain


def hashed(word):
    if compat.HAS_CRYPT:
        import crypt  # expect: crypt info
        return crypt.crypt(word)
    return word
