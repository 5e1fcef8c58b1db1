# pysunset-fixture: target=3.14
"""Loader lookups whose result is only tested become spec lookups."""
import importlib
import pkgutil
import importlib.util

if importlib.util.find_spec("json") is None:
    print("no json")
if not importlib.util.find_spec("yaml"):
    print("no yaml")
HAVE_TOML = importlib.util.find_spec("tomllib") is not None
while importlib.util.find_spec("missing"):
    break

loader = importlib.find_loader("json")  # the loader is used: no fix
loader.load_module("json")
