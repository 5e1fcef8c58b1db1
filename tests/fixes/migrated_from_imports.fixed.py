# pysunset-fixture: target=3.12
from importlib import reload
from types import ModuleType as make_module
from importlib import reload as refresh
from imp import find_module  # no one-to-one replacement: reported, not fixed
from importlib.util import cache_from_source, source_from_cache

if True:
    from importlib import reload as again

module = make_module("m")
refresh(module)
reload(module)
again(module)
find_module("m")
source_from_cache(cache_from_source("m.py"))
