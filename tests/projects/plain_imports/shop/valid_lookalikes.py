# pysunset-fixture: target=3.14
# Plain imports of modules whose names look like compat or standard-library names, but are
# not: the project's own `shop.configparser` and `shop.notcompat`, and a third-party package.
import shop.configparser as cp
import shop.notcompat
import requests.compat as rc
import othershop.compat


def make(handle):
    cp.SafeConfigParser().readfp(handle)
    shop.notcompat.configparser.SafeConfigParser()
    rc.configparser.SafeConfigParser()
    othershop.compat.configparser.SafeConfigParser()
    return None
