# pysunset-fixture: target=3.14
# Names re-exported from a compat module's version branches, one or two steps away; the shim
# bound where Python 3 runs is the project's, not the standard library's.
from . import configparser, io
from mypkg.versioned import configparser as direct, shim


def test_read():
    config = configparser.ConfigParser()
    config.readfp(io.StringIO("[a]"))  # expect: configparser.ConfigParser.readfp error
    direct.RawConfigParser().readfp(io.StringIO("[a]"))  # expect: configparser.RawConfigParser.readfp error
    shim.ConfigParser().readfp(io.StringIO("[a]"))
