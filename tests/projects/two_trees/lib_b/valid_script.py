# pysunset-fixture: target=3.14
# The same in the other tree: its `compat` is the project's own class.
import compat
from compat import configparser


def make():
    configparser.SafeConfigParser()
    return compat.configparser.SafeConfigParser()
