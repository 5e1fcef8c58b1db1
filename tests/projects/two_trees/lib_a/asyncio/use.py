# pysunset-fixture: target=3.14
# A relative import reaches this tree's compat module.
from .compat import configparser
from . import configparser as again


def make():
    configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return again.SafeConfigParser()  # expect: configparser.SafeConfigParser error
