# pysunset-fixture: target=3.14
# A compatibility module whose imports sit under version tests (dogpile.cache's compat): the
# branch no Python 3 runs binds nothing there.
import sys

py3k = sys.version_info >= (3, 0)

if py3k:
    import configparser
    import io
else:
    import ConfigParser as configparser
    import StringIO as io

if sys.version_info[0] >= 3:
    from mylib import config_shim as shim
else:
    import ConfigParser as shim
