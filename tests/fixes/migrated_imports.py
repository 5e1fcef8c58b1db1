# pysunset-fixture: target=3.12
"""One-to-one functions move to importlib, types and sys; the import goes once unused."""
from __future__ import annotations

import imp
import sys


def refresh(module):
    return imp.reload(module)


def fresh(name):
    return imp.new_module(name)


def paths(source):
    cached = imp.cache_from_source(source)
    return cached, imp.source_from_cache(cached)


MAGIC = imp.get_magic()
TAG = imp.get_tag()
print(sys.version)
