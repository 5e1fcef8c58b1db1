# pysunset-fixture: target=3.12
from imp import reload
from imp import new_module as make_module, reload as refresh
from imp import find_module  # no one-to-one replacement: reported, not fixed
from imp import cache_from_source, source_from_cache

if True:
    from imp import reload as again

module = make_module("m")
refresh(module)
reload(module)
again(module)
find_module("m")
source_from_cache(cache_from_source("m.py"))
