# pysunset-fixture: target=3.14
# Tree a: a compat module.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser
