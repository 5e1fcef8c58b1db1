# pysunset-fixture: target=3.14
# Same module name as pkg_a's, but binds a third-party package, and a flag that is no import test.
from backports import configparser
from backports.configparser import ConfigParser
from .backport import SafeConfigParser


def probe():
    return True


HAS_CRYPT = probe()
ALWAYS = True
