# pysunset-fixture: target=3.14
# An absolute import of the project's own compat module, and a re-export of a re-export.
from mypkg.compat import configparser
from .reader import cp as again


def make():
    configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return again.SafeConfigParser()  # expect: configparser.SafeConfigParser error
