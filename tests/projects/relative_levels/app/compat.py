# pysunset-fixture: target=3.14
# A compatibility module in the Python 2/3 style: on any Python 3, the try body's module.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser

try:
    import crypt  # expect: crypt info
    HAS_CRYPT = True
except ImportError:
    HAS_CRYPT = False
