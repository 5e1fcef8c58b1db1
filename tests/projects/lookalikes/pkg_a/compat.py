# pysunset-fixture: target=3.14
import configparser
