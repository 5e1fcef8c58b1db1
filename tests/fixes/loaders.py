# pysunset-fixture: target=3.14
"""Loader lookups whose result is only tested become spec lookups."""
import importlib
import pkgutil

if importlib.find_loader("json") is None:
    print("no json")
if not pkgutil.find_loader("yaml"):
    print("no yaml")
HAVE_TOML = pkgutil.get_loader("tomllib") is not None
while importlib.find_loader("missing"):
    break

loader = importlib.find_loader("json")  # the loader is used: no fix
loader.load_module("json")
