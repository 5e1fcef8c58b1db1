import testtools


class TestCase(testtools.TestCase):
    pass
