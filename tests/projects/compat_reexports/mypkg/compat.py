# pysunset-fixture: target=3.14
# A compatibility module: what it binds, its importers use.
try:
    import configparser
except ImportError:
    import ConfigParser as configparser

try:
    from configparser import SafeConfigParser  # expect: configparser.SafeConfigParser error
except ImportError:
    from ConfigParser import SafeConfigParser

from six.moves import urllib

RawParser = configparser.RawConfigParser
