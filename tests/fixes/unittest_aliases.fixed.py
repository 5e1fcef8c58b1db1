# pysunset-fixture: target=3.12
"""Every unittest alias, on every receiver the checker knows; the receiver is kept."""
import unittest
from unittest import TestCase


class AliasTests(unittest.TestCase):
    def test_equality(self):
        self.assertEqual(1, 1)
        self.assertNotEqual(1, 2)
        self.assertAlmostEqual(1.0, 1.0)
        self.assertNotAlmostEqual(1.0, 2.0)
        self.assertEqual(1, 1)
        self.assertNotEqual(1, 2)
        self.assertAlmostEqual(1.0, 1.0)
        self.assertNotAlmostEqual(1.0, 2.0)

    def test_truth(self):
        self.assertTrue(True)
        self.assertTrue(True)
        self.assertFalse(False)

    def test_raises_and_regexps(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "x", int, "x")
        self.assertRegex("abc", "b")
        self.assertNotRegex("abc", "z")

    def test_spellings(self):
        super().assertEqual(1, 1)
        check = self.assertEqual  # a bare reference
        check(2, 2)
        TestCase.assertEqual(self, 3, 3)
        unittest.TestCase.assertEqual(self, 4, 4)
        self.assertEqual(
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
