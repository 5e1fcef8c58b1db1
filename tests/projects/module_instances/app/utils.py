# pysunset-fixture: target=3.14
# Module-level instances of standard-library classes that other modules of the run import
# (pydocstyle 2.1.1's `utils.py`: `log = logging.getLogger(__name__)`).
import logging
import threading

log = logging.getLogger(__name__)
worker = threading.Thread(target=print)
nothing = None


class Log(object):
    def warn(self, message):
        return message


own = Log()


def make_logger():
    return logging.getLogger("made")
