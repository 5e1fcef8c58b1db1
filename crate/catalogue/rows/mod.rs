//! The rows of the catalogue, one file per family: the module an API belongs to, which is also
//! the documentation page it is on (`docs/<family>.md`; [`super::docs::family`] says which).
//! Each file's rows are sorted by symbol; [`ENTRIES`] is all of them, merged and sorted at
//! compile time.
//!
//! Facts (versions, replacements) were taken from `shared/removals.json`, which was checked
//! against real interpreters; `tests/interpreters/` checks this table against them again.
//! Every row carries a `before`/`after` example; `tests/docs.rs` runs them as tests.

mod _ast;
mod _bootlocale;
mod _crypt;
mod _dummy_thread;
mod _gestalt;
mod _markupbase;
mod _msi;
mod _pyio;
mod _tkinter;
mod abc;
mod aifc;
mod annotationlib;
mod argparse;
mod array;
mod ast;
mod asynchat;
mod asyncio;
mod asyncore;
mod audioop;
mod base64;
mod bdb;
mod binascii;
mod binhex;
mod builtins;
mod bz2;
mod calendar;
mod cgi;
mod cgitb;
mod chunk;
mod codecs;
mod collections;
mod concurrent;
mod configparser;
mod contextlib;
mod crypt;
mod csv;
mod ctypes;
mod curses;
mod datetime;
mod decimal;
mod difflib;
mod dis;
mod distutils;
mod dummy_threading;
mod email;
#[path = "enum.rs"]
mod enum_;
mod fileinput;
mod formatter;
mod fpectl;
mod fractions;
mod ftplib;
mod functools;
mod gettext;
mod glob;
mod grp;
mod gzip;
mod hashlib;
mod hmac;
mod html;
mod http;
mod imaplib;
mod imghdr;
mod imp;
mod importlib;
mod inspect;
mod io;
mod ipaddress;
mod json;
mod keyword;
mod lib2to3;
mod locale;
mod logging;
mod macpath;
mod macurl2path;
mod mailcap;
mod math;
mod mimetypes;
mod msilib;
mod multiprocessing;
mod nis;
mod nntplib;
mod ntpath;
mod nturl2path;
mod opcode;
mod optparse;
mod os;
mod ossaudiodev;
mod parser;
mod pathlib;
mod pdb;
mod pipes;
mod pkgutil;
mod platform;
mod plistlib;
mod poplib;
mod profile;
mod pty;
mod pydoc;
mod python;
mod random;
mod re;
mod shlex;
mod shutil;
mod smtpd;
mod smtplib;
mod sndhdr;
mod socketserver;
mod spwd;
mod sqlite3;
mod sre_compile;
mod sre_constants;
mod sre_parse;
mod ssl;
mod string;
mod subprocess;
mod sunau;
mod symbol;
mod symtable;
mod sys;
mod sysconfig;
mod tabnanny;
mod tarfile;
mod telnetlib;
mod tempfile;
mod threading;
mod time;
mod tkinter;
mod token;
mod tokenize;
mod trace;
mod traceback;
mod turtle;
mod types;
mod typing;
mod unicodedata;
mod unittest;
#[path = "CDIO.rs"]
mod upper_cdio;
#[path = "CDROM.rs"]
mod upper_cdrom;
#[path = "cProfile.rs"]
mod upper_cprofile;
#[path = "DLFCN.rs"]
mod upper_dlfcn;
#[path = "IN.rs"]
mod upper_in;
#[path = "STROPTS.rs"]
mod upper_stropts;
#[path = "TYPES.rs"]
mod upper_types;
mod urllib;
mod uu;
mod uuid;
mod wave;
mod weakref;
mod webbrowser;
mod wsgiref;
mod xdrlib;
mod xml;
mod zipimport;
mod zlib;

use super::Entry;

/// What a family file needs to spell its rows.
mod prelude {
    pub(super) use super::super::fixes::{auto, constructor, rename, replace, Recipe, Remedy, Shape};
    pub(super) use super::super::{
        ApiKind, CallShape, Detection, Entry, Hook, HookFinder, HookRole, Operand, ParameterCount,
    };
    pub(super) use crate::edit::Applicability::{Safe, Unsafe};
    pub(super) use crate::semantic::guards::Failure;
    pub(super) use crate::version::PythonVersion;

    /// Python `3.minor`.
    pub(super) const fn v(minor: u8) -> PythonVersion {
        PythonVersion::new(minor)
    }

    pub(super) const FIND_SPEC: &str = "define find_spec(fullname, path, target=None) returning importlib.util.spec_from_loader(...); the import system ignores find_module since 3.12";
    pub(super) const FIND_SPEC_WHY: &str =
        "PEP 451 module specs replaced the finder protocol of PEP 302; 3.12 stopped falling back to it";
    pub(super) const MODULE_REPR: &str =
        "nothing: module reprs come from the module's __spec__; delete the method";
    pub(super) const MODULE_REPR_WHY: &str =
        "module reprs are built from __spec__ since 3.4; the loader hook is no longer called";
}

/// Every family: its name (the page `docs/<name>.md`) and its rows. A new family is a new file
/// and a line here.
pub(super) const FAMILIES: &[(&str, &[Entry])] = &[
    ("CDIO", upper_cdio::ROWS),
    ("CDROM", upper_cdrom::ROWS),
    ("DLFCN", upper_dlfcn::ROWS),
    ("IN", upper_in::ROWS),
    ("STROPTS", upper_stropts::ROWS),
    ("TYPES", upper_types::ROWS),
    ("_ast", _ast::ROWS),
    ("_bootlocale", _bootlocale::ROWS),
    ("_crypt", _crypt::ROWS),
    ("_dummy_thread", _dummy_thread::ROWS),
    ("_gestalt", _gestalt::ROWS),
    ("_markupbase", _markupbase::ROWS),
    ("_msi", _msi::ROWS),
    ("_pyio", _pyio::ROWS),
    ("_tkinter", _tkinter::ROWS),
    ("abc", abc::ROWS),
    ("aifc", aifc::ROWS),
    ("annotationlib", annotationlib::ROWS),
    ("argparse", argparse::ROWS),
    ("array", array::ROWS),
    ("ast", ast::ROWS),
    ("asynchat", asynchat::ROWS),
    ("asyncio", asyncio::ROWS),
    ("asyncore", asyncore::ROWS),
    ("audioop", audioop::ROWS),
    ("base64", base64::ROWS),
    ("bdb", bdb::ROWS),
    ("binascii", binascii::ROWS),
    ("binhex", binhex::ROWS),
    ("builtins", builtins::ROWS),
    ("bz2", bz2::ROWS),
    ("cProfile", upper_cprofile::ROWS),
    ("calendar", calendar::ROWS),
    ("cgi", cgi::ROWS),
    ("cgitb", cgitb::ROWS),
    ("chunk", chunk::ROWS),
    ("codecs", codecs::ROWS),
    ("collections", collections::ROWS),
    ("concurrent", concurrent::ROWS),
    ("configparser", configparser::ROWS),
    ("contextlib", contextlib::ROWS),
    ("crypt", crypt::ROWS),
    ("csv", csv::ROWS),
    ("ctypes", ctypes::ROWS),
    ("curses", curses::ROWS),
    ("datetime", datetime::ROWS),
    ("decimal", decimal::ROWS),
    ("difflib", difflib::ROWS),
    ("dis", dis::ROWS),
    ("distutils", distutils::ROWS),
    ("dummy_threading", dummy_threading::ROWS),
    ("email", email::ROWS),
    ("enum", enum_::ROWS),
    ("fileinput", fileinput::ROWS),
    ("formatter", formatter::ROWS),
    ("fpectl", fpectl::ROWS),
    ("fractions", fractions::ROWS),
    ("ftplib", ftplib::ROWS),
    ("functools", functools::ROWS),
    ("gettext", gettext::ROWS),
    ("glob", glob::ROWS),
    ("grp", grp::ROWS),
    ("gzip", gzip::ROWS),
    ("hashlib", hashlib::ROWS),
    ("hmac", hmac::ROWS),
    ("html", html::ROWS),
    ("http", http::ROWS),
    ("imaplib", imaplib::ROWS),
    ("imghdr", imghdr::ROWS),
    ("imp", imp::ROWS),
    ("importlib", importlib::ROWS),
    ("inspect", inspect::ROWS),
    ("io", io::ROWS),
    ("ipaddress", ipaddress::ROWS),
    ("json", json::ROWS),
    ("keyword", keyword::ROWS),
    ("lib2to3", lib2to3::ROWS),
    ("locale", locale::ROWS),
    ("logging", logging::ROWS),
    ("macpath", macpath::ROWS),
    ("macurl2path", macurl2path::ROWS),
    ("mailcap", mailcap::ROWS),
    ("math", math::ROWS),
    ("mimetypes", mimetypes::ROWS),
    ("msilib", msilib::ROWS),
    ("multiprocessing", multiprocessing::ROWS),
    ("nis", nis::ROWS),
    ("nntplib", nntplib::ROWS),
    ("ntpath", ntpath::ROWS),
    ("nturl2path", nturl2path::ROWS),
    ("opcode", opcode::ROWS),
    ("optparse", optparse::ROWS),
    ("os", os::ROWS),
    ("ossaudiodev", ossaudiodev::ROWS),
    ("parser", parser::ROWS),
    ("pathlib", pathlib::ROWS),
    ("pdb", pdb::ROWS),
    ("pipes", pipes::ROWS),
    ("pkgutil", pkgutil::ROWS),
    ("platform", platform::ROWS),
    ("plistlib", plistlib::ROWS),
    ("poplib", poplib::ROWS),
    ("profile", profile::ROWS),
    ("pty", pty::ROWS),
    ("pydoc", pydoc::ROWS),
    ("python", python::ROWS),
    ("random", random::ROWS),
    ("re", re::ROWS),
    ("shlex", shlex::ROWS),
    ("shutil", shutil::ROWS),
    ("smtpd", smtpd::ROWS),
    ("smtplib", smtplib::ROWS),
    ("sndhdr", sndhdr::ROWS),
    ("socketserver", socketserver::ROWS),
    ("spwd", spwd::ROWS),
    ("sqlite3", sqlite3::ROWS),
    ("sre_compile", sre_compile::ROWS),
    ("sre_constants", sre_constants::ROWS),
    ("sre_parse", sre_parse::ROWS),
    ("ssl", ssl::ROWS),
    ("string", string::ROWS),
    ("subprocess", subprocess::ROWS),
    ("sunau", sunau::ROWS),
    ("symbol", symbol::ROWS),
    ("symtable", symtable::ROWS),
    ("sys", sys::ROWS),
    ("sysconfig", sysconfig::ROWS),
    ("tabnanny", tabnanny::ROWS),
    ("tarfile", tarfile::ROWS),
    ("telnetlib", telnetlib::ROWS),
    ("tempfile", tempfile::ROWS),
    ("threading", threading::ROWS),
    ("time", time::ROWS),
    ("tkinter", tkinter::ROWS),
    ("token", token::ROWS),
    ("tokenize", tokenize::ROWS),
    ("trace", trace::ROWS),
    ("traceback", traceback::ROWS),
    ("turtle", turtle::ROWS),
    ("types", types::ROWS),
    ("typing", typing::ROWS),
    ("unicodedata", unicodedata::ROWS),
    ("unittest", unittest::ROWS),
    ("urllib", urllib::ROWS),
    ("uu", uu::ROWS),
    ("uuid", uuid::ROWS),
    ("wave", wave::ROWS),
    ("weakref", weakref::ROWS),
    ("webbrowser", webbrowser::ROWS),
    ("wsgiref", wsgiref::ROWS),
    ("xdrlib", xdrlib::ROWS),
    ("xml", xml::ROWS),
    ("zipimport", zipimport::ROWS),
    ("zlib", zlib::ROWS),
];

const COUNT: usize = {
    let mut count = 0;
    let mut family = 0;
    while family < FAMILIES.len() {
        count += FAMILIES[family].1.len();
        family += 1;
    }
    count
};

/// Whether `a` sorts before `b` (byte order, as `str`'s `Ord`).
const fn sorts_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut at = 0;
    while at < a.len() && at < b.len() {
        if a[at] != b[at] {
            return a[at] < b[at];
        }
        at += 1;
    }
    a.len() < b.len()
}

/// The rows of every family, merged into one list sorted by symbol (an insertion sort: each
/// family is sorted already).
const fn merged() -> [Entry; COUNT] {
    let mut rows = [FAMILIES[0].1[0]; COUNT];
    let mut len = 0;
    let mut family = 0;
    while family < FAMILIES.len() {
        let mut row = 0;
        while row < FAMILIES[family].1.len() {
            let mut entry = FAMILIES[family].1[row];
            // Without the `examples` feature the programs are left out of the build: only
            // what `MERGED` holds is compiled in, and the literals are not reachable from it.
            if !cfg!(feature = "examples") {
                entry.before = "";
                entry.after = "";
            }
            // The same for the reasons without the `whys` feature (the page fetches them).
            if !cfg!(feature = "whys") {
                entry.why = "";
            }
            // A module that only renders reports (`render-only`, the playground's second
            // module) reads an entry's names, versions and replacement (to read findings
            // back): the reasons and the fixes' recipes are left out of it as well.
            if cfg!(feature = "render-only") {
                entry.why = "";
                entry.also_known_as = &[];
                entry.fix = super::Remedy::Manual;
            }
            // The playground's first module (`first-only`) checks and nothing else: the docs'
            // other names of an entry and the reasons a fix is manual are left out of it (its
            // full engine, which the docs use, has them).
            if cfg!(feature = "first-only") {
                entry.also_known_as = &[];
                if let super::Remedy::ManualBecause(_) = entry.fix {
                    entry.fix = super::Remedy::Manual;
                }
            }
            let mut at = len;
            while at > 0 && sorts_before(entry.symbol, rows[at - 1].symbol) {
                rows[at] = rows[at - 1];
                at -= 1;
            }
            rows[at] = entry;
            len += 1;
            row += 1;
        }
        family += 1;
    }
    rows
}

static MERGED: [Entry; COUNT] = merged();

/// Every entry of the catalogue, sorted by symbol.
pub static ENTRIES: &[Entry] = &MERGED;
