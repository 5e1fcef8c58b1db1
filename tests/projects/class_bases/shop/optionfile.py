# A parser class whose base is the standard library's, as PyMySQL 0.7.11's optionfile.py.
from ._compat import PY2

if PY2:
    import ConfigParser as configparser
else:
    import configparser


class Parser(configparser.RawConfigParser):
    def __remove_quotes(self, value):
        return value.strip("'\"")

    def get(self, section, option):
        value = configparser.RawConfigParser.get(self, section, option)
        return self.__remove_quotes(value)


class Layered(Parser):
    pass


class OwnReader(configparser.RawConfigParser):
    def readfp(self, handle, filename=None):
        return self.read_file(handle, filename)


class Plain:
    def readfp(self, handle):
        return handle.read()
