# pysunset-fixture: target=3.14
# `configparser` here is pkg_b.compat's, a third-party module: nothing to report.
from .compat import configparser


def make():
    return configparser.SafeConfigParser()
