# pysunset-fixture: target=3.14
# Tree b: the same name, the project's own class.


class configparser:
    class SafeConfigParser:
        pass
