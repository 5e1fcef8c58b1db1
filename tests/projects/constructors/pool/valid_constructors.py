# pysunset-fixture: target=3.14
from .locks import Derived, Event, Own


def make(loop):
    return Event(loop=loop), Derived(loop=loop), Own(loop=loop)
