# pysunset-fixture: target=3.14
# A package named like the standard library's, in both trees: its relative imports are its own.
from .compat import *
