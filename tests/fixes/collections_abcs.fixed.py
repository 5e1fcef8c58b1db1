# pysunset-fixture: target=3.12
"""collections ABC aliases (removed in 3.10) move to collections.abc, imports kept right."""
import collections
from collections import OrderedDict
from collections.abc import Mapping
from collections.abc import MutableMapping as Base
import collections.abc


class Registry(Base):
    pass


def check(value):
    checks = [collections.abc.AsyncGenerator, collections.abc.AsyncIterable, collections.abc.AsyncIterator,
              collections.abc.Awaitable, collections.abc.ByteString, collections.abc.Callable, collections.abc.Collection,
              collections.abc.Container, collections.abc.Coroutine, collections.abc.Generator, collections.abc.Hashable,
              collections.abc.ItemsView, collections.abc.Iterable, collections.abc.Iterator, collections.abc.KeysView,
              collections.abc.MappingView, collections.abc.MutableSequence, collections.abc.MutableSet,
              collections.abc.Reversible, collections.abc.Sequence, collections.abc.Set, collections.abc.Sized,
              collections.abc.ValuesView]
    return isinstance(value, Mapping) and OrderedDict() and checks and collections.abc.Mapping
