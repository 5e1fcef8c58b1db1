# pysunset-fixture: target=3.14
# A flag imported from a sibling module guards what it tests, as an in-file flag does.
from ._compat import HAS_CRYPT, HAS_ASYNCHAT


def hashed(word):
    if HAS_CRYPT:
        import crypt  # expect: crypt info
        return crypt.crypt(word)
    return None


def chat():
    # The flag is about asynchat: it says nothing of crypt.
    if HAS_ASYNCHAT:
        import crypt  # expect: crypt error
        return crypt
    import asynchat  # expect: asynchat error
    return asynchat
