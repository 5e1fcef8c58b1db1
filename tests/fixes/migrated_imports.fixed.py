# pysunset-fixture: target=3.12
"""One-to-one functions move to importlib, types and sys; the import goes once unused."""
from __future__ import annotations

import sys
import importlib
import types
import importlib.util


def refresh(module):
    return importlib.reload(module)


def fresh(name):
    return types.ModuleType(name)


def paths(source):
    cached = importlib.util.cache_from_source(source)
    return cached, importlib.util.source_from_cache(cached)


MAGIC = importlib.util.MAGIC_NUMBER
TAG = sys.implementation.cache_tag
print(sys.version)
