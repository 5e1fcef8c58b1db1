# pysunset-fixture: target=3.13
"""Fixes of undated deprecations: renames, getters to attributes, setters to assignments."""
import calendar
import sys
import logging
import threading
import typing
from typing import Hashable

log = logging.getLogger(__name__)
log.warn("disk almost full")
logging.warn("disk almost full")

worker = threading.Thread(target=print)
worker.setDaemon(True)
worker.setName("poller")
print(worker.isDaemon(), worker.getName())
flag = worker.setDaemon(False)  # not a statement of its own: left alone
workers = [threading.Thread(target=print)]
workers[0].setDaemon(True)  # a subscript receiver: an unsafe fix, not applied
print(threading.currentThread().name, threading.activeCount())

done = threading.Event()
condition = threading.Condition()
if done.isSet():
    with condition:
        condition.notifyAll()

first = calendar.January
second = calendar.February
adapter = logging.LoggerAdapter(log, {})
adapter.warn("x")
sys._clear_type_cache()


def key(value: Hashable, label: typing.Text, size: typing.Sized) -> int:
    return hash(value)
