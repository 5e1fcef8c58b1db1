# Left out of directory runs by `exclude` in pyproject.toml.
import asynchat
