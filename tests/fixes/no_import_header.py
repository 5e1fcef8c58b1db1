#!/usr/bin/env python
# pysunset-fixture: target=3.12
# A script whose only import is local: the import the fix needs goes before the first statement.
def main(module):
    import imp
    return imp.reload(module)


main(main)
