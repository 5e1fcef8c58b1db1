# A test base one class further: it derives from a sibling module's test base on testtools'
# `TestCase` and names nothing of testtools itself.
from . import testtools_base
from .testtools_base import TestCase as Plain


class Middle(testtools_base.TestCase):
    pass


class Renamed(Plain):
    pass


# A base one class further from unittest's own `TestCase` (look-alike: its aliases are gone).
from .base import PlainTest


class MiddlePlain(PlainTest):
    pass
