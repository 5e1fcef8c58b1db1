//! Facts about test-case base classes outside the standard library that define unittest's old
//! alias names themselves, so a class deriving from them still has the names unittest removed.
//!
//! Ex) testtools' `TestCase` sets `failUnlessEqual = assertEquals = assertEqual`: on a
//! `testtools.TestCase` subclass, `self.assertEquals(...)` keeps working on Python 3.12.

/// Which classes a [`TestBase`] row covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Covers {
    /// The class with this qualified name (by any module that exports it).
    Class(&'static str),
    /// Every class of this package and its submodules.
    Package(&'static str),
}

/// Which alias names a [`TestBase`] row's classes define.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Defines {
    /// Every name unittest ever had (a copy of unittest).
    Every,
    /// These names.
    Names(&'static [&'static str]),
}

/// A base class (or package of them) that defines old test-case names itself.
#[derive(Clone, Copy, Debug)]
pub struct TestBase {
    /// The classes.
    pub covers: Covers,
    /// The names they define.
    pub defines: Defines,
}

/// Twisted trial's assertion aliases (`twisted.trial._synctest._Assertions`), kept by both of
/// its test-case classes (`twisted.trial.unittest.TestCase`, `SynchronousTestCase`).
const TRIAL_ALIASES: &[&str] = &[
    "assertAlmostEquals",
    "assertEquals",
    "assertNotAlmostEquals",
    "assertNotEquals",
    "assert_",
    "failIf",
    "failIfAlmostEqual",
    "failIfEqual",
    "failUnless",
    "failUnlessAlmostEqual",
    "failUnlessEqual",
    "failUnlessRaises",
];

/// The base classes known to define the old names, sorted by what they cover.
pub static TEST_BASES: &[TestBase] = &[
    TestBase { covers: Covers::Package("sqlalchemy.testing"), defines: Defines::Names(&["assert_"]) },
    TestBase {
        covers: Covers::Class("testtools.TestCase"),
        defines: Defines::Names(&["assertEquals", "failUnlessEqual", "failUnlessRaises"]),
    },
    TestBase {
        covers: Covers::Class("testtools.testcase.TestCase"),
        defines: Defines::Names(&["assertEquals", "failUnlessEqual", "failUnlessRaises"]),
    },
    // Trial's TestCase and SynchronousTestCase (by any of their modules), and the test classes
    // of trial's own package, which derive from them.
    TestBase { covers: Covers::Package("twisted.trial"), defines: Defines::Names(TRIAL_ALIASES) },
    TestBase { covers: Covers::Package("unittest2"), defines: Defines::Every },
];

/// The top-level packages of [`TEST_BASES`] (`testtools`, `twisted`): a class that names one
/// may keep old names for its subclasses, in its module or in others (the prefilter keeps
/// such a class for the parse, as it keeps one that names a catalogue word).
pub fn packages() -> impl Iterator<Item = &'static str> {
    TEST_BASES.iter().map(|row| {
        let path = match row.covers {
            Covers::Class(class) => class,
            Covers::Package(package) => package,
        };
        crate::qualified_name::QualifiedName::new(path).root()
    })
}

/// Whether a class deriving from `base` (a qualified name) has the old test-case name `name`
/// from [`TEST_BASES`].
pub fn defines(base: &str, name: &str) -> bool {
    TEST_BASES.iter().any(|row| {
        let covered = match row.covers {
            Covers::Class(class) => base == class,
            Covers::Package(package) => crate::qualified_name::QualifiedName::new(base).starts_with(package),
        };
        covered
            && match row.defines {
                Defines::Every => true,
                Defines::Names(names) => names.contains(&name),
            }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sorted_and_unique() {
        let key = |row: &TestBase| match row.covers {
            Covers::Class(name) | Covers::Package(name) => name,
        };
        assert!(TEST_BASES.windows(2).all(|pair| key(&pair[0]) < key(&pair[1])));
    }

    #[test]
    fn answers_by_class_and_package() {
        assert!(defines("testtools.TestCase", "assertEquals"));
        assert!(!defines("testtools.TestCase", "failIf"));
        assert!(defines("twisted.trial.unittest.TestCase", "failIf"));
        assert!(defines("unittest2.case.TestCase", "assertDictContainsSubset"));
        assert!(!defines("unittest2x.TestCase", "assertEquals"));
        assert!(!defines("testtools.matchers.TestCase", "assertEquals"));
    }
}
