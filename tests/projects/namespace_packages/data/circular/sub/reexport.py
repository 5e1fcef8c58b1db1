# pysunset-fixture: target=3.14
# Two dots: the parent namespace package's compat module, re-exported.
from ..compat import configparser as cp
