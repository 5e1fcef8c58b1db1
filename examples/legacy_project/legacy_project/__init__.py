"""A small project written for Python 2.7 and 3.6, as many still are."""
import sys

try:
    from importlib import reload
except ImportError:  # Python 2
    from imp import reload

if sys.version_info[0] == 2:
    import cPickle as pickle
else:
    import pickle
