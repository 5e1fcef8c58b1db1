import unittest

from legacy_project import plugins


class PluginTests(unittest.TestCase):
    def test_importer(self):
        importer = plugins.PluginImporter("/tmp")
        self.assertEquals(importer.directory, "/tmp")
        self.assertNotEquals(importer.find_module("plugins.x"), None)
        self.assertRegexpMatches(repr(importer), "PluginImporter")
        self.assert_(importer.find_module("other") is None)


if __name__ == "__main__":
    unittest.main()
