# pysunset-fixture: target=3.14
# A flag that is not set from an import test guards nothing.
from .compat import HAS_CRYPT

if HAS_CRYPT:
    import crypt  # expect: crypt error
