# pysunset-fixture: target=3.14
# A name the package re-exports from its compat module (`from .compat import *` in __init__).
from . import configparser
from app import HAS_CRYPT


def make():
    if HAS_CRYPT:
        import crypt  # expect: crypt info
    return configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
