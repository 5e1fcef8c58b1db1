# pysunset-fixture: target=3.14
# Two dots: the compat module of the parent package.
from ..compat import configparser, HAS_CRYPT


def make():
    if not HAS_CRYPT:
        return None
    import crypt  # expect: crypt info
    return configparser.SafeConfigParser(), crypt  # expect: configparser.SafeConfigParser error
