import unittest


class BaseTest(unittest.TestCase):
    """A project's test base that keeps the old alias names for its tests."""

    assertEquals = unittest.TestCase.assertEqual

    def failUnless(self, value):
        self.assertTrue(value)


class PlainTest(unittest.TestCase):
    pass


class Mixin:
    def assertRegexpMatches(self, text, pattern):
        self.assertRegex(text, pattern)
