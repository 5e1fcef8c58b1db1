//! The rows of the catalogue, one file per family: the module an API belongs to, which is also
//! the documentation page it is on (`docs/<family>.md`; [`super::docs::family`] says which).
//! Each file's rows are sorted by symbol; [`ENTRIES`] is all of them, merged and sorted at
//! compile time.
//!
//! Facts (versions, replacements) were taken from `shared/removals.json`, which was checked
//! against real interpreters; `tests/interpreters/` checks this table against them again.
//! Every row carries a `before`/`after` example; `tests/docs.rs` runs them as tests.

mod _crypt;
mod _pyio;
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
mod builtins;
mod cgi;
mod cgitb;
mod chunk;
mod collections;
mod configparser;
mod crypt;
mod csv;
mod ctypes;
mod decimal;
mod dis;
mod distutils;
mod email;
mod ftplib;
mod glob;
mod gzip;
mod hashlib;
mod http;
mod imaplib;
mod imghdr;
mod imp;
mod importlib;
mod io;
mod ipaddress;
mod json;
mod lib2to3;
mod locale;
mod logging;
mod mailcap;
mod mimetypes;
mod msilib;
mod nis;
mod nntplib;
mod nturl2path;
mod opcode;
mod optparse;
mod ossaudiodev;
mod pathlib;
mod pipes;
mod pkgutil;
mod platform;
mod poplib;
mod pty;
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
mod sunau;
mod symtable;
mod sys;
mod sysconfig;
mod tabnanny;
mod tarfile;
mod telnetlib;
mod tempfile;
mod threading;
mod tkinter;
mod token;
mod tokenize;
mod turtle;
mod types;
mod typing;
mod unittest;
mod urllib;
mod uu;
mod wave;
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
    pub(super) use super::super::{ApiKind, CallShape, Detection, Entry, Hook, HookFinder, Operand};
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
    ("_crypt", _crypt::ROWS),
    ("_pyio", _pyio::ROWS),
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
    ("builtins", builtins::ROWS),
    ("cgi", cgi::ROWS),
    ("cgitb", cgitb::ROWS),
    ("chunk", chunk::ROWS),
    ("collections", collections::ROWS),
    ("configparser", configparser::ROWS),
    ("crypt", crypt::ROWS),
    ("csv", csv::ROWS),
    ("ctypes", ctypes::ROWS),
    ("decimal", decimal::ROWS),
    ("dis", dis::ROWS),
    ("distutils", distutils::ROWS),
    ("email", email::ROWS),
    ("ftplib", ftplib::ROWS),
    ("glob", glob::ROWS),
    ("gzip", gzip::ROWS),
    ("hashlib", hashlib::ROWS),
    ("http", http::ROWS),
    ("imaplib", imaplib::ROWS),
    ("imghdr", imghdr::ROWS),
    ("imp", imp::ROWS),
    ("importlib", importlib::ROWS),
    ("io", io::ROWS),
    ("ipaddress", ipaddress::ROWS),
    ("json", json::ROWS),
    ("lib2to3", lib2to3::ROWS),
    ("locale", locale::ROWS),
    ("logging", logging::ROWS),
    ("mailcap", mailcap::ROWS),
    ("mimetypes", mimetypes::ROWS),
    ("msilib", msilib::ROWS),
    ("nis", nis::ROWS),
    ("nntplib", nntplib::ROWS),
    ("nturl2path", nturl2path::ROWS),
    ("opcode", opcode::ROWS),
    ("optparse", optparse::ROWS),
    ("ossaudiodev", ossaudiodev::ROWS),
    ("pathlib", pathlib::ROWS),
    ("pipes", pipes::ROWS),
    ("pkgutil", pkgutil::ROWS),
    ("platform", platform::ROWS),
    ("poplib", poplib::ROWS),
    ("pty", pty::ROWS),
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
    ("sunau", sunau::ROWS),
    ("symtable", symtable::ROWS),
    ("sys", sys::ROWS),
    ("sysconfig", sysconfig::ROWS),
    ("tabnanny", tabnanny::ROWS),
    ("tarfile", tarfile::ROWS),
    ("telnetlib", telnetlib::ROWS),
    ("tempfile", tempfile::ROWS),
    ("threading", threading::ROWS),
    ("tkinter", tkinter::ROWS),
    ("token", token::ROWS),
    ("tokenize", tokenize::ROWS),
    ("turtle", turtle::ROWS),
    ("types", types::ROWS),
    ("typing", typing::ROWS),
    ("unittest", unittest::ROWS),
    ("urllib", urllib::ROWS),
    ("uu", uu::ROWS),
    ("wave", wave::ROWS),
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
            let entry = FAMILIES[family].1[row];
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
