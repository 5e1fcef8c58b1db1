# pysunset-fixture: target=3.14
# pkg_a's compat binds the standard library's configparser, but the name is bound again here.
from pkg_a.compat import configparser


def make(configparser):
    return configparser.SafeConfigParser()


class Parser:
    def readfp(self, handle):
        return handle


configparser = Parser()
configparser.readfp(None)
