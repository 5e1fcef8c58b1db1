# pysunset-fixture: target=3.14
# Look-alikes: a name rebound after the import, a name bound to None or to an instance of a
# class of the project, and a function that returns an instance (not followed across modules).
from .utils import log, nothing, own, make_logger

nothing.warn("x")
own.warn("a class of the project")
make_logger().warn("not followed")


def local():
    log = own
    log.warn("a local rebinding")


log = own
log.warn("rebound at module level")
