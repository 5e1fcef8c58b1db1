# pysunset-fixture: target=3.14
# The package re-exports its compat module's public names.
from .compat import *
