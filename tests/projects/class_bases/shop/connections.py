# pysunset-fixture: target=3.14
# Instances and subclasses of a class of a sibling module inherit its standard-library base.
from . import optionfile
from .optionfile import Layered, Parser


def read_options(path):
    cfg = Parser()
    with open(path) as handle:
        cfg.readfp(handle)  # expect: configparser.RawConfigParser.readfp error
    return cfg


def read_layered(handle):
    Layered().readfp(handle)  # expect: configparser.RawConfigParser.readfp error
    optionfile.Parser().readfp(handle)  # expect: configparser.RawConfigParser.readfp error


class Options(Parser):
    def load(self, handle):
        self.readfp(handle)  # expect: configparser.RawConfigParser.readfp error
