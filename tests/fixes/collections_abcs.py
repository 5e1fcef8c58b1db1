# pysunset-fixture: target=3.12
"""collections ABC aliases (removed in 3.10) move to collections.abc, imports kept right."""
import collections
from collections import OrderedDict, Mapping
from collections import MutableMapping as Base


class Registry(Base):
    pass


def check(value):
    checks = [collections.AsyncGenerator, collections.AsyncIterable, collections.AsyncIterator,
              collections.Awaitable, collections.ByteString, collections.Callable, collections.Collection,
              collections.Container, collections.Coroutine, collections.Generator, collections.Hashable,
              collections.ItemsView, collections.Iterable, collections.Iterator, collections.KeysView,
              collections.MappingView, collections.MutableSequence, collections.MutableSet,
              collections.Reversible, collections.Sequence, collections.Set, collections.Sized,
              collections.ValuesView]
    return isinstance(value, Mapping) and OrderedDict() and checks and collections.abc.Mapping
