# Look-alikes: the old names defined by the project's own test base, in a sibling module.
import unittest

from . import base
from .base import BaseTest, Mixin


class AliasesTest(BaseTest):
    def test_equal(self):
        self.assertEquals(1, 1)
        self.failUnless(True)


class ThroughModule(base.BaseTest):
    def test_equal(self):
        self.assertEquals(1, 1)


class MixedTest(Mixin, unittest.TestCase):
    def test_items(self):
        self.assertRegexpMatches("a", "a")
