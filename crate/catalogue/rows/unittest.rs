//! The `unittest` rows of the catalogue (the page `docs/unittest.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "unittest.TestCase.addCleanup(function=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "pass function positionally",
        why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
        detection: Detection::Keyword { callables: &["unittest.TestCase.addCleanup"], keywords: &["function"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import unittest

class T(unittest.TestCase):
    def setUp(self):
        self.addCleanup(function=print)
"#,
        after: r#"import unittest

class T(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertAlmostEquals",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertAlmostEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertAlmostEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertAlmostEquals(0.1 + 0.2, 0.3)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertDictContainsSubset",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertEqual(actual, actual | expected) (3.9+), or compare the wanted items: self.assertEqual({k: actual[k] for k in expected}, expected)",
        why: "its argument order was easy to get wrong and it had no clear definition for nested values",
        detection: Detection::TestCaseAlias,
        fix: Remedy::ManualBecause("the arguments become a dict union or a comprehension: a rewrite, not a rename"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertEqual({"a": 1, "b": 2} | {"a": 1}, {"a": 1, "b": 2})
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertEquals",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertEquals(1 + 1, 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertEqual(1 + 1, 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertNotAlmostEquals",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertNotAlmostEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertNotAlmostEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotAlmostEquals(0.1, 0.2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotAlmostEqual(0.1, 0.2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertNotEquals",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertNotEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertNotEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotEquals(1, 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotEqual(1, 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertNotRegexpMatches",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertNotRegex",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertNotRegex"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotRegexpMatches("abc", r"\d")
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotRegex("abc", r"\d")
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertRaisesRegexp",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertRaisesRegex",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertRaisesRegex"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertRaisesRegexp(ValueError, "invalid", int, "x")
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertRaisesRegex(ValueError, "invalid", int, "x")
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertRegexpMatches",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertRegex",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertRegex"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertRegexpMatches("abc1", r"\d")
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertRegex("abc1", r"\d")
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assertSameElements",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "TestCase.assertCountEqual()",
        why: "assertCountEqual (3.2) also counts duplicates",
        detection: Detection::TestCaseAlias,
        fix: auto(Recipe::Rename { to: "assertCountEqual", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import unittest

class T(unittest.TestCase):
    def test(self):
        self.assertSameElements([1, 2], [2, 1])
"#,
        after: r#"import unittest

class T(unittest.TestCase):
    def test(self):
        self.assertCountEqual([1, 2], [2, 1])
"#,
    },
    Entry {
        symbol: "unittest.TestCase.assert_",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertTrue",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertTrue"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assert_(1 < 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertTrue(1 < 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failIf",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertFalse",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertFalse"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failIf(1 > 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertFalse(1 > 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failIfAlmostEqual",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertNotAlmostEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertNotAlmostEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failIfAlmostEqual(0.1, 0.2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotAlmostEqual(0.1, 0.2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failIfEqual",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertNotEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertNotEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failIfEqual(1, 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertNotEqual(1, 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failUnless",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertTrue",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertTrue"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failUnless(1 < 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertTrue(1 < 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failUnlessAlmostEqual",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertAlmostEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertAlmostEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failUnlessAlmostEqual(0.1 + 0.2, 0.3)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failUnlessEqual",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertEqual",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertEqual"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failUnlessEqual(1 + 1, 2)
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertEqual(1 + 1, 2)
"#,
    },
    Entry {
        symbol: "unittest.TestCase.failUnlessRaises",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "self.assertRaises",
        why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
        detection: Detection::TestCaseAlias,
        fix: rename("assertRaises"),
        also_known_as: &[],
        before: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.failUnlessRaises(ValueError, int, "x")
"#,
        after: r#"import unittest

class TestValues(unittest.TestCase):
    def test_value(self):
        self.assertRaises(ValueError, int, "x")
"#,
    },
    Entry {
        symbol: "unittest.TestLoader.loadTestsFromModule(use_load_tests=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "drop the argument: load_tests functions are always used",
        why: "ignored since 3.2, when load_tests became always honoured",
        detection: Detection::Keyword { callables: &["unittest.TestLoader.loadTestsFromModule"], keywords: &["use_load_tests"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import unittest
import tests

suite = unittest.TestLoader().loadTestsFromModule(tests, use_load_tests=False)
"#,
        after: r#"import unittest
import tests

suite = unittest.TestLoader().loadTestsFromModule(tests)
"#,
    },
    Entry {
        symbol: "unittest.TestProgram.usageExit",
        kind: ApiKind::Method,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing: print the usage yourself and raise SystemExit (argparse's parser.error() does both)",
        why: "an undocumented helper of the old option parsing, unused since TestProgram moved to argparse",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("the method is dropped: print the usage and exit yourself"),
        also_known_as: &[],
        before: r#"import unittest

program = unittest.TestProgram(module=None, exit=False)
program.usageExit("unknown option")
"#,
        after: r#"import sys

sys.exit("unknown option")
"#,
    },
    Entry {
        symbol: "unittest._TextTestResult",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "unittest.TextTestResult",
        why: "a private alias kept after the class was made public as TextTestResult in 3.2",
        detection: Detection::Name,
        fix: rename("TextTestResult"),
        also_known_as: &[],
        before: r#"import unittest

class Result(unittest._TextTestResult):
    pass
"#,
        after: r#"import unittest

class Result(unittest.TextTestResult):
    pass
"#,
    },
    Entry {
        symbol: "unittest.findTestCases",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "unittest.TestLoader().loadTestsFromModule(module)",
        why: "a legacy helper of the old test-loading API; TestLoader's methods do the same",
        detection: Detection::Name,
        fix: auto(Recipe::Replace { with: "unittest.TestLoader().loadTestsFromModule", import: "unittest" }, Shape::CalledWithOne, Safe),
        also_known_as: &[],
        before: r#"import unittest
import tests

suite = unittest.findTestCases(tests)
"#,
        after: r#"import unittest
import tests

suite = unittest.TestLoader().loadTestsFromModule(tests)
"#,
    },
    Entry {
        symbol: "unittest.getTestCaseNames",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "unittest.TestLoader().getTestCaseNames(test_case_class)",
        why: "a legacy helper of the old test-loading API; TestLoader's methods do the same",
        detection: Detection::Name,
        fix: auto(Recipe::Replace { with: "unittest.TestLoader().getTestCaseNames", import: "unittest" }, Shape::CalledWithOne, Safe),
        also_known_as: &[],
        before: r#"import unittest

names = unittest.getTestCaseNames(TestMath, "test")
"#,
        after: r#"import unittest

names = unittest.TestLoader().getTestCaseNames(TestMath)
"#,
    },
    Entry {
        symbol: "unittest.makeSuite",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "unittest.TestLoader().loadTestsFromTestCase(test_case_class)",
        why: "a legacy helper of the old test-loading API; TestLoader's methods do the same",
        detection: Detection::Name,
        fix: auto(Recipe::Replace { with: "unittest.TestLoader().loadTestsFromTestCase", import: "unittest" }, Shape::CalledWithOne, Safe),
        also_known_as: &[],
        before: r#"import unittest

suite = unittest.makeSuite(TestMath)
"#,
        after: r#"import unittest

suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
"#,
    },
    Entry {
        symbol: "unittest.mock.DescriptorTypes",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing: an internal tuple",
        why: "an internal detail of mock",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from unittest import mock

print(mock.DescriptorTypes)
"#,
        after: r#"import types

print(types.MethodType)
"#,
    },
    Entry {
        symbol: "unittest.mock.__version__",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "mock's version in the stdlib is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import unittest.mock

print(unittest.mock.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
