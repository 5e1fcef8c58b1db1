//! Automatic fixes: edits attached to findings, and [`fix`], which applies them until nothing
//! changes.
//!
//! Which entries have a fix, and how it is made, is one table ([`recipes`]); the edits are
//! computed where the rules know the spans ([`engine`], called by the checker for each finding
//! that is not guarded). A fix is `safe` when the new code does what the old code did, and
//! `unsafe` when behaviour may differ; unsafe fixes are applied only on request.

pub use crate::edit::{Applicability, Edit, Fix};
use crate::finding::{Finding, Rule};
use crate::lines::LineIndex;
use crate::syntax::NodeExt;
use crate::version::PythonVersion;
use crate::{CheckError, Options};
use serde::Serialize;

/// How to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixOptions {
    /// The Python version the code is moving to (as in [`Options`]).
    pub target: PythonVersion,
    /// Also apply the fixes that may change behaviour.
    pub unsafe_fixes: bool,
}

impl FixOptions {
    /// The [`Options`] that check a text for these fixes, reporting only the rules `select`
    /// and `ignore` choose.
    pub fn check_options(&self, select: Option<&[Rule]>, ignore: &[Rule]) -> Options {
        Options { select: select.map(<[Rule]>::to_vec), ignore: ignore.to_vec(), ..Options::new(self.target) }
    }
}

impl Default for FixOptions {
    fn default() -> Self {
        Self { target: PythonVersion::DEFAULT_TARGET, unsafe_fixes: false }
    }
}

/// What [`fix`] did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FixOutcome {
    /// The fixed source text (the input itself when nothing was fixed).
    pub output: String,
    /// The findings whose fixes were applied, with positions in the input.
    pub applied: Vec<Finding>,
    /// The findings of the output.
    pub remaining: Vec<Finding>,
}

/// How many times fixes are applied at most: each round applies every fix that does not
/// overlap another, and a fix's import or an import left unused is handled by the next round.
pub const MAX_PASSES: usize = 8;

/// Applies the fixes of `source`'s findings until none is left (at most [`MAX_PASSES`] rounds).
///
/// A fix is kept only when the text still parses as well as the input did (no new syntax
/// error); every byte outside the edits is kept (line endings, encoding cookie, BOM, tabs).
pub fn fix(source: &str, options: &FixOptions) -> Result<FixOutcome, CheckError> {
    fix_selected(source, options, None, &[])
}

/// [`fix`] for the findings of some rules only (as [`Options`]' `select` and `ignore` choose):
/// the others are neither fixed nor reported.
pub fn fix_selected(
    source: &str,
    options: &FixOptions,
    select: Option<&[Rule]>,
    ignore: &[Rule],
) -> Result<FixOutcome, CheckError> {
    let check_options = options.check_options(select, ignore);
    fix_with(source, options, |text| crate::check(text, &check_options))
}

/// [`fix_selected`] for a file of a project run: `facts` (from
/// [`crate::project::ProjectIndex::facts`]) say what the names it imports from the project's
/// other modules are, so that it fixes what a directory run reports.
pub fn fix_in_project(
    source: &str,
    options: &FixOptions,
    select: Option<&[Rule]>,
    ignore: &[Rule],
    facts: &crate::project::FileFacts,
) -> Result<FixOutcome, CheckError> {
    if facts.is_empty() {
        return fix_selected(source, options, select, ignore);
    }
    let check_options = options.check_options(select, ignore);
    fix_with(source, options, |text| crate::check_in_project(text, &check_options, facts))
}

/// [`fix`] with the findings of each round's text coming from `check` (a caller's own checks,
/// or a test's: the fixes they carry are applied as [`fix`] applies pysunset's, and a fix that
/// adds a syntax error, or code CPython refuses, is dropped).
pub fn fix_with(
    source: &str,
    options: &FixOptions,
    check: impl Fn(&str) -> Result<Vec<Finding>, CheckError>,
) -> Result<FixOutcome, CheckError> {
    // The input's syntax errors, counted when the first fix is about to be applied.
    let mut baseline = None;
    let mut current = source.to_string();
    // The edits of each round, in the coordinates of that round's input, to map positions back.
    let mut rounds: Vec<Round> = Vec::new();
    let mut applied: Vec<(Finding, usize, usize)> = Vec::new();
    let mut rejected: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut findings = check(&current)?;
    for _ in 0..MAX_PASSES {
        let candidates: Vec<&Finding> = findings
            .iter()
            .filter(|finding| {
                finding.fix.as_ref().is_some_and(|fix| {
                    (options.unsafe_fixes || fix.applicability == Applicability::Safe)
                        && (rejected.is_empty() || !rejected.contains(&signature(&current, fix)))
                })
            })
            .collect();
        if candidates.is_empty() {
            break;
        }
        let (mut chosen, mut edits) = choose(candidates);
        let baseline = match baseline {
            Some(count) => count,
            None => *baseline.insert(input_syntax_errors(source)?),
        };
        edits.sort();
        let mut next = apply(&current, &edits);
        if syntax_errors(&next).is_none_or(|errors| errors > baseline) {
            // Some fix breaks the parse: reject those that do alone, found on the statements
            // they edit and by halving the round's fixes (not a parse of the text per fix:
            // 1,000 fixes beside one that breaks took 6 s); when none does alone, apply the
            // first one only this round.
            let culprits = breaking_fixes(&current, &chosen, baseline);
            if !culprits.is_empty() {
                for index in culprits {
                    if let Some(fix) = chosen[index].fix.as_ref() {
                        rejected.insert(signature(&current, fix));
                    }
                }
                continue;
            }
            let Some(first) = chosen.first().copied() else { break };
            let Some(fix) = first.fix.as_ref() else { break };
            let (_, mut alone) = choose(vec![first]);
            alone.sort();
            next = apply(&current, &alone);
            if syntax_errors(&next).is_none_or(|errors| errors > baseline) {
                rejected.insert(signature(&current, fix));
                continue;
            }
            edits = alone;
            chosen = vec![first];
        }
        // A round whose output cannot be checked (fixes that grow a file past the size limit)
        // is not applied: the fixing ends with the last output that could be, and its findings.
        let Ok(next_findings) = check(&next) else { break };
        let round: Vec<(usize, usize, usize)> =
            edits.iter().map(|(start, end, content)| (*start, *end, content.len())).collect();
        for finding in chosen {
            let (start, end) = (finding.range.start.offset as usize, finding.range.end.offset as usize);
            let start = map_back(start, &rounds);
            let end = map_back(end, &rounds).max(start);
            applied.push((finding.clone(), start, end));
        }
        rounds.push(Round::new(round));
        current = next;
        findings = next_findings;
    }
    let applied = in_the_input(source, applied, &rounds);
    Ok(FixOutcome { output: current, applied, remaining: findings })
}

/// Which of `chosen` (fixes that overlap no other) add syntax errors to `current` alone.
///
/// First the fixes are tried on the statements they edit, each parsed on its own
/// ([`LocalCheck`]): a fix that adds an error to a statement that had none breaks the code.
/// That costs about two parses of the text in all, however many fixes break it. The fixes it
/// cannot judge that way (an edit in broken code, or in a statement too long for what is left
/// of its budget) are then tried together on the whole text, and a group that adds errors is
/// halved until single fixes are left: `k` such fixes among `n` cost about `2k log n` parses.
/// A fix that breaks the code only with another one (each half passes) is not singled out.
fn breaking_fixes(current: &str, chosen: &[&Finding], baseline: usize) -> Vec<usize> {
    let breaks = |group: &[usize]| {
        let (_, mut edits) = choose(group.iter().map(|&index| chosen[index]).collect());
        edits.sort();
        syntax_errors(&apply(current, &edits)).is_none_or(|errors| errors > baseline)
    };
    let fixes: Vec<Option<&Fix>> = chosen.iter().map(|finding| finding.fix.as_ref()).collect();
    let mut local = LocalCheck::new(current, fixes.iter().flatten().copied());
    let mut culprits = Vec::new();
    let mut rest = Vec::new();
    for (index, verdict) in local.judge(&fixes).into_iter().enumerate() {
        match verdict {
            Some(true) => culprits.push(index),
            _ => rest.push(index),
        }
    }
    // Fixes that break the code only together with others are not singled out.
    let halving = halve(rest.len(), culprits.is_empty(), |range| Some(breaks(&rest[range])));
    culprits.extend(halving.alone.into_iter().map(|position| rest[position]));
    culprits.sort_unstable();
    culprits
}

/// What [`halve`] found among a group of fixes.
#[derive(Debug, Default, PartialEq, Eq)]
struct Halving {
    /// The positions of the fixes that break the code alone.
    alone: Vec<usize>,
    /// Groups (ranges of positions) that break the code together although neither of their
    /// halves does.
    together: Vec<std::ops::Range<usize>>,
    /// Whether the search stopped because `breaks` could not tell (a budget ran out).
    stopped: bool,
}

/// Which of `n` fixes break the code, given `breaks`, which tells whether the fixes at a range
/// of positions do together (`None`: it cannot tell, and the search stops with what it found).
/// The whole group is asked first unless `known` says it breaks; a group that breaks is halved
/// until single fixes are left, so `k` breaking fixes among `n` cost about `2k log n` questions.
fn halve(n: usize, known: bool, mut breaks: impl FnMut(std::ops::Range<usize>) -> Option<bool>) -> Halving {
    let mut found = Halving::default();
    let mut groups = Vec::new();
    if n > 0 {
        match if known { Some(true) } else { breaks(0..n) } {
            Some(true) => groups.push(0..n),
            Some(false) => {}
            None => found.stopped = true,
        }
    }
    while let Some(group) = groups.pop() {
        if group.len() == 1 {
            found.alone.push(group.start);
            continue;
        }
        let middle = group.start + group.len() / 2;
        let mut either = false;
        for half in [group.start..middle, middle..group.end] {
            match breaks(half.clone()) {
                Some(true) => {
                    either = true;
                    groups.push(half);
                }
                Some(false) => {}
                None => {
                    found.stopped = true;
                    return found;
                }
            }
        }
        if !either {
            found.together.push(group);
        }
    }
    found
}

/// Whether fixes add a syntax error to the statements they edit, each parsed on its own
/// (with an `if 1:` line above it when it is indented): the statement around each edit is the
/// innermost one that starts its line and holds the whole edit, from its start to the end of
/// its last line. In a statement longer than [`LONG_STATEMENT`] (a tuple of thousands of calls
/// on one line), the innermost call around the edit is parsed instead, in parentheses, so that
/// judging each fix does not cost a parse of the whole statement. A statement (or call) the
/// text's parse marks as broken, or that does not parse on its own, does not judge.
///
/// A statement is parsed with the edits of all the round's fixes in it at once; only when that
/// adds an error are its fixes halved until the ones that break it alone are found (a parse
/// per fix of a statement that forty fixes edit made the budget run out, and every fix left
/// went to halving on the whole text: 21 KB took 4 s, 84 KB 67 s). Parsing stops past a budget
/// of bytes (about eight times the text, and the lines put around each edited statement, and
/// for each fix found to break a statement what finding it cost), so a round costs a few
/// parses of the text however its fixes lie.
struct LocalCheck<'t> {
    text: &'t str,
    /// Bytes that may still be parsed.
    budget: usize,
    /// The statement (or call) around each edit of the round's fixes, by the edit's span,
    /// found once for all of them ([`locate`]).
    statements: std::collections::HashMap<(usize, usize), Statement>,
    /// Statements (by span) that parse without error on their own.
    sound: std::collections::HashMap<(usize, usize), bool>,
}

/// The statements longer than this (in bytes) are judged by the calls they hold
/// ([`LocalCheck`]).
const LONG_STATEMENT: usize = 4096;

/// A statement a [`LocalCheck`] parses: its span (from the statement's start to the end of
/// its last line) and the text that comes before it on its first line (spaces); or a call of
/// a long statement (`call`), parsed in parentheses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Statement {
    start: usize,
    end: usize,
    indent: usize,
    call: bool,
}

/// One fix's edits in one statement, as [`LocalCheck`] tries them: the fix's index among the
/// round's, and its edits (spans relative to the statement's start, and new text).
struct Member<'f> {
    fix: usize,
    edits: Vec<(usize, usize, &'f str)>,
}

/// What [`LocalCheck::search`] learnt of a statement's fixes.
#[derive(Default)]
struct Verdicts {
    /// The fixes that add an error to the statement alone.
    breaking: Vec<usize>,
    /// The fixes it could not judge: those that add an error only together with others, or
    /// all of them when the budget ran out.
    unknown: Vec<usize>,
}

impl<'t> LocalCheck<'t> {
    /// The check of the fixes `fixes` (the round's) on `text`.
    fn new<'f>(text: &'t str, fixes: impl Iterator<Item = &'f Fix>) -> Self {
        let mut spans: Vec<(usize, usize)> = fixes
            .flat_map(|fix| fix.edits.iter().map(|edit| (edit_span(edit).0, edit_span(edit).1)))
            .collect();
        spans.sort_unstable();
        spans.dedup();
        // Each edited statement is parsed twice, with up to a few bytes around it.
        let budget = text.len().saturating_mul(8).saturating_add(1 << 16).saturating_add(spans.len() * 32);
        let statements = match crate::syntax::parse(text) {
            Some(tree) => locate(text, tree.root_node(), &spans),
            None => Default::default(),
        };
        Self { text, budget, statements, sound: Default::default() }
    }

    /// For each of `fixes` (the round's; `None` for a finding without one): `Some(true)` when
    /// it adds an error to a statement it edits, `Some(false)` when it adds none to any,
    /// `None` when that cannot be told here.
    fn judge(&mut self, fixes: &[Option<&Fix>]) -> Vec<Option<bool>> {
        let mut verdicts: Vec<Option<bool>> = fixes.iter().map(|fix| fix.map(|_| false)).collect();
        // Each edit with its statement and its fix, for the fixes whose every edit has one.
        let mut located: Vec<(Statement, usize, (usize, usize, &str))> = Vec::new();
        for (index, fix) in fixes.iter().enumerate() {
            let Some(fix) = fix else { continue };
            let edits = fix.edits.iter().map(|edit| {
                let span = edit_span(edit);
                Some((*self.statements.get(&(span.0, span.1))?, index, span))
            });
            match edits.collect::<Option<Vec<_>>>() {
                Some(edits) => located.extend(edits),
                None => verdicts[index] = None,
            }
        }
        located.sort_by_key(|&(statement, index, span)| (statement, index, span.0, span.1));
        let mut breaking = vec![false; fixes.len()];
        for group in located.chunk_by(|a, b| a.0 == b.0) {
            let statement = group[0].0;
            let members: Vec<Member<'_>> = group
                .chunk_by(|a, b| a.1 == b.1)
                .map(|edits| Member {
                    fix: edits[0].1,
                    edits: edits
                        .iter()
                        .map(|&(_, _, (start, end, content))| {
                            (start - statement.start, end - statement.start, content)
                        })
                        .collect(),
                })
                .collect();
            let found = match self.parses_alone(statement) {
                Some(true) => self.search(statement, &members),
                _ => Verdicts {
                    breaking: Vec::new(),
                    unknown: members.iter().map(|member| member.fix).collect(),
                },
            };
            for index in found.breaking {
                breaking[index] = true;
            }
            for index in found.unknown {
                verdicts[index] = None;
            }
        }
        for (verdict, breaks) in verdicts.iter_mut().zip(breaking) {
            if breaks {
                *verdict = Some(true);
            }
        }
        verdicts
    }

    /// Which of `members` (the fixes that edit `statement`, which parses on its own) add an
    /// error to it alone: all of them are tried at once, and a group that adds an error is
    /// halved until single fixes are left (`k` such fixes among `n` cost about `2k log n`
    /// parses of the statement, which each fix found pays for in the budget).
    fn search(&mut self, statement: Statement, members: &[Member<'_>]) -> Verdicts {
        let halving = halve(members.len(), false, |range| {
            let single = range.len() == 1;
            let breaks = self.group_breaks(statement, &members[range]);
            if single && breaks == Some(true) {
                let length = statement.end - statement.start;
                let levels = members.len().ilog2() as usize + 1;
                self.budget = self.budget.saturating_add(length.saturating_mul(2 * levels));
            }
            breaks
        });
        let fixes = |positions: std::ops::Range<usize>| members[positions].iter().map(|member| member.fix);
        Verdicts {
            breaking: halving.alone.iter().map(|&position| members[position].fix).collect(),
            unknown: match halving.stopped {
                true => fixes(0..members.len()).collect(),
                false => halving.together.into_iter().flat_map(fixes).collect(),
            },
        }
    }

    /// Whether the edits of `members` together add an error to `statement`; `None` past the
    /// budget.
    fn group_breaks(&mut self, statement: Statement, members: &[Member<'_>]) -> Option<bool> {
        // Past the budget, the edited statement is not even written out.
        if statement.end - statement.start > self.budget {
            return None;
        }
        // Fixes share edits (the import they add): each is applied once.
        let mut edits: Vec<(usize, usize, &str)> =
            members.iter().flat_map(|member| member.edits.iter().copied()).collect();
        edits.sort_unstable();
        edits.dedup();
        let body = apply(&self.text[statement.start..statement.end], &edits);
        Some(self.errors(statement, &body)? > 0)
    }

    /// Whether `statement` parses without error on its own (remembered).
    fn parses_alone(&mut self, statement: Statement) -> Option<bool> {
        if let Some(&sound) = self.sound.get(&(statement.start, statement.end)) {
            return Some(sound);
        }
        let sound = self.errors(statement, &self.text[statement.start..statement.end])? == 0;
        self.sound.insert((statement.start, statement.end), sound);
        Some(sound)
    }

    /// The syntax errors of `body` standing for `statement`, parsed on its own.
    fn errors(&mut self, statement: Statement, body: &str) -> Option<usize> {
        let indent = &self.text[statement.start - statement.indent..statement.start];
        let (before, after) = match (statement.call, indent.is_empty()) {
            (true, _) => ("(", ")\n"),
            (false, true) => ("", ""),
            (false, false) => ("if 1:\n", ""),
        };
        let cost = before.len() + indent.len() + body.len() + after.len();
        self.budget = self.budget.checked_sub(cost)?;
        match statement.call {
            true => syntax_errors(&format!("{before}{body}{after}")),
            false => syntax_errors(&format!("{before}{indent}{body}")),
        }
    }
}

/// The statement around each of the edits `spans` (sorted) of `text`, whose tree is `root`,
/// if there is one to judge it by ([`LocalCheck`]): the innermost statement that starts its
/// line and holds the whole edit, or in a statement longer than [`LONG_STATEMENT`] the
/// innermost call that does; none when a node between the edit and it is an error.
///
/// The node around each edit is found as tree-sitter's `descendant_for_byte_range` finds it,
/// but by one walk of a cursor over the tree for all the edits in order, and the nodes above
/// it are those the walk went down through: asking the tree for a node's parent, or for the
/// child around an offset, looks at each child before it, and thousands of fixes in a tuple of
/// thousands of calls made that quadratic.
fn locate(
    text: &str,
    root: tree_sitter::Node<'_>,
    spans: &[(usize, usize)],
) -> std::collections::HashMap<(usize, usize), Statement> {
    let lines = LineEnds::new(text);
    let mut found = std::collections::HashMap::new();
    let mut cursor = root.walk();
    // The nodes above the cursor's, from the root down.
    let mut path: Vec<tree_sitter::Node<'_>> = Vec::new();
    let mut last_end = 0;
    for &(start, end) in spans {
        // An edit that takes the line's end with it is looked for without it.
        let Some(old) = text.get(start..end) else { continue };
        let probe_end = start + old.trim_end_matches([' ', '\t', '\r', '\n', '\x0c']).len();
        // The walk goes forward: an edit that overlaps the one before starts from the root.
        if start < last_end {
            cursor.reset(root);
            path.clear();
        }
        last_end = end;
        let path_len = descend(&mut cursor, &mut path, start, probe_end);
        let node = match path_len {
            Some(len) => path[len - 1],
            None => cursor.node(),
        };
        let above = path[..path_len.map_or(path.len(), |len| len - 1)].iter().rev().copied();
        if let Some(statement) = around(text, &lines, std::iter::once(node).chain(above), start, end) {
            found.insert((start, end), statement);
        }
    }
    found
}

/// Whether `node` holds the range `start..end` as tree-sitter's `descendant_for_byte_range`
/// asks it of a child: `Some(true)` if it does, `Some(false)` if it ends too early (a later
/// child may hold it), `None` if it starts too late (no later child does).
fn holds(node: tree_sitter::Node<'_>, start: usize, end: usize) -> Option<bool> {
    let node_end = node.end_byte();
    let empty = node.start_byte() == node_end;
    if node_end < end || if empty { node_end < start } else { node_end <= start } {
        return Some(false);
    }
    if start < node.start_byte() {
        return None;
    }
    Some(true)
}

/// Moves `cursor` (whose node's ancestors are `path`, from the root, the root kept) to the
/// innermost node that holds `start..end`, going up only as far as needed and on from the
/// child it was at: `Some(len)` when that node is `path[len - 1]`, `None` when it is the
/// cursor's (a leaf). Ranges given in order (each starting where the one before ended or
/// later) cost, all together, one walk of the tree.
fn descend<'n>(
    cursor: &mut tree_sitter::TreeCursor<'n>,
    path: &mut Vec<tree_sitter::Node<'n>>,
    start: usize,
    end: usize,
) -> Option<usize> {
    while path.len() > 1 && holds(path[path.len() - 1], start, end) != Some(true) {
        path.pop();
        cursor.goto_parent();
    }
    if path.is_empty() {
        let root = cursor.node();
        if !cursor.goto_first_child() {
            return None;
        }
        path.push(root);
    }
    loop {
        let node = cursor.node();
        match holds(node, start, end) {
            Some(false) => {
                if !cursor.goto_next_sibling() {
                    return Some(path.len());
                }
            }
            None => return Some(path.len()),
            Some(true) => {
                if !cursor.goto_first_child() {
                    return None;
                }
                path.push(node);
            }
        }
    }
}

/// The statement around the edit of `start..end` of `text`, given the innermost node around
/// it and the nodes above that one, innermost first ([`locate`]).
fn around<'n>(
    text: &str,
    lines: &LineEnds,
    nodes: impl Iterator<Item = tree_sitter::Node<'n>>,
    start: usize,
    end: usize,
) -> Option<Statement> {
    // The innermost call around the edit, for a long statement.
    let mut call = None;
    for node in nodes {
        if node.is_error() || node.is_missing() {
            return None;
        }
        let kind = node.kind_name();
        if call.is_none()
            && kind == "call"
            && !node.has_error()
            && node.start_byte() <= start
            && end <= node.end_byte()
        {
            call = Some(Statement { start: node.start_byte(), end: node.end_byte(), indent: 0, call: true });
        }
        let is_statement = kind.ends_with("_statement")
            || matches!(kind, "function_definition" | "class_definition" | "decorated_definition");
        if is_statement && !node.has_error() {
            let line_start = lines.start(node.start_byte());
            let indent = &text[line_start..node.start_byte()];
            if indent.bytes().all(|byte| matches!(byte, b' ' | b'\t' | b'\x0c')) {
                let line_end = lines.end(node.end_byte());
                if node.start_byte() <= start && end <= line_end {
                    if line_end - node.start_byte() > LONG_STATEMENT {
                        if let Some(call) = call {
                            return Some(call);
                        }
                    }
                    return Some(Statement {
                        start: node.start_byte(),
                        end: line_end,
                        indent: indent.len(),
                        call: false,
                    });
                }
            }
        }
    }
    None
}

/// Where the lines of a text end, as Python counts them (`\n`, `\r\n` or a lone `\r`), so
/// that the line around an offset takes a binary search, not a scan of a line that may be
/// the whole file.
struct LineEnds {
    /// The offset of each `\n` and lone `\r`, in order.
    ends: Vec<usize>,
    /// The offset of each `\r` and `\n`, in order (a line starts after the last before it).
    breaks: Vec<usize>,
    len: usize,
}

impl LineEnds {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks: Vec<usize> = bytes
            .iter()
            .enumerate()
            .filter(|(_, &byte)| matches!(byte, b'\n' | b'\r'))
            .map(|(at, _)| at)
            .collect();
        let ends = breaks
            .iter()
            .copied()
            .filter(|&at| bytes[at] == b'\n' || bytes.get(at + 1) != Some(&b'\n'))
            .collect();
        Self { ends, breaks, len: text.len() }
    }

    /// Where the line holding `offset` starts: after the last `\r` or `\n` before it.
    fn start(&self, offset: usize) -> usize {
        let before = self.breaks.partition_point(|&at| at < offset);
        before.checked_sub(1).map_or(0, |last| self.breaks[last] + 1)
    }

    /// Where the line holding `offset` ends: after the first line end at or after it (or the
    /// text's end).
    fn end(&self, offset: usize) -> usize {
        let before = self.ends.partition_point(|&at| at < offset);
        self.ends.get(before).map_or(self.len, |&at| at + 1)
    }
}

/// The fixes of `candidates` that overlap no earlier one, and their edits (an edit two fixes
/// share is made once).
fn choose(candidates: Vec<&Finding>) -> (Vec<&Finding>, Vec<(usize, usize, &str)>) {
    let mut chosen: Vec<&Finding> = Vec::new();
    let mut edits = Accepted::default();
    for finding in candidates {
        let Some(fix) = finding.fix.as_ref() else { continue };
        let fix_edits: Vec<(usize, usize, &str)> = fix.edits.iter().map(edit_span).collect();
        if fix_edits.iter().all(|edit| edits.fits(*edit)) {
            for edit in fix_edits {
                edits.add(edit);
            }
            chosen.push(finding);
        }
    }
    (chosen, edits.list)
}

/// The edits chosen so far, indexed so that whether another one fits takes a logarithmic
/// look rather than one at each of them (thousands of findings make thousands of edits).
#[derive(Default)]
struct Accepted<'a> {
    /// The edits, in the order they were chosen, each once.
    list: Vec<(usize, usize, &'a str)>,
    /// The edits that replace at least one byte, by start (end and text).
    spans: std::collections::BTreeMap<usize, (usize, &'a str)>,
    /// The insertions, by offset (their text).
    insertions: std::collections::BTreeMap<usize, &'a str>,
    /// Set when two edits of one fix overlap: the index no longer answers, so every edit is
    /// looked at (as [`fits`] does).
    overlapping: bool,
}

impl<'a> Accepted<'a> {
    /// Whether `edit` overlaps none of the chosen edits (an identical edit is shared).
    fn fits(&self, edit: (usize, usize, &'a str)) -> bool {
        if self.overlapping {
            return fits(&self.list, edit);
        }
        let (start, end, content) = edit;
        // The chosen spans do not overlap one another, so the last one starting before `end`
        // is the only one that may reach past `start`.
        let span_conflicts =
            self.spans.range(..end).next_back().is_some_and(|(&other_start, &(other_end, text))| {
                other_end > start && (other_start, other_end, text) != edit
            });
        let insertion_conflicts = if start == end {
            self.insertions.get(&start).is_some_and(|text| *text != content)
        } else {
            self.insertions.range(start + 1..end).next().is_some()
        };
        !span_conflicts && !insertion_conflicts
    }

    /// Adds `edit` unless it is there already.
    fn add(&mut self, edit: (usize, usize, &'a str)) {
        if !self.overlapping && !self.fits(edit) {
            self.overlapping = true;
        }
        let (start, end, content) = edit;
        let added = if self.overlapping {
            !self.list.contains(&edit)
        } else if start == end {
            self.insertions.insert(start, content).is_none()
        } else {
            self.spans.insert(start, (end, content)).is_none()
        };
        if added {
            self.list.push(edit);
        }
    }
}

/// The applied findings with positions in `source`, the input (`start`, `end`: the finding's
/// span there), given the edits of each round.
fn in_the_input(source: &str, applied: Vec<(Finding, usize, usize)>, rounds: &[Round]) -> Vec<Finding> {
    let lines = LineIndex::new(source);
    applied
        .into_iter()
        .map(|(mut finding, start, end)| {
            finding.range = lines.range(start, end);
            if rounds.len() > 1 {
                // The fix's own edits were computed on an intermediate text: keep only its
                // description, with positions of the input.
                if let Some(fix) = finding.fix.as_mut() {
                    for edit in &mut fix.edits {
                        let start = map_back(edit.range.start.offset as usize, rounds);
                        let end = map_back(edit.range.end.offset as usize, rounds).max(start);
                        edit.range = lines.range(start, end);
                    }
                }
            }
            finding
        })
        .collect()
}

/// An edit as a byte span and its new text.
fn edit_span(edit: &Edit) -> (usize, usize, &str) {
    (edit.range.start.offset as usize, edit.range.end.offset as usize, &*edit.content)
}

/// Whether `edit` can join `edits`: it overlaps none of them (an identical edit is shared).
fn fits(edits: &[(usize, usize, &str)], edit: (usize, usize, &str)) -> bool {
    edits.iter().all(|other| {
        *other == edit || {
            let (start, end, _) = edit;
            let (other_start, other_end, _) = *other;
            // Two insertions at one place, or spans that share a byte, conflict.
            if start == end && other_start == other_end {
                start != other_start
            } else {
                end <= other_start || other_end <= start
            }
        }
    })
}

/// `text` with the sorted, non-overlapping `edits` applied.
fn apply(text: &str, edits: &[(usize, usize, &str)]) -> String {
    let mut output = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for (start, end, content) in edits {
        output.push_str(&text[at..*start]);
        output.push_str(content);
        at = *end;
    }
    output.push_str(&text[at..]);
    output
}

/// An offset in the output of the last of `rounds` mapped to the original text: an offset
/// inside new text maps to the start of the span it replaced.
fn map_back(offset: usize, rounds: &[Round]) -> usize {
    let mut offset = offset;
    for round in rounds.iter().rev() {
        // The edits that start in the output at or before `offset`: only the last of them may
        // hold it or end at it (the edits are sorted and do not overlap).
        let before = round.new_starts.partition_point(|&new_start| new_start <= offset);
        offset = match before.checked_sub(1) {
            None => offset,
            Some(last) => {
                let (start, end, length) = round.edits[last];
                let new_end = round.new_starts[last] + length;
                if offset < new_end {
                    start
                } else if offset == new_end {
                    end
                } else {
                    (offset as isize - round.shifts[last]) as usize
                }
            }
        };
    }
    offset
}

/// The edits of one round of fixes: (start, end, length of the new text), sorted, in the
/// coordinates of the round's input, with where each starts in its output and the shift of
/// offsets after it, so that [`map_back`] takes a binary search rather than a look at each.
struct Round {
    edits: Vec<(usize, usize, usize)>,
    new_starts: Vec<usize>,
    shifts: Vec<isize>,
}

impl Round {
    fn new(edits: Vec<(usize, usize, usize)>) -> Self {
        let mut shift: isize = 0;
        let mut new_starts = Vec::with_capacity(edits.len());
        let mut shifts = Vec::with_capacity(edits.len());
        for &(start, end, length) in &edits {
            new_starts.push((start as isize + shift) as usize);
            shift += length as isize - (end - start) as isize;
            shifts.push(shift);
        }
        Self { edits, new_starts, shifts }
    }
}

/// How much of the line around an edit a [`signature`] holds, each side (bytes).
const SIGNATURE_CONTEXT: usize = 256;

/// What identifies a fix across rounds: the text it replaces, on the lines around it (at most
/// [`SIGNATURE_CONTEXT`] bytes each side: on a long line, thousands of fixes would each make a
/// signature of the whole line), and the text it writes (two equal edits on different lines,
/// one of them refused, are told apart).
fn signature(text: &str, fix: &Fix) -> String {
    let mut signature = fix.message.to_string();
    for edit in &fix.edits {
        let (start, end) = (edit.range.start.offset as usize, edit.range.end.offset as usize);
        let old = text.get(start..end).unwrap_or("");
        let mut from = start.saturating_sub(SIGNATURE_CONTEXT);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = end.saturating_add(SIGNATURE_CONTEXT).min(text.len()).max(end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        // Lines as Python counts them (a lone `\r` ends one too).
        let before = text.get(from..start).unwrap_or("");
        let before = before.rfind(['\n', '\r']).map_or(before, |at| &before[at + 1..]);
        let after = text.get(end..to).unwrap_or("");
        let after = after.find(['\n', '\r']).map_or(after, |at| &after[..at]);
        signature.push_str(&format!("\u{0}{before}\u{0}{old}\u{0}{after}\u{0}{}", edit.content));
    }
    signature
}

/// How many syntax errors `text` has: the error and missing nodes of tree-sitter's parse, and
/// the errors CPython's compiler reports on code that tree-sitter's grammar accepts
/// ([`compile_rule_violations`]). Every fix is checked with it: a fix may not add one.
pub fn syntax_errors(text: &str) -> Option<usize> {
    input_syntax_errors(text).ok()
}

/// [`syntax_errors`], or why the text could not be parsed whole (over the limit on tree size,
/// out of memory): a file checked in windows may be too large for the one parse that fixing it
/// needs, and is then skipped for that reason.
fn input_syntax_errors(text: &str) -> Result<usize, CheckError> {
    let tree = crate::syntax::parse_within_budget(text, &[]).map_err(crate::parse_error)?;
    let root = tree.root_node();
    Ok(parse_errors(root) + compile_rule_violations(root, text))
}

/// tree-sitter's error and missing nodes under `root`.
fn parse_errors(root: tree_sitter::Node<'_>) -> usize {
    if !root.has_error() {
        return 0;
    }
    let mut count = 0;
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            count += 1;
        }
        let descend = node.has_error() && !node.is_error();
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

/// How many places break a rule of CPython's compiler that tree-sitter's grammar does not
/// know (each a `SyntaxError` in CPython):
///
/// - a keyword argument repeated in one call or class header (`f(source=x, source=y)`:
///   "keyword argument repeated");
/// - a positional argument after a keyword argument or `**` unpacking (`f(a=1, 2)`), and `*`
///   unpacking after `**` unpacking (`f(**k, *a)`);
/// - a parameter name repeated in one function or lambda (`def f(a, a)`: "duplicate argument").
pub fn compile_rule_violations(root: tree_sitter::Node<'_>, text: &str) -> usize {
    let mut count = 0;
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        match node.kind_name() {
            "argument_list" => count += argument_violations(node, text),
            "parameters" | "lambda_parameters" => count += parameter_violations(node, text),
            _ => {}
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

fn argument_violations(list: tree_sitter::Node<'_>, text: &str) -> usize {
    use crate::syntax::{named_children, NodeExt};
    let mut count = 0;
    // A set, not a list: a call may pass tens of thousands of keywords.
    let mut keywords: crate::hash::HashSet<&str> = crate::hash::HashSet::default();
    let (mut after_keyword, mut after_double_star) = (false, false);
    for argument in named_children(list) {
        match argument.kind_name() {
            "comment" => {}
            "keyword_argument" => {
                after_keyword = true;
                if let Some(name) = argument.field(crate::syntax::Field::Name) {
                    count += usize::from(!keywords.insert(crate::syntax::text(name, text)));
                }
            }
            "dictionary_splat" => after_double_star = true,
            "list_splat" | "parenthesized_list_splat" => count += usize::from(after_double_star),
            _ => count += usize::from(after_keyword || after_double_star),
        }
    }
    count
}

fn parameter_violations(parameters: tree_sitter::Node<'_>, text: &str) -> usize {
    use crate::syntax::{named_children, Field, NodeExt};
    let mut names: crate::hash::HashSet<&str> = crate::hash::HashSet::default();
    let mut count = 0;
    for parameter in named_children(parameters) {
        let name = match parameter.kind_name() {
            "identifier" => Some(parameter),
            "default_parameter" | "typed_default_parameter" => parameter.field(Field::Name),
            "typed_parameter" | "list_splat_pattern" | "dictionary_splat_pattern" => named_children(
                parameter,
            )
            .into_iter()
            .find(|child| child.kind_name() == "identifier")
            .or_else(|| {
                named_children(parameter)
                    .into_iter()
                    .find(|child| {
                        matches!(child.kind_name(), "list_splat_pattern" | "dictionary_splat_pattern")
                    })
                    .and_then(|splat| {
                        named_children(splat).into_iter().find(|child| child.kind_name() == "identifier")
                    })
            }),
            _ => None,
        };
        if let Some(name) = name {
            count += usize::from(!names.insert(crate::syntax::text(name, text)));
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halving_finds_the_fixes_that_break_alone_and_the_groups_that_break_together() {
        // 2 and 5 break alone; 6 and 7 only together.
        let breaks = |range: std::ops::Range<usize>| {
            range.contains(&2) || range.contains(&5) || (range.contains(&6) && range.contains(&7))
        };
        let mut asked = 0;
        let mut found = halve(8, false, |range| {
            asked += 1;
            Some(breaks(range))
        });
        found.alone.sort_unstable();
        assert_eq!(
            found,
            Halving {
                alone: vec![2, 5],
                together: vec![std::ops::Range { start: 6, end: 8 }],
                stopped: false
            }
        );
        assert!(asked <= 2 * 3 * 3, "{asked} questions");
        // Known to break: the whole group is not asked; nothing breaks: one question.
        assert_eq!(halve(1, true, |_| unreachable!()).alone, vec![0]);
        let mut asked = 0;
        assert_eq!(
            halve(8, false, |_| {
                asked += 1;
                Some(false)
            }),
            Halving::default()
        );
        assert_eq!(asked, 1);
        // A question it cannot answer stops the search with what it found so far.
        let mut left = 3;
        let found = halve(8, false, |range| {
            left -= 1;
            if left == 0 {
                return None;
            }
            Some(range.contains(&7))
        });
        assert!(found.stopped);
        assert!(halve(0, true, |_| unreachable!()) == Halving::default());
    }

    #[test]
    fn code_cpython_refuses_counts_as_a_syntax_error() {
        let errors = |text: &str| syntax_errors(text).unwrap();
        assert_eq!(errors("f(a=1, b=2)\ndef g(a, b=1, *c, d, **e): pass\nlambda a, b: 0\n"), 0);
        assert_eq!(errors("f(a=1, *rest, b=2, **k)\nclass A(B, metaclass=M): pass\n"), 0);
        assert_eq!(errors("f(source=x, source=y)\n"), 1);
        assert_eq!(errors("class A(metaclass=M, metaclass=N): pass\n"), 1);
        assert_eq!(errors("f(a=1, 2)\n"), 1);
        assert_eq!(errors("f(**k, 2)\n"), 1);
        assert_eq!(errors("f(**k, *a)\n"), 1);
        assert_eq!(errors("def f(a, a): pass\n"), 1);
        assert_eq!(errors("def f(a, *, b: int = 1, **a): pass\n"), 1);
        assert_eq!(errors("g = lambda x, x: 0\n"), 1);
    }

    #[test]
    fn positions_map_back_through_rounds() {
        // "abcdef": replace "b" with "XYZ" (round 1), then in "aXYZcdef" replace "d" (offset 5).
        let rounds = vec![Round::new(vec![(1, 2, 3)])];
        assert_eq!(map_back(0, &rounds), 0);
        assert_eq!(map_back(5, &rounds), 3);
        assert_eq!(map_back(2, &rounds), 1);
        assert_eq!(map_back(4, &rounds), 2);
    }

    /// Findings of `text` with one fix per `needle`: replacing it with `content`.
    fn findings_replacing(text: &str, replacements: &[(&str, &str)]) -> Vec<Finding> {
        let template = crate::check("import imp\n", &Options::default()).unwrap().remove(0);
        let lines = LineIndex::new(text);
        replacements
            .iter()
            .filter_map(|(needle, content)| {
                let start = text.find(needle)?;
                let range = lines.range(start, start + needle.len());
                let fix = Fix {
                    applicability: Applicability::Safe,
                    message: format!("replace {needle}").into(),
                    edits: vec![Edit { range, content: (*content).into() }].into(),
                };
                Some(Finding { range, fix: Some(fix), ..template.clone() })
            })
            .collect()
    }

    #[test]
    fn a_fix_that_breaks_the_parse_is_dropped_and_the_others_applied() {
        let source = "x = f(1)\ny = old\n";
        let outcome = fix_with(source, &FixOptions::default(), |text| {
            Ok(findings_replacing(text, &[("(1)", "(1"), ("old", "new")]))
        })
        .unwrap();
        assert_eq!(outcome.output, "x = f(1)\ny = new\n");
        assert_eq!(outcome.applied.len(), 1);
        assert_eq!(outcome.applied[0].range.start.offset, 13, "the position in the input");
    }

    #[test]
    fn fixes_that_never_settle_stop_after_the_last_round() {
        // Each round's fix creates the next one: the rounds are bounded.
        let outcome =
            fix_with("x = 1\n", &FixOptions::default(), |text| Ok(findings_replacing(text, &[("1", "11")])))
                .unwrap();
        assert_eq!(outcome.output, format!("x = {}\n", "1".repeat(MAX_PASSES + 1)));
        assert_eq!(outcome.applied.len(), MAX_PASSES);
    }

    #[test]
    fn a_round_whose_output_cannot_be_checked_is_not_applied() {
        // Fixes that grow a file past what `check` takes (as a file near the 64 MiB limit can):
        // the fixing ends with the last output that could be checked, and its findings, rather
        // than failing the whole file with a size it does not have.
        let source = "x = 1\ny = 2\n";
        let limit = source.len() + 1;
        let outcome = fix_with(source, &FixOptions::default(), |text| {
            if text.len() > limit {
                return Err(CheckError::TooLarge { bytes: text.len() });
            }
            Ok(findings_replacing(text, &[("1", "11")]))
        })
        .unwrap();
        assert_eq!(outcome.output, "x = 11\ny = 2\n");
        assert_eq!(outcome.applied.len(), 1);
        assert_eq!(outcome.remaining.len(), 1, "the findings of the output");
    }

    #[test]
    fn unsafe_fixes_wait_for_the_option() {
        let source = "import asyncio\nasyncio.iscoroutinefunction(print)\n";
        let safe = FixOptions { target: PythonVersion::new(16), unsafe_fixes: false };
        assert_eq!(fix(source, &safe).unwrap().output, source);
        let output = fix(source, &FixOptions { unsafe_fixes: true, ..safe }).unwrap().output;
        assert_eq!(output, "import asyncio\nimport inspect\ninspect.iscoroutinefunction(print)\n");
    }

    #[test]
    fn identical_edits_are_shared_and_insertions_at_one_place_conflict() {
        let edits = vec![(0, 0, "import a\n"), (5, 8, "x")];
        assert!(fits(&edits, (0, 0, "import a\n")));
        assert!(!fits(&edits, (0, 0, "import b\n")));
        assert!(!fits(&edits, (6, 9, "y")));
        assert!(fits(&edits, (8, 9, "y")));
    }

    /// The statement around an edit as it was found before [`locate`]: for each edit, the
    /// tree's node around it and its parents, and the text scanned for the line around it.
    fn statement_by_parents(
        text: &str,
        root: tree_sitter::Node<'_>,
        start: usize,
        end: usize,
    ) -> Option<Statement> {
        let old = text.get(start..end)?;
        let probe_end = start + old.trim_end_matches([' ', '\t', '\r', '\n', '\x0c']).len();
        let mut node = root.descendant_for_byte_range(start, probe_end)?;
        let mut call = None;
        loop {
            if node.is_error() || node.is_missing() {
                return None;
            }
            let kind = node.kind_name();
            if call.is_none()
                && kind == "call"
                && !node.has_error()
                && node.start_byte() <= start
                && end <= node.end_byte()
            {
                call =
                    Some(Statement { start: node.start_byte(), end: node.end_byte(), indent: 0, call: true });
            }
            let is_statement = kind.ends_with("_statement")
                || matches!(kind, "function_definition" | "class_definition" | "decorated_definition");
            if is_statement && !node.has_error() {
                let line_start = text[..node.start_byte()].rfind(['\n', '\r']).map_or(0, |at| at + 1);
                let indent = &text[line_start..node.start_byte()];
                if indent.bytes().all(|byte| matches!(byte, b' ' | b'\t' | b'\x0c')) {
                    let line_end =
                        text[node.end_byte()..].find('\n').map_or(text.len(), |at| node.end_byte() + at + 1);
                    let line_end = text[node.end_byte()..line_end]
                        .find('\r')
                        .filter(|&at| text.as_bytes().get(node.end_byte() + at + 1) != Some(&b'\n'))
                        .map_or(line_end, |at| node.end_byte() + at + 1);
                    if node.start_byte() <= start && end <= line_end {
                        if line_end - node.start_byte() > LONG_STATEMENT {
                            if let Some(call) = call {
                                return Some(call);
                            }
                        }
                        return Some(Statement {
                            start: node.start_byte(),
                            end: line_end,
                            indent: indent.len(),
                            call: false,
                        });
                    }
                }
            }
            node = node.parent()?;
        }
    }

    #[test]
    fn the_statement_around_each_edit_is_found_in_one_walk_as_by_parents() {
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut texts: Vec<String> = std::fs::read_dir(fixtures)
            .unwrap()
            .filter_map(|entry| std::fs::read_to_string(entry.unwrap().path()).ok())
            .collect();
        assert!(texts.len() > 50, "the fixtures are read");
        let calls = "configparser.ParsingError(source=x, filename=y), imp.reload(m), ".repeat(100);
        texts.extend([
            format!("import imp\nx = ({calls})\nif x:\n    y = [{calls}]\n"),
            "a = 1; b = f(2)\r  c = (3,\r\n g(4)) \rdef h():\n\tpass\n".to_string(),
            "if x:\n    f(1\n    g(2)\nclass A: pass\n".to_string(),
            "@d\ndef f(a, b=g(1)):\n    return [h(i) for i in a]  # c\n\x0c\nx = 1 \\\n + 2\n".to_string(),
            String::new(),
        ]);
        for text in &texts {
            let tree = crate::syntax::parse(text).unwrap();
            let root = tree.root_node();
            let expected =
                |spans: &[(usize, usize)]| -> std::collections::HashMap<(usize, usize), Statement> {
                    spans
                        .iter()
                        .filter_map(|&(start, end)| {
                            Some(((start, end), statement_by_parents(text, root, start, end)?))
                        })
                        .collect()
                };
            // Edits in order and apart (as a round's are), of every length from 0 to 6, at
            // every offset; then overlapping ones.
            let mut apart = Vec::new();
            let mut at = 0;
            while at <= text.len() {
                let end = (at + at % 7).min(text.len());
                apart.push((at, end));
                at = end + usize::from(at == end);
            }
            let found = locate(text, root, &apart);
            assert!(found == expected(&apart), "{}", &text[..text.len().min(200)]);
            let overlapping: Vec<(usize, usize)> = (0..=text.len())
                .step_by(3)
                .flat_map(|at| [(at, at), (at, (at + 9).min(text.len()))])
                .collect();
            let mut overlapping = overlapping;
            overlapping.sort_unstable();
            overlapping.dedup();
            assert!(
                locate(text, root, &overlapping) == expected(&overlapping),
                "{}",
                &text[..text.len().min(200)]
            );
        }
    }
}
