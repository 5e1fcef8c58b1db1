# pysunset-fixture: target=3.14
# Same module name as pkg_a's, but binds a third-party package, and a flag that is no import test.
from backports import configparser


def probe():
    return True


HAS_CRYPT = probe()
