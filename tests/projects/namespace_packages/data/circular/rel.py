# pysunset-fixture: target=3.14
# Relative imports of a sibling module, with no `__init__.py` anywhere.
from .compat import configparser, HAS_CRYPT
from . import compat


def make():
    if HAS_CRYPT:
        import crypt  # expect: crypt info
    compat.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
