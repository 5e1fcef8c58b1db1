# pysunset-fixture: target=3.14
# Names imported from a sibling module that binds them to standard-library instances: their
# removed members are uses here too.
from .utils import log, worker
from .utils import log as logger
from app.utils import worker as thread

log.warn("deprecated alias")  # expect: logging.Logger.warn warning
logger.warn("through an alias")  # expect: logging.Logger.warn warning
worker.setDaemon(True)  # expect: threading.Thread.setDaemon warning
thread.isAlive()  # expect: threading.Thread.isAlive error
log.warning("the current name")
