# pysunset-fixture: target=3.14
# A test base of a sibling module that does not define the old aliases: they are unittest's.
import unittest

from .base import Mixin, PlainTest


class UsesTest(PlainTest):
    def test_equal(self):
        self.assertEquals(1, 1)  # expect: unittest.TestCase.assertEquals error


class MixedTest(Mixin, unittest.TestCase):
    def test_items(self):
        self.assertRegexpMatches("a", "a")
        self.assertNotEquals(1, 2)  # expect: unittest.TestCase.assertNotEquals error


from .testtools_further import Deep
from .testtools_middle import MiddlePlain


class FurtherPlain(MiddlePlain):
    def test_equal(self):
        self.assertEquals(1, 1)  # expect: unittest.TestCase.assertEquals error


class DeepNotKept(Deep):
    def test_false(self):
        self.failIf(False)  # expect: unittest.TestCase.failIf error
