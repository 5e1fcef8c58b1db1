# pysunset-fixture: target=3.14
# The package's compat module, imported by its importers with a plain `import`.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser

try:
    import imp  # expect: imp info
    HAS_IMP = True
except ImportError:
    HAS_IMP = False
