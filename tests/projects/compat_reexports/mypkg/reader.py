# pysunset-fixture: target=3.14
# Names imported from the compat module are what it binds them to.
from .compat import configparser, SafeConfigParser, RawParser
from .compat import configparser as cp


def read(path):
    parser = configparser.SafeConfigParser()  # expect: configparser.SafeConfigParser error
    with open(path) as handle:
        parser.readfp(handle)  # expect: configparser.ConfigParser.readfp error
    # The removed name itself is the compat module's finding (at its import), not again here:
    other = SafeConfigParser()
    other.readfp(handle)  # expect: configparser.ConfigParser.readfp error
    raw = RawParser()
    raw.readfp(handle)  # expect: configparser.RawConfigParser.readfp error
    return cp.SafeConfigParser  # expect: configparser.SafeConfigParser error
