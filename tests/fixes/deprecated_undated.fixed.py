# pysunset-fixture: target=3.13
"""Fixes of undated deprecations: renames, getters to attributes, setters to assignments."""
import calendar
import sys
import logging
import threading
import typing
from collections.abc import Hashable
import collections.abc

log = logging.getLogger(__name__)
log.warning("disk almost full")
logging.warning("disk almost full")

worker = threading.Thread(target=print)
worker.daemon = True
worker.name = "poller"
print(worker.daemon, worker.name)
flag = worker.setDaemon(False)  # not a statement of its own: left alone
workers = [threading.Thread(target=print)]
workers[0].setDaemon(True)  # a subscript receiver: an unsafe fix, not applied
print(threading.current_thread().name, threading.active_count())

done = threading.Event()
condition = threading.Condition()
if done.is_set():
    with condition:
        condition.notify_all()

first = calendar.JANUARY
second = calendar.FEBRUARY
adapter = logging.LoggerAdapter(log, {})
adapter.warning("x")
sys._clear_internal_caches()


def key(value: Hashable, label: str, size: collections.abc.Sized) -> int:
    return hash(value)
