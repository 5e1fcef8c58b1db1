# pysunset-fixture: target=3.14
# `from .. import compat`: the parent package's compat module, as a module.
from .. import compat as c


def make():
    return c.configparser.SafeConfigParser  # expect: configparser.SafeConfigParser error
