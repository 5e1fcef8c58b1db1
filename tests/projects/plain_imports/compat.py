# pysunset-fixture: target=3.14
# A top-level compat module of the run's root: `import compat` in a script beside it.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser

try:
    import crypt  # expect: crypt info
    HAS_CRYPT = True
except ImportError:
    HAS_CRYPT = False
