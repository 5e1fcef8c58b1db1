# pysunset-fixture: target=3.14
# Mixins in a file whose test classes get no alias from a binding (a project base that keeps
# none, unittest's own TestCase): the aliases they read are unittest's.
import unittest

from .base import PlainTest


class CheckMixin(object):
    def check_equal(self, a, b):
        self.assertEquals(a, b)  # expect: unittest.TestCase.assertEquals error
        self.failUnless(a == b)  # expect: unittest.TestCase.failUnless error


class CheckTest(PlainTest, CheckMixin):
    def test_equal(self):
        self.check_equal(1, 1)
        self.assertEquals(1, 1)  # expect: unittest.TestCase.assertEquals error


class OtherTest(unittest.TestCase, CheckMixin):
    def test_other(self):
        self.check_equal(2, 2)


# A file with both kinds of test class: the mixin may be mixed into either, so its alias is
# reported (`BaseTest` binds `failUnless`, `OtherTest` gets unittest's).
from .base import BaseTest


class KeptTest(BaseTest, CheckMixin):
    def test_kept(self):
        self.failUnless(True)
