//! Fixes that break the code, for the tests of what the fix engine does with them: pysunset's
//! own fixes no longer make any that tests know of.

use pysunset::{check, CheckError, Finding, FixOptions, FixOutcome, Options};

/// The findings of `source`, with the fix pysunset offered `ParsingError(source=x, filename=y)`
/// until session 32 put back: renaming `filename=` to `source=`, which repeats the keyword (code
/// tree-sitter parses and CPython refuses). Since then a call that passes `source=` already is
/// offered no rename.
pub fn with_breaking_fixes(source: &str) -> Result<Vec<Finding>, CheckError> {
    let mut findings = check(source, &Options::default())?;
    for finding in &mut findings {
        if finding.symbol() == "configparser.ParsingError(filename=)" && finding.fix.is_none() {
            finding.fix = Some(pysunset::Fix {
                applicability: pysunset::Applicability::Safe,
                message: "pass `source=` instead of `filename=`".into(),
                edits: [pysunset::Edit { range: finding.range, content: "source".into() }].into(),
            });
        }
    }
    Ok(findings)
}

/// Fixes `source` (default options) with [`with_breaking_fixes`]'s findings.
pub fn fix_breaking(source: &str) -> FixOutcome {
    pysunset::fix::fix_with(source, &FixOptions::default(), with_breaking_fixes).expect("fixed")
}
