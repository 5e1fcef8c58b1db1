# pysunset-fixture: target=3.14
# Both other trees hold `mypkg` and `compat`, this one neither: which one is meant is not
# known (it depends on the path the program runs with), so neither is followed.
from mypkg.compat import configparser
import compat


def make():
    configparser.SafeConfigParser()
    return compat.configparser.SafeConfigParser()
