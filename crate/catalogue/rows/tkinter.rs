//! The `tkinter` rows of the catalogue (the page `docs/tkinter.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tkinter.Button.tkButtonDown",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Button()
widget.tkButtonDown()
"#,
        after: r#"import tkinter

widget = tkinter.Button()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Button.tkButtonEnter",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Button()
widget.tkButtonEnter()
"#,
        after: r#"import tkinter

widget = tkinter.Button()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Button.tkButtonInvoke",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Button()
widget.tkButtonInvoke()
"#,
        after: r#"import tkinter

widget = tkinter.Button()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Button.tkButtonLeave",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Button()
widget.tkButtonLeave()
"#,
        after: r#"import tkinter

widget = tkinter.Button()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Button.tkButtonUp",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Button()
widget.tkButtonUp()
"#,
        after: r#"import tkinter

widget = tkinter.Button()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_bindForTraversal",
        kind: ApiKind::Method,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "it did nothing since Tk 4.0",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_bindForTraversal()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_firstMenu",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_firstMenu()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_getMenuButtons",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_getMenuButtons()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_invokeMenu",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_invokeMenu()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_mbButtonDown",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_mbButtonDown()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_mbPost",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_mbPost()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_mbUnpost",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_mbUnpost()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_nextMenu",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_nextMenu()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_nextMenuEntry",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_nextMenuEntry()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_traverseToMenu",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_traverseToMenu()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Menu.tk_traverseWithinMenu",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Menu()
widget.tk_traverseWithinMenu()
"#,
        after: r#"import tkinter

widget = tkinter.Menu()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Misc.colormodel",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

class Panel(tkinter.Frame):
    def setup(self):
        self.colormodel()
"#,
        after: r#"import tkinter

class Panel(tkinter.Frame):
    def setup(self):
        self.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Misc.tk_menuBar",
        kind: ApiKind::Method,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "it did nothing since Tk 4.0",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

class Panel(tkinter.Frame):
    def setup(self):
        self.tk_menuBar()
"#,
        after: r#"import tkinter

class Panel(tkinter.Frame):
    def setup(self):
        self.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Studbutton",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "tkinter.Button",
        why: "an obsolete widget of Tk 3",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("Button is a different widget with other options"),
        also_known_as: &[],
        before: r#"import tkinter

button = tkinter.Studbutton()
"#,
        after: r#"import tkinter

button = tkinter.Button()
"#,
    },
    Entry {
        symbol: "tkinter.Text.tk_textBackspace",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Text()
widget.tk_textBackspace()
"#,
        after: r#"import tkinter

widget = tkinter.Text()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Text.tk_textIndexCloser",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Text()
widget.tk_textIndexCloser()
"#,
        after: r#"import tkinter

widget = tkinter.Text()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Text.tk_textResetAnchor",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Text()
widget.tk_textResetAnchor()
"#,
        after: r#"import tkinter

widget = tkinter.Text()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Text.tk_textSelectTo",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the Tk command is gone; use the widget's documented methods",
        why: "Tk 4.0 (1995) removed the Tcl commands these methods called",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter

widget = tkinter.Text()
widget.tk_textSelectTo()
"#,
        after: r#"import tkinter

widget = tkinter.Text()
widget.update_idletasks()
"#,
    },
    Entry {
        symbol: "tkinter.Tributton",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "tkinter.Button",
        why: "an obsolete widget of Tk 3",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("Button is a different widget with other options"),
        also_known_as: &[],
        before: r#"import tkinter

button = tkinter.Tributton()
"#,
        after: r#"import tkinter

button = tkinter.Button()
"#,
    },
    Entry {
        symbol: "tkinter.Variable.trace",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Variable.trace_add(\"write\", callback) (mode names instead of letters)",
        why: "a second name of trace_variable (the same function), deprecated with it: it passes Tcl's old mode letters, which Tcl 9 no longer supports",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("trace_add takes mode names (\"write\") where trace took letters (\"w\")"),
        also_known_as: &[],
        before: r#"import tkinter

name = tkinter.StringVar()
name.trace("w", lambda *args: print(name.get()))
"#,
        after: r#"import tkinter

name = tkinter.StringVar()
name.trace_add("write", lambda *args: print(name.get()))
"#,
    },
    Entry {
        symbol: "tkinter.Variable.trace_variable",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Variable.trace_add(\"write\", callback) (mode names instead of letters)",
        why: "the trace_variable family passes Tcl's old mode letters; trace_add, trace_remove and trace_info (3.6) use Tcl 8.6's trace API",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("trace_add takes mode names (\"write\") where trace_variable took letters (\"w\")"),
        also_known_as: &["tkinter.Variable.trace_variable / trace_vdelete / trace_vinfo"],
        before: r#"import tkinter

name = tkinter.StringVar()
name.trace_variable("w", lambda *args: print(name.get()))
"#,
        after: r#"import tkinter

name = tkinter.StringVar()
name.trace_add("write", lambda *args: print(name.get()))
"#,
    },
    Entry {
        symbol: "tkinter.Variable.trace_vdelete",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Variable.trace_remove(\"write\", name)",
        why: "the trace_variable family passes Tcl's old mode letters; trace_add, trace_remove and trace_info (3.6) use Tcl 8.6's trace API",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("trace_remove takes mode names (\"write\") where trace_vdelete took letters"),
        also_known_as: &[],
        before: r#"import tkinter

name = tkinter.StringVar()
callback = name.trace_add("write", print)
name.trace_vdelete("w", callback)
"#,
        after: r#"import tkinter

name = tkinter.StringVar()
callback = name.trace_add("write", print)
name.trace_remove("write", callback)
"#,
    },
    Entry {
        symbol: "tkinter.Variable.trace_vinfo",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Variable.trace_info()",
        why: "the trace_variable family passes Tcl's old mode letters; trace_add, trace_remove and trace_info (3.6) use Tcl 8.6's trace API",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("trace_info returns (modes tuple, callback name) pairs, not (letters, name)"),
        also_known_as: &[],
        before: r#"import tkinter

name = tkinter.StringVar()
print(name.trace_vinfo())
"#,
        after: r#"import tkinter

name = tkinter.StringVar()
print(name.trace_info())
"#,
    },
    Entry {
        symbol: "tkinter.font.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.font

print(tkinter.font.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "tkinter.tix",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "tkinter.ttk (themed widgets)",
        why: "the Tix Tk extension is unmaintained; ttk offers the same widgets",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.tix as tix

root = tix.Tk()
"#,
        after: r#"import tkinter
from tkinter import ttk

root = tkinter.Tk()
combo = ttk.Combobox(root)
"#,
    },
    Entry {
        symbol: "tkinter.ttk.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.ttk

print(tkinter.ttk.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
