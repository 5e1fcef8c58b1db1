# pysunset-fixture: target=3.13
"""typing.io and typing.re: their names live in typing itself."""
import typing
import typing.io
import typing.re as typing_re
from typing.io import IO, BinaryIO, TextIO
from typing.re import (
    Match,
    Pattern,
)


def read(stream: typing.io.TextIO) -> typing.re.Match:
    handle: typing.io.IO[bytes] = stream.buffer
    return typing_re.Pattern, handle


def write(stream: TextIO, raw: BinaryIO, pattern: Pattern, match: Match, other: IO) -> None:
    pass
