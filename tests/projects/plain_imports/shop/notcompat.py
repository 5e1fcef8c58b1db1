# pysunset-fixture: target=3.14
# Not a compat module: its `configparser` is the project's own class.


class configparser:
    class SafeConfigParser:
        pass


HAS_IMP = len("imp") == 3
