# pysunset-fixture: target=3.14
# A top-level module beside this script: `compat` is the one of its own directory.
import compat
from compat import configparser


def make():
    configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return compat.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
