# pysunset-fixture: target=3.14
# Mixins read the old aliases of the classes they are mixed into: where this file's test classes
# get a name from the project's test base (`BaseTest` binds `assertEquals` and `failUnless`), a
# mixin's use of it reads that binding. An alias the base does not bind is unittest's. (The
# file's classes are seen where they name a catalogue word, as test classes using the aliases do.)
from .base import BaseTest


class CheckMixin(object):
    def check_equal(self, a, b):
        self.assertEquals(a, b)
        self.failUnless(a == b)
        self.failIf(a != b)  # expect: unittest.TestCase.failIf error


class ShapeMixin:
    def check_shape(self, shape):
        self.failUnless(shape)


class ShapeTest(BaseTest, CheckMixin, ShapeMixin):
    def test_shape(self):
        self.check_shape((1, 2))
        self.check_equal(1, 1)
        self.failUnless(True)
