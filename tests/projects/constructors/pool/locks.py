import asyncio
from asyncio.locks import Event as _Event
from asyncio.locks import Lock as _Lock


class Lock(_Lock):
    async def acquire(self):
        return await super().acquire()


class Queue(asyncio.Queue):
    # A comment at the class's indentation does not end it.
    pass


class Event(_Event):
    def __init__(self, *, loop=None):
        super().__init__()


class Base(asyncio.Semaphore):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


class Derived(Base):
    pass


class Own:
    def __init__(self, loop=None):
        self.loop = loop
