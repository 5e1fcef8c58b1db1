// Verifies the catalogue's removedIn versions against real CPython interpreters.
//
//   node --test tests/interpreters/
//
// Every entry must be present in each probed version before removedIn and absent
// in each probed version from removedIn on. Interpreters: native CPython 3.11
// (required), Pyodide 0.22.1 / 0.25.1 / 0.27.7 / 0.29.3 / 314.0.7 / 315.0.0-alpha.2 =
// CPython 3.10 / 3.11 / 3.12 / 3.13 / 3.14 / 3.15.0rc1 from npm (required
// devDependencies), and native CPython
// builds when present (3.6 to 3.9 only natively), which answer where Pyodide leaves a
// module out and cross-check it elsewhere.
//
// PYSUNSET_CATALOGUE_JSON=<file>: read the catalogue from that JSON file (same shape
// as `pysunset --catalogue`) instead of running target/release/pysunset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const PROBE = join(HERE, 'probe.py');
const RUNNER = join(HERE, 'run-pyodide.mjs');
const CLI = join(ROOT, 'target/release/pysunset');
const TIMEOUT_MS = 240_000;

// The columns: one CPython minor version each. `pyodide` is the npm alias folder. The columns
// before 3.10 are native builds only (pyenv's 3.6 to 3.9 here): optional, as CI machines may
// not carry them; without one, that column is left out and the run says so (no Pyodide for
// 3.8 or 3.9 is on npm: the tarballs before 0.21 hold only the loader). Removals before 3.6 can
// only be checked as absent from every column.
const COLUMNS = [
  { version: '3.6', pyodide: null, optional: true },
  { version: '3.7', pyodide: null, optional: true },
  { version: '3.8', pyodide: null, optional: true },
  { version: '3.9', pyodide: null, optional: true },
  { version: '3.10', pyodide: 'py310' },
  { version: '3.11', pyodide: 'py311' },
  { version: '3.12', pyodide: 'py312' },
  { version: '3.13', pyodide: 'py313' },
  { version: '3.14', pyodide: 'py314' },
  // A release candidate (315.0.0-alpha.2 bundles CPython 3.15.0rc1): it pins the 3.15 removals.
  { version: '3.15', pyodide: 'py315' },
];
// Known answers that check the probe itself in every interpreter.
const CONTROLS = [
  { symbol: 'os.path.join', kind: 'function', expect: true },
  { symbol: 'typing', kind: 'module', expect: true },
  { symbol: 'unittest.TestCase.assertEqual', kind: 'method', expect: true },
  { symbol: 'os.pysunset_no_such_name', kind: 'function', expect: false },
  { symbol: 'pysunset_no_such_module', kind: 'module', expect: false },
  { symbol: 'PYSUNSET_ENV', kind: 'env-var', expect: null },
];

const cmpVersion = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
};
const tail = (text, n = 6) =>
  text.trim().split('\n').slice(-n).map((l) => (l.length > 300 ? l.slice(0, 300) + '…' : l)).join('\n');

function run(cmd, args, input) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, stdout, stderr: String(error) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: signal ? `signal ${signal}` : code, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

async function loadCatalogue() {
  const override = process.env.PYSUNSET_CATALOGUE_JSON;
  if (override) {
    return { source: `PYSUNSET_CATALOGUE_JSON=${override}`, entries: JSON.parse(readFileSync(resolve(override), 'utf8')) };
  }
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build it first with \`cargo build --release\` at the repo root`);
  }
  const r = await run(CLI, ['--catalogue']);
  if (r.code !== 0) throw new Error(`${CLI} --catalogue exited with ${r.code}:\n${tail(r.stderr)}`);
  return { source: 'target/release/pysunset --catalogue', entries: JSON.parse(r.stdout) };
}

// Native CPython X.Y candidates: python3, python3.Y on PATH, then pyenv builds (newest patch first).
async function findNative(version) {
  const names = version === '3.11' ? ['python3', 'python3.11'] : [`python${version}`];
  const candidates = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const n of names) if (dir && existsSync(join(dir, n))) candidates.push(join(dir, n));
  }
  for (const root of [process.env.PYENV_ROOT, join(homedir(), '.pyenv')]) {
    const dir = root && join(root, 'versions');
    if (!dir || !existsSync(dir)) continue;
    const builds = readdirSync(dir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && v.startsWith(version + '.'));
    builds.sort((a, b) => cmpVersion(b, a));
    for (const b of builds) candidates.push(join(dir, b, 'bin/python3'));
  }
  const seen = new Set();
  for (const c of candidates) {
    let real;
    try {
      real = realpathSync(c);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const r = await run(c, ['-I', '-S', '-c', 'import sys; print("%d.%d" % sys.version_info[:2])']);
    if (r.code === 0 && r.stdout.trim() === version) return c; // pyenv shims fail here when not selected
  }
  return null;
}

// Runs probe.py in one interpreter. Returns { label, kind, ok, output | error }.
async function probeNative(python, items) {
  const r = await run(python, ['-I', '-S', '-W', 'ignore', PROBE], JSON.stringify(items));
  if (r.code !== 0) return { ok: false, error: `${python} exited with ${r.code}:\n${tail(r.stderr)}` };
  const output = JSON.parse(r.stdout);
  return { ok: true, output, label: `CPython ${output.python} native` };
}
async function probePyodide(alias, items) {
  const folder = join(ROOT, 'node_modules', alias);
  if (!existsSync(join(folder, 'pyodide.mjs'))) {
    return { ok: false, error: `node_modules/${alias} is missing: run \`npm install\` in ${ROOT} (devDependency ${alias})` };
  }
  const r = await run(process.execPath, [RUNNER, folder, PROBE], JSON.stringify(items));
  if (r.code !== 0) return { ok: false, error: `Pyodide ${alias} exited with ${r.code}:\n${tail(r.stderr)}` };
  const output = JSON.parse(r.stdout);
  return { ok: true, output, label: `Pyodide ${output.pyodide} = CPython ${output.python}` };
}

const started = Date.now();
let setupError = null;
let catalogue = { source: '', entries: [] };
let columns = [];
let missingColumns = [];
try {
  catalogue = await loadCatalogue();
  const items = [...catalogue.entries, ...CONTROLS].map(({ symbol, kind }) => ({ symbol, kind }));
  // Every interpreter at once: each Pyodide in its own Node process (loading takes seconds).
  columns = await Promise.all(
    COLUMNS.map(async (col) => {
      const natives = await findNative(col.version);
      const [pyo, nat] = await Promise.all([
        col.pyodide ? probePyodide(col.pyodide, items) : null,
        natives ? probeNative(natives, items) : null,
      ]);
      // Pyodide first (pinned by npm), the native build where Pyodide cannot answer.
      const sources = [pyo, nat].filter(Boolean);
      return { ...col, sources, nativePath: natives };
    }),
  );
  missingColumns = columns.filter((col) => col.optional && !col.sources.length).map((col) => col.version);
  columns = columns.filter((col) => !col.optional || col.sources.length);
} catch (error) {
  setupError = error;
}
const elapsed = ((Date.now() - started) / 1000).toFixed(1);

// Merge the sources of a column: the first source that answers wins; record disagreements.
function answer(col, symbol) {
  const seen = [];
  for (const s of col.sources) {
    if (!s.ok) continue;
    const v = s.output.results[symbol];
    seen.push({ label: s.label, value: v, reason: s.output.reasons[symbol] });
  }
  const answered = seen.filter((s) => s.value !== null && s.value !== undefined);
  const disagreement = new Set(answered.map((s) => s.value)).size > 1 ? answered : null;
  if (answered.length) return { value: answered[0].value, by: answered[0].label, fallback: answered[0] !== seen[0], disagreement };
  const reasons = seen.map((s) => `${s.label}: ${s.reason ?? 'no answer'}`);
  if (!col.nativePath) reasons.push(`no native CPython ${col.version} was found to fall back on`);
  return { value: null, reasons, disagreement: null };
}
const word = (v) => (v === true ? 'present' : v === false ? 'absent' : 'unknown');

// Names that exist only on another platform: the interpreters here (Linux, Emscripten) cannot
// show them, so their columns count as unanswered rather than "absent".
const PLATFORM_ONLY = [
  ['_gestalt', 'macOS'],
  ['asyncio._overlapped', 'Windows'],
  ['asyncio.windows_utils', 'Windows'],
  ['asyncio.WindowsProactorEventLoopPolicy', 'Windows'],
  ['asyncio.WindowsSelectorEventLoopPolicy', 'Windows'],
  ['msilib', 'Windows'],
  ['sys._enablelegacywindowsfsencoding', 'Windows'],
  ['webbrowser.MacOSX', 'macOS'],
  ['webbrowser.MacOSXOSAScript', 'macOS'],
];
// Entries no interpreter here can show, and why: their columns count as unanswered.
const UNPROBEABLE = new Map([
  ['ssl.PROTOCOL_SSLv3', 'exists only where OpenSSL was built with SSL 3.0, which no current build is'],
  ['sys.last_traceback', 'set only after an unhandled exception in the interactive interpreter'],
  ['sys.last_type', 'set only after an unhandled exception in the interactive interpreter'],
  ['sys.last_value', 'set only after an unhandled exception in the interactive interpreter'],
  ['sys.getcounts', 'existed only in COUNT_ALLOCS debug builds'],
  ['fpectl', 'was only built with --with-fpectl'],
]);
// Removals that a maintenance release of the previous version already made: that column may
// lack them (the native builds are late patch releases).
const BACKPORTED = new Map([['multiprocessing.managers.DictProxy.has_key', '3.7']]);
const platformOf = (symbol) =>
  PLATFORM_ONLY.find(([name]) => symbol === name || symbol.startsWith(`${name}.`))?.[1];

// Verdict for one entry: failures (wrong table) and gaps (columns nobody could answer).
// It must be present in the last probed version before its removal (earlier versions may
// predate it: opcode.is_pseudo came in 3.12 and went in 3.13) and absent from every probed
// version from its removal on.
function judge(entry) {
  if (entry.removedIn === null) return judgeUndated(entry);
  if (!/^\d+\.\d+$/.test(entry.removedIn ?? '')) {
    return { failures: [`removedIn ${JSON.stringify(entry.removedIn)} is not a version`], gaps: [], cells: [], seenText: '', observed: '', status: 'FAIL' };
  }
  const failures = [];
  const gaps = [];
  const cells = [];
  const platform = platformOf(entry.symbol);
  const lastBefore = [...columns].reverse().find((col) => cmpVersion(col.version, entry.removedIn) < 0);
  for (const col of columns) {
    let a = answer(col, entry.symbol);
    if (platform && a.value === false) {
      a = { value: null, reasons: [`exists only on ${platform}; these interpreters run on Linux and Emscripten`], disagreement: null };
    }
    if (UNPROBEABLE.has(entry.symbol)) a = { value: null, reasons: [UNPROBEABLE.get(entry.symbol)], disagreement: null };
    cells.push({ col, a });
    if (a.disagreement) {
      failures.push(`${col.version}: interpreters disagree (${a.disagreement.map((d) => `${d.label} says ${word(d.value)}`).join(', ')})`);
    }
    const expected = cmpVersion(col.version, entry.removedIn) < 0;
    if (a.value === null) gaps.push({ version: col.version, reasons: a.reasons });
    else if (expected && a.value === false && col !== lastBefore) {
      // Not there yet in an older version: it was added after it.
    } else if (expected && a.value === false && BACKPORTED.get(entry.symbol) === col.version) {
      // Already gone in the late patch release of this version.
    } else if (a.value !== expected) {
      failures.push(
        expected
          ? `expected present in ${col.version} (removedIn ${entry.removedIn}), but ${a.by} does not have it`
          : `expected absent from ${col.version} (removedIn ${entry.removedIn}), but ${a.by} still has it`,
      );
    }
  }
  const seenText = cells.map(({ col, a }) => `${col.version} ${word(a.value)}`).join(', ');
  const firstAbsent = cells.find(({ a }, i) => a.value === false && cells.slice(0, i).some((c) => c.a.value === true));
  const observed = firstAbsent ? `removed in ${firstAbsent.col.version}` : cells.some(({ a }) => a.value === false) ? 'absent everywhere probed' : 'present in every version probed';
  // The removal version is pinned when the last version before removedIn and removedIn itself answered.
  const before = [...cells].reverse().find(({ col }) => cmpVersion(col.version, entry.removedIn) < 0);
  const at = cells.find(({ col }) => cmpVersion(col.version, entry.removedIn) === 0);
  const pinned = before && before.a.value !== null && (!at || at.a.value !== null);
  const status = failures.length ? 'FAIL' : pinned && !gaps.length ? 'verified' : pinned ? 'verified*' : cells.some(({ a }) => a.value !== null) ? 'partial' : 'not verifiable';
  return { failures, gaps, cells, seenText, observed, status };
}

// An undated deprecation (removedIn null) must still be there: present in the newest column that
// answers, and never gone again in a later column once present (older columns may predate it).
function judgeUndated(entry) {
  const failures = [];
  const gaps = [];
  const cells = [];
  for (const col of columns) {
    let a = answer(col, entry.symbol);
    if (UNPROBEABLE.has(entry.symbol)) a = { value: null, reasons: [UNPROBEABLE.get(entry.symbol)], disagreement: null };
    cells.push({ col, a });
    if (a.disagreement) {
      failures.push(`${col.version}: interpreters disagree (${a.disagreement.map((d) => `${d.label} says ${word(d.value)}`).join(', ')})`);
    }
    if (a.value === null) gaps.push({ version: col.version, reasons: a.reasons });
  }
  const answered = cells.filter(({ a }) => a.value !== null);
  const firstPresent = answered.findIndex(({ a }) => a.value === true);
  for (const { col, a } of firstPresent < 0 ? answered : answered.slice(firstPresent)) {
    if (a.value === false) failures.push(`deprecated without a removal date, but ${a.by} (${col.version}) does not have it`);
  }
  const newest = answered[answered.length - 1];
  const seenText = cells.map(({ col, a }) => `${col.version} ${word(a.value)}`).join(', ');
  const observed = answered.every(({ a }) => a.value) ? 'present in every version probed' : 'absent somewhere';
  const pinned = newest && newest.a.value === true && cells[cells.length - 1].a.value !== null;
  const status = failures.length ? 'FAIL' : pinned && !gaps.length ? 'verified' : pinned ? 'verified*' : answered.length ? 'partial' : 'not verifiable';
  return { failures, gaps, cells, seenText, observed, status };
}

// Whether calling the API warns in a column: the first source that could run the call answers.
function warnAnswer(col, symbol) {
  for (const s of col.sources.filter((x) => x.ok)) {
    const value = s.output.warns?.[symbol];
    if (value === true || value === false) return { value, by: s.label };
  }
  return { value: null, by: null };
}

// A deprecation the interpreters show by warning (probe.py's WARNING_PROBES): calling the API
// must warn in every column from deprecatedIn on, and no longer from withdrawnIn on (nor before
// deprecatedIn). A withdrawn deprecation must have such a probe: its presence proves nothing.
function judgeWarnings(entry) {
  const probed = columns.some((col) => col.sources.some((s) => s.ok && s.output.warns && entry.symbol in s.output.warns));
  if (!probed) return entry.withdrawnIn ? [`withdrawnIn ${entry.withdrawnIn}, but probe.py has no WARNING_PROBES call for it`] : [];
  const failures = [];
  for (const col of columns) {
    const a = warnAnswer(col, entry.symbol);
    if (a.value === null) continue;
    const expected = cmpVersion(col.version, entry.deprecatedIn) >= 0 && (!entry.withdrawnIn || cmpVersion(col.version, entry.withdrawnIn) < 0);
    if (a.value !== expected) {
      failures.push(`${col.version}: expected the call ${expected ? 'to warn' : 'not to warn'} (deprecatedIn ${entry.deprecatedIn}, withdrawnIn ${entry.withdrawnIn ?? 'none'}), but under ${a.by} it ${a.value ? 'warns' : 'does not'}`);
    }
  }
  return failures;
}

// The reasons of an entry's unanswered columns, each reason once with the interpreters that gave it.
function reasonText(v) {
  const byReason = new Map();
  for (const r of v.gaps.flatMap((g) => g.reasons)) {
    const i = r.indexOf(': ');
    const [who, why] = i < 0 ? ['', r] : [r.slice(0, i), r.slice(i + 2)];
    if (!byReason.has(why)) byReason.set(why, []);
    if (who) byReason.get(why).push(who);
  }
  const all = columns.flatMap((c) => c.sources.filter((s) => s.ok)).length;
  // A reason every interpreter gives belongs to the entry itself (e.g. an env var): show it alone.
  const everywhere = [...byReason].filter(([, who]) => who.length === all);
  return (everywhere.length ? everywhere : [...byReason])
    .map(([why, who]) => (who.length === all ? `${why} (every interpreter)` : `${why} (${who.join(', ') || 'no interpreter'})`))
    .join('; ');
}

const verdicts = setupError
  ? []
  : catalogue.entries.map((e) => {
      const verdict = judge(e);
      const failures = [...verdict.failures, ...judgeWarnings(e)];
      return { entry: e, ...verdict, failures, status: failures.length ? 'FAIL' : verdict.status };
    });

if (!setupError) {
  const out = [];
  out.push(`\nCatalogue: ${catalogue.entries.length} entries from ${catalogue.source}; interpreters probed in ${elapsed}s`);
  out.push('\nInterpreters (present / absent / unknown, over the catalogue):');
  for (const col of columns) {
    for (const s of col.sources) {
      if (!s.ok) {
        out.push(`  ${col.version}  FAILED: ${s.error.split('\n')[0]}`);
        continue;
      }
      const vals = catalogue.entries.map((e) => s.output.results[e.symbol]);
      const n = (v) => vals.filter((x) => x === v).length;
      out.push(`  ${col.version}  ${s.label.padEnd(34)} ${String(n(true)).padStart(3)} / ${String(n(false)).padStart(3)} / ${String(n(null)).padStart(3)}`);
    }
    if (col.pyodide && !col.nativePath) out.push(`  ${col.version}  (no native CPython ${col.version} found: Pyodide only)`);
  }
  for (const version of missingColumns) out.push(`  ${version}  skipped: no native CPython ${version} found (pyenv's ~/.pyenv/versions/${version}.x or python${version} on PATH)`);
  const width = Math.max(...catalogue.entries.map((e) => e.symbol.length), 6);
  out.push(`\n${'symbol'.padEnd(width)}  removed  ${columns.map((c) => c.version.padEnd(9)).join('')}verdict`);
  for (const v of verdicts) {
    const cells = v.cells.map(({ a }) => (word(a.value) + (a.fallback ? '+' : '')).padEnd(9)).join('');
    out.push(`${v.entry.symbol.padEnd(width)}  ${(v.entry.removedIn ?? 'no date').padEnd(7)}  ${cells}${v.status}`);
  }
  out.push("('+': answered by the native build because Pyodide could not; 'verified*': removal version pinned, other columns unknown)");
  const unverified = verdicts.filter((v) => v.gaps.length);
  out.push(`\nNot verifiable (${unverified.length}):`);
  if (!unverified.length) out.push('  none');
  for (const v of unverified) {
    const cols = v.gaps.map((g) => g.version).join(', ');
    out.push(`  ${v.entry.symbol} [${v.status}; unknown in ${cols}]: ${reasonText(v)}`);
  }
  const counts = {};
  for (const v of verdicts) counts[v.status] = (counts[v.status] ?? 0) + 1;
  out.push(`\nSummary: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(out.join('\n'));
}

test('catalogue and interpreters are available', () => {
  if (setupError) throw setupError;
  assert.ok(Array.isArray(catalogue.entries) && catalogue.entries.length > 0, `catalogue from ${catalogue.source} is empty`);
  for (const col of columns) {
    assert.ok(col.sources.length > 0, `no interpreter for CPython ${col.version}`);
    for (const s of col.sources) assert.ok(s.ok, `CPython ${col.version}: ${s.error}`);
    for (const s of col.sources) {
      assert.equal(s.output.python.split('.').slice(0, 2).join('.'), col.version, `${s.label} answered for the ${col.version} column`);
    }
  }
  assert.ok(columns.find((c) => c.version === '3.11').nativePath, 'native CPython 3.11 (python3) is required');
});

test('the probe gives known answers in every interpreter', () => {
  if (setupError) return;
  for (const col of columns) {
    for (const s of col.sources.filter((x) => x.ok)) {
      for (const c of CONTROLS) {
        assert.equal(s.output.results[c.symbol], c.expect, `${s.label}: control ${c.symbol} (${c.kind}) should be ${word(c.expect)}`);
      }
    }
  }
});

for (const v of verdicts) {
  const { symbol, kind, removedIn, withdrawnIn } = v.entry;
  const title = removedIn
    ? `${symbol} (${kind}) removed in ${removedIn}`
    : withdrawnIn
      ? `${symbol} (${kind}) deprecated until ${withdrawnIn}`
      : `${symbol} (${kind}) deprecated, no removal date`;
  test(title, (t) => {
    if (!v.failures.length && v.status === 'not verifiable') {
      t.skip(`not verifiable: ${reasonText(v)}`);
      return;
    }
    if (v.failures.length) {
      assert.fail(`${symbol}: catalogue says removedIn ${removedIn ?? 'none (deprecated, no date)'}, but\n  - ${v.failures.join('\n  - ')}\n  seen: ${v.seenText} (${v.observed})`);
    }
  });
}
