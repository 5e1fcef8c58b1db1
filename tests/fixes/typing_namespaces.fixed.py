# pysunset-fixture: target=3.13
"""typing.io and typing.re: their names live in typing itself."""
import typing
import typing as typing_re
from typing import IO, BinaryIO, TextIO
from typing import (
    Match,
    Pattern,
)


def read(stream: typing.TextIO) -> typing.Match:
    handle: typing.IO[bytes] = stream.buffer
    return typing_re.Pattern, handle


def write(stream: TextIO, raw: BinaryIO, pattern: Pattern, match: Match, other: IO) -> None:
    pass
