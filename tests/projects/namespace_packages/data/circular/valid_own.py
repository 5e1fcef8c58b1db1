# pysunset-fixture: target=3.14
# The sibling module here is the project's own, not a compat module: nothing to report.
from .own import configparser
from . import own


def make():
    own.configparser.SafeConfigParser()
    return configparser.SafeConfigParser()
