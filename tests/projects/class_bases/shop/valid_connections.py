# Look-alikes: a sibling's class that defines the removed method itself (or through its own
# base in its module), a class without a standard-library base, and a name rebound locally.
from .optionfile import OwnReader, Plain, Parser


def read(handle):
    OwnReader().readfp(handle)
    Plain().readfp(handle)


class Options(OwnReader):
    def load(self, handle):
        self.readfp(handle)


class Local(Plain):
    def load(self, handle):
        self.readfp(handle)


def rebound(handle):
    Parser = Plain
    Parser().readfp(handle)
