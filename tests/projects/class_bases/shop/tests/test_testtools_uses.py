# pysunset-fixture: target=3.14
# testtools' `TestCase` keeps only some aliases: the others are unittest's, removed.
from .testtools_base import TestCase


class NotKept(TestCase):
    def test_not_equal(self):
        self.assertNotEquals(1, 2)  # expect: unittest.TestCase.assertNotEquals error
