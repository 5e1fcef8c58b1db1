# pysunset-fixture: target=3.14
# testtools' `TestCase` keeps only some aliases: the others are unittest's, removed.
from .testtools_base import TestCase


class NotKept(TestCase):
    def test_not_equal(self):
        self.assertNotEquals(1, 2)  # expect: unittest.TestCase.assertNotEquals error


# One class further: testtools' `TestCase` keeps `assertEquals`, not `assertNotEquals`.
from .testtools_middle import Middle


class FurtherNotKept(Middle):
    def test_not_equal(self):
        self.assertNotEquals(1, 2)  # expect: unittest.TestCase.assertNotEquals error
