# pysunset-fixture: target=3.14
# A sibling namespace package's module (`..sub.reexport`), through a re-export.
from ..sub.reexport import cp
from ..sub import reexport


def make():
    reexport.cp.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    return cp.SafeConfigParser()  # expect: configparser.SafeConfigParser error
