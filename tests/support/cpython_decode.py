#!/usr/bin/env python3
"""CPython's answer for files in the Korean and Big5 cookies and in the single-byte ones, for
tests/decoding.rs (the native CLI's decoding) and tests/npm/decoding.test.mjs (the Node CLI's):
both must read each file as CPython's codec does.

Prints JSON: a list of {cookie, file (hex), text, first_bad}. `text` is the file decoded
with errors="replace" (null when CPython does not know the cookie), `first_bad` the offset of
the first byte CPython refuses (null when the file is valid: CPython compiles it). Each file is
a cookie line, then every two-byte sequence (lead 0x80-0xFF, trail 0x01-0xFF) on a line of its
own; with the EUC-KR cookies, also every eight-byte make-up sequence of KS X 1001 Annex 3 (and
broken ones); then one valid line per codec family, and a lone lead byte at the end. With a
single-byte cookie (each codec the core reads byte by byte, in CPython's spelling and others), a
file is the cookie line, then every byte 0x80-0xFF on a line of its own; and a valid file per
codec holds the bytes it reads.
"""
import codecs
import json

COOKIES = [
    # CPython's spellings of euc_kr, cp949, big5, cp950 and big5hkscs.
    "euc-kr", "EUC_KR", "euckr", "korean", "ksc5601", "ks_c_5601-1987", "ksx1001",
    "cp949", "uhc", "ms949",
    "big5", "csbig5", "big5-tw",
    "cp950", "ms950",
    "big5hkscs", "big5-hkscs", "hkscs",
    # The Encoding Standard's labels of EUC-KR and Big5 that CPython does not know.
    "windows-949", "ks_c_5601-1989", "cseuckr", "x-euc-kr", "cn-big5", "x-x-big5",
]


# CPython's single-byte codecs the core reads (scripts/cpython-single-byte.py), each in the
# spelling of its module, and other spellings of some of them.
SINGLE_BYTE = [
    "ascii", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "cp866", "cp874", "iso8859_1", "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7",
    "iso8859_8", "iso8859_9", "koi8_r", "koi8_u", "latin_1", "mac_cyrillic", "mac_roman", "tis_620",
    "us-ascii", "646", "windows-1252", "latin-1", "l1", "iso-8859-16", "latin10", "latin5", "thai",
    "tis620", "macintosh", "maccyrillic", "866", "IBM866", "windows-1250", "greek", "hebrew", "arabic",
]


def body(cookie):
    lines = [bytes([lead, trail]) for lead in range(0x80, 0x100) for trail in range(0x01, 0x100)]
    try:
        name = codecs.lookup(cookie).name
    except LookupError:
        name = None
    if name == "euc_kr" or cookie in ("cp949", "uhc"):
        for initial in range(0xA0, 0xC0):
            for medial in range(0xBE, 0xD5):
                for last in list(range(0xA0, 0xC0)) + [0xD4, 0xD5]:
                    lines.append(bytes([0xA4, 0xD4, 0xA4, initial, 0xA4, medial, 0xA4, last]))
        lines.append(b"\xa4\xd4\xa4\xa1\xa4\xbf")
        lines.append(b"\xa4\xd4\xa3\xa1\xa4\xbf\xa4\xd4")
    lines.append("x = '한국어 大學'".encode("cp949"))
    return b"# -*- coding: %s -*-\n" % cookie.encode() + b"\n".join(lines) + b"\n\xa1"


def main():
    cases = []
    for cookie in COOKIES:
        data = body(cookie)
        try:
            codecs.lookup(cookie)
        except LookupError:
            cases.append({"cookie": cookie, "file": data.hex(), "text": None, "first_bad": None})
            continue
        try:
            data.decode(cookie)
            first_bad = None
        except UnicodeDecodeError as error:
            first_bad = error.start
        text = data.decode(cookie, "replace")
        cases.append({"cookie": cookie, "file": data.hex(), "text": text, "first_bad": first_bad})
    for cookie in SINGLE_BYTE:
        data = b"# coding: %s\n" % cookie.encode() + b"\n".join(bytes([b]) for b in range(0x80, 0x100)) + b"\n"
        try:
            data.decode(cookie)
            first_bad = None
        except UnicodeDecodeError as error:
            first_bad = error.start
        cases.append({"cookie": cookie, "file": data.hex(), "text": data.decode(cookie, "replace"), "first_bad": first_bad})
        good = [bytes([b]) for b in range(0x80, 0x100) if bytes([b]).decode(cookie, "replace") != "\ufffd"]
        data = b"# coding: %s\n" % cookie.encode() + b"\n".join(good) + b"\n"
        cases.append({"cookie": cookie, "file": data.hex(), "text": data.decode(cookie), "first_bad": None})
    # A valid file in each codec: every sequence it reads that its encoder writes back (no bad
    # byte; where two sequences read as one character, the one CPython writes).
    for codec in ["euc_kr", "cp949", "big5", "cp950", "big5hkscs"]:
        good = []
        for lead in range(0x80, 0x100):
            for trail in range(0x01, 0x100):
                try:
                    if bytes([lead, trail]).decode(codec).encode(codec) == bytes([lead, trail]):
                        good.append(bytes([lead, trail]))
                except UnicodeError:
                    pass
        data = b"# coding: %s\n" % codec.encode() + b"\n".join(good) + b"\n"
        cases.append(
            {"cookie": codec, "file": data.hex(), "text": data.decode(codec), "first_bad": None}
        )
    print(json.dumps(cases))


main()
