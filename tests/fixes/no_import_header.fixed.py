#!/usr/bin/env python
# pysunset-fixture: target=3.12
# A script whose only import is local: the import the fix needs goes before the first statement.
import importlib
def main(module):
    return importlib.reload(module)


main(main)
