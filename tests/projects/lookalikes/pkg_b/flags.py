# pysunset-fixture: target=3.14
# A flag that is not set from an import test guards nothing.
from .compat import HAS_CRYPT, ALWAYS
from . import compat

if HAS_CRYPT:
    import crypt  # expect: crypt error

if ALWAYS:
    import asynchat  # expect: asynchat error

if compat.HAS_CRYPT:
    import nntplib  # expect: nntplib error
