# pysunset-fixture: target=3.14
from .locks import Lock, Queue


class Pool:
    def __init__(self, loop):
        self._lock = Lock(loop=loop)  # expect: asyncio.Lock(loop=) error
        self._queue = Queue(maxsize=1, loop=loop)  # expect: asyncio.Queue(loop=) error
