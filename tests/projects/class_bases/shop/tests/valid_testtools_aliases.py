# Look-alikes: the aliases testtools' `TestCase` keeps, reached through a test base of a
# sibling module (requests-mock's tests/base.py), whose class names nothing else.
from . import testtools_base
from .testtools_base import TestCase


class MockerTests(testtools_base.TestCase):
    def test_equal(self):
        self.assertEquals(1, 1)
        self.failUnlessEqual(1, 1)


class Imported(TestCase):
    def test_equal(self):
        self.assertEquals(1, 1)

