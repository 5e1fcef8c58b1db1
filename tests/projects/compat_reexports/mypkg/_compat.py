# pysunset-fixture: target=3.14
# Flags set from feature tests, and names for a star import.
try:
    import crypt  # expect: crypt info
    HAS_CRYPT = True
except ImportError:
    HAS_CRYPT = False

try:
    import asynchat  # expect: asynchat info
    HAS_ASYNCHAT = True
except ImportError:
    HAS_ASYNCHAT = False

import configparser

__all__ = ["HAS_CRYPT", "configparser"]
