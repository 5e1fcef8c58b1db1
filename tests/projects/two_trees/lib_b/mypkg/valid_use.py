# pysunset-fixture: target=3.14
# The same absolute imports in the other tree: its own compat module's class.
from mypkg.compat import configparser
import mypkg.compat as c


def make():
    configparser.SafeConfigParser()
    return c.configparser.SafeConfigParser()
