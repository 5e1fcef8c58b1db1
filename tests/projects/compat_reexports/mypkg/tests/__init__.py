# pysunset-fixture: target=3.14
# A package that re-exports the compat module's names to its modules.
from mypkg.versioned import configparser, io  # noqa
