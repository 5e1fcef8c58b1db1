# pysunset-fixture: target=3.12
"""Every unittest alias, on every receiver the checker knows; the receiver is kept."""
import unittest
from unittest import TestCase


class AliasTests(unittest.TestCase):
    def test_equality(self):
        self.assertEquals(1, 1)
        self.assertNotEquals(1, 2)
        self.assertAlmostEquals(1.0, 1.0)
        self.assertNotAlmostEquals(1.0, 2.0)
        self.failUnlessEqual(1, 1)
        self.failIfEqual(1, 2)
        self.failUnlessAlmostEqual(1.0, 1.0)
        self.failIfAlmostEqual(1.0, 2.0)

    def test_truth(self):
        self.assert_(True)
        self.failUnless(True)
        self.failIf(False)

    def test_raises_and_regexps(self):
        with self.failUnlessRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegexp(ValueError, "x", int, "x")
        self.assertRegexpMatches("abc", "b")
        self.assertNotRegexpMatches("abc", "z")

    def test_spellings(self):
        super().assertEquals(1, 1)
        check = self.assertEquals  # a bare reference
        check(2, 2)
        TestCase.assertEquals(self, 3, 3)
        unittest.TestCase.assertEquals(self, 4, 4)
        self.assertEquals(
            5,  # the arguments and comments stay as they are
            5,
        )

    def test_no_fix(self):
        # assertDictContainsSubset needs a rewrite, not a rename: reported, not fixed.
        self.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})


class Overrides(unittest.TestCase):
    def assertEqual(self, first, second, msg=None):
        super().assertEqual(first, second, msg)

    def test_override(self):
        # The alias ran TestCase.assertEqual, not the override: unsafe, not applied here.
        self.assertEquals(1, 1)


def helper(case):
    case.assertEquals(1, 1)  # `case` is not known to be a TestCase: not reported
