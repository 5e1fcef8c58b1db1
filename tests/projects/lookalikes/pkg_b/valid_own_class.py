# pysunset-fixture: target=3.14
# The compat module re-exports the project's own class and a third-party one, named as the
# removed classes: their methods are theirs.
from .compat import SafeConfigParser, ConfigParser
from . import compat


def read(handle):
    SafeConfigParser().readfp(handle)
    ConfigParser().readfp(handle)
    compat.SafeConfigParser().readfp(handle)
    compat.ConfigParser().readfp(handle)
    return compat.configparser.SafeConfigParser()
