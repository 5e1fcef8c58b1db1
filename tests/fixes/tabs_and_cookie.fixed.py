# -*- coding: latin-1 -*-
# pysunset-fixture: target=3.12
import unittest


class T(unittest.TestCase):
	def test(self):
		self.assertEqual(1, 1)	# tabs stay
		if True:
			self.assertTrue(True)
