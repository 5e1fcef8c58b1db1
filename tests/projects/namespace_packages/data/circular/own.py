# pysunset-fixture: target=3.14
# Not a compat module: the project's own class, named like the removed one's module.


class configparser:
    class SafeConfigParser:
        pass
