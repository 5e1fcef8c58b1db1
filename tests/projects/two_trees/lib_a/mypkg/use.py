# pysunset-fixture: target=3.14
# Absolute imports of a package both trees hold: this file's own tree's.
from mypkg.compat import configparser
import mypkg.compat as c


def make():
    configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return c.configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
