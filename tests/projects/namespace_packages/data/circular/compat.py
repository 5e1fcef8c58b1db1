# pysunset-fixture: target=3.14
# A compat module in a namespace package.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser

try:
    import crypt  # expect: crypt info
    HAS_CRYPT = True
except ImportError:
    HAS_CRYPT = False
