# pysunset-fixture: target=3.14
# A module of the project named like the standard library's: its own classes.


class SafeConfigParser:
    def readfp(self, handle):
        return handle.read()
