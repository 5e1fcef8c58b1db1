# pysunset-fixture: target=3.14
# The project's own class, named as the removed one.
class SafeConfigParser:
    def readfp(self, handle):
        return handle
