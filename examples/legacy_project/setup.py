from distutils.core import setup

setup(name="legacy_project", version="1.0", packages=["legacy_project"])
