# pysunset-fixture: target=3.14
# A star import binds the compat module's public names.
from ._compat import *


def make():
    return configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
