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



# One class further (a base of a sibling module that derives from another's), and two.
from .testtools_middle import Middle, Renamed


class Further(Middle):
    def test_equal(self):
        self.assertEquals(1, 1)


class FurtherRenamed(Renamed):
    def test_equal(self):
        self.failUnlessRaises(ValueError, int, "x")


from .testtools_further import Deep


class Deepest(Deep):
    def test_equal(self):
        self.assertEquals(1, 1)
