# Two classes further: a test base that names nothing of testtools, nor any test-case word.
from .testtools_middle import Middle as M


class Deep(M):
    pass
