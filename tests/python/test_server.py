"""``pysunset server`` driven by a real LSP client (pytest-lsp, on pygls).

Each test starts its own server, initializes it as an editor would, and checks what comes
back: diagnostics and their ranges (after non-ASCII text, in each position encoding), edits
applied to the text the way an editor applies them, hovers, notebooks, settings from
pyproject.toml, a malformed message, and a clean shutdown.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import subprocess
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from conftest import server_command

TIMEOUT = 20.0


def make_client() -> LanguageClient:
    """The test client, which also keeps every publishDiagnostics it receives, in order."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = list(params.diagnostics)
        client.published.append(params)  # type: ignore[attr-defined]

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    register_lsp_features(
        client,
        {
            **DEFAULT_CLIENT_FEATURES,
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
            types.CLIENT_REGISTER_CAPABILITY: register,
        },
    )
    return client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), client_factory=make_client))
async def client(lsp_client: LanguageClient):
    yield
    # A test that failed before its shutdown leaves the server running: it ends at the end of its
    # input.
    server = lsp_client._server
    if server is not None and server.returncode is None and server.stdin is not None:
        server.stdin.close()


async def initialize(
    client: LanguageClient, root: pathlib.Path | None = None, encodings: list[str] | None = None
) -> types.InitializeResult:
    capabilities = pytest_lsp.client_capabilities("visual-studio-code")
    capabilities.general = types.GeneralClientCapabilities(
        position_encodings=[types.PositionEncodingKind(name) for name in encodings] if encodings else None
    )
    folders = [types.WorkspaceFolder(uri=root.as_uri(), name=root.name)] if root else None
    return await client.initialize_session(
        types.InitializeParams(capabilities=capabilities, workspace_folders=folders, root_uri=root and root.as_uri())
    )


async def until(predicate, what: str):
    """Waits until ``predicate()`` is true (diagnostics arrive on their own schedule)."""
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def published(client: LanguageClient, uri: str) -> list[types.PublishDiagnosticsParams]:
    return [params for params in client.published if params.uri == uri]  # type: ignore[attr-defined]


async def next_diagnostics(client: LanguageClient, uri: str, after: int, version: int | None = None):
    """The first diagnostics of ``uri`` published after the first ``after`` ones (of ``version``)."""
    def ready():
        return [p for p in published(client, uri)[after:] if version is None or p.version == version]

    await until(lambda: ready(), f"diagnostics of {uri} (version {version})")
    return list(ready()[0].diagnostics)


def units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def offset(text: str, position: types.Position, encoding: str) -> int:
    """The index in ``text`` of an LSP position (lines end at \\n, \\r\\n or \\r)."""
    lines = text.splitlines(keepends=True)
    if position.line >= len(lines):
        return len(text)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line].rstrip("\r\n")
    for index in range(len(line) + 1):
        if units(line[:index], encoding) >= position.character:
            return start + index
    return start + len(line)


def apply(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """Applies edits as an editor does: all against the original text, from the last."""
    spans = [(offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text) for e in edits]
    for start, end, new_text in sorted(spans, reverse=True):
        text = text[:start] + new_text + text[end:]
    return text


def text_at(text: str, range_: types.Range, encoding: str) -> str:
    return text[offset(text, range_.start, encoding) : offset(text, range_.end, encoding)]


def open_document(client: LanguageClient, uri: str, text: str, version: int = 1, language: str = "python"):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )


def change_document(client: LanguageClient, uri: str, version: int, changes):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=changes
        )
    )


NON_ASCII = 's = "é🐍"; import asyncore\n'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32", None])
async def test_ranges_after_non_ascii_text_in_the_negotiated_encoding(client: LanguageClient, tmp_path, encoding):
    result = await initialize(client, tmp_path, [encoding] if encoding else None)
    expected = encoding or "utf-16"  # what a client that offers nothing gets
    assert result.capabilities.position_encoding == expected
    uri = (tmp_path / "a.py").as_uri()
    open_document(client, uri, NON_ASCII)
    [diagnostic] = await next_diagnostics(client, uri, 0)
    assert diagnostic.code == "SUN001"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start == types.Position(line=0, character={"utf-8": 21, "utf-16": 18, "utf-32": 17}[expected])
    assert text_at(NON_ASCII, diagnostic.range, expected) == "asyncore"
    assert "asyncio" in diagnostic.message
    await client.shutdown_session()


async def test_open_change_close(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = (tmp_path / "a.py").as_uri()
    text = NON_ASCII
    open_document(client, uri, text)
    assert len(await next_diagnostics(client, uri, 0, version=1)) == 1
    # An incremental change: a second removed module on a new first line.
    change_document(
        client,
        uri,
        2,
        [
            types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                text="import imp  # é🐍\n",
            )
        ],
    )
    text = "import imp  # é🐍\n" + text
    diagnostics = await next_diagnostics(client, uri, 1, version=2)
    assert [(d.range.start.line, text_at(text, d.range, "utf-16")) for d in diagnostics] == [
        (0, "imp"),
        (1, "asyncore"),
    ]
    # Edits inside the line after the non-ASCII text: `asyncore` becomes `asyncio`.
    line = text.splitlines()[1]
    start = units(line[: line.index("asyncore")], "utf-16")
    change_document(
        client,
        uri,
        3,
        [
            types.TextDocumentContentChangePartial(
                range=types.Range(
                    start=types.Position(line=1, character=start), end=types.Position(line=1, character=start + 8)
                ),
                text="asyncio",
            )
        ],
    )
    diagnostics = await next_diagnostics(client, uri, 2, version=3)
    assert [d.code for d in diagnostics] == ["SUN001"]
    # A whole-text change, then close: the diagnostics are cleared.
    change_document(client, uri, 4, [types.TextDocumentContentChangeWholeDocument(text="import os\n")])
    assert await next_diagnostics(client, uri, 3, version=4) == []
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    await until(lambda: len(published(client, uri)) == 5, "the close to clear the diagnostics")
    assert list(published(client, uri)[-1].diagnostics) == []
    await client.shutdown_session()


async def test_changes_in_a_burst_are_checked_once(client: LanguageClient, tmp_path):
    """Debounced: a burst of changes gives one check, of the last version."""
    await initialize(client, tmp_path)
    uri = (tmp_path / "burst.py").as_uri()
    open_document(client, uri, "import os\n")
    await next_diagnostics(client, uri, 0, version=1)
    for version in range(2, 12):
        text = "import os\n" + "import imp\n" * (version - 1)
        change_document(client, uri, version, [types.TextDocumentContentChangeWholeDocument(text=text)])
    diagnostics = await next_diagnostics(client, uri, 1, version=11)
    assert len(diagnostics) == 10
    await asyncio.sleep(0.5)  # anything still to come would have come
    versions = [p.version for p in published(client, uri)]
    assert versions[-1] == 11, versions
    # The 10 changes came within the debounce window of each other: far fewer checks than changes.
    assert len(versions) <= 4, versions
    await client.shutdown_session()


UNITTEST = '''import unittest


class T(unittest.TestCase):
    def test(self):
        s = "é🐍"; self.assertEquals(s, "é🐍")
'''


async def test_a_quick_fix_applied_gives_the_right_text(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = (tmp_path / "test_a.py").as_uri()
    open_document(client, uri, UNITTEST)
    [diagnostic] = await next_diagnostics(client, uri, 0)
    assert diagnostic.code == "SUN004"
    assert text_at(UNITTEST, diagnostic.range, "utf-16") == "assertEquals"
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]),
        )
    )
    [action] = actions
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.is_preferred is True
    assert "assertEqual" in action.title and "unsafe" not in action.title
    assert [d.code for d in action.diagnostics] == ["SUN004"]
    fixed = apply(UNITTEST, action.edit.changes[uri])
    assert fixed == UNITTEST.replace("assertEquals", "assertEqual")
    # The editor sends the edit back as a change; the finding is gone.
    change_document(client, uri, 2, [types.TextDocumentContentChangeWholeDocument(text=fixed)])
    assert await next_diagnostics(client, uri, 1, version=2) == []
    await client.shutdown_session()


UNSAFE = """import shutil

try:
    run()
except shutil.ExecError:
    pass
"""


async def test_unsafe_fixes_are_offered_marked_and_not_preferred(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    # shutil.ExecError is removed in 3.16.
    (tmp_path / "pyproject.toml").write_text('[tool.pysunset]\ntarget = "3.16"\n')
    uri = (tmp_path / "b.py").as_uri()
    open_document(client, uri, UNSAFE)
    [diagnostic] = await next_diagnostics(client, uri, 0)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    quick = [action for action in actions if action.kind == types.CodeActionKind.QuickFix]
    [action] = quick
    assert "unsafe" in action.title
    assert action.is_preferred is False
    assert apply(UNSAFE, action.edit.changes[uri]) == UNSAFE.replace("shutil.ExecError", "RuntimeError")
    # Fix all applies safe fixes only: there is none here.
    assert [a for a in actions if a.kind == "source.fixAll.pysunset"] == []
    await client.shutdown_session()


FIX_ALL = '''import unittest
import imp


class T(unittest.TestCase):
    def test(self):
        self.assertEquals(1, 1)
        self.assert_(True)
        imp.reload(unittest)
'''


async def test_fix_all_applies_the_safe_fixes(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = (tmp_path / "c.py").as_uri()
    open_document(client, uri, FIX_ALL)
    assert len(await next_diagnostics(client, uri, 0)) >= 3
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    [action] = actions
    assert action.kind == "source.fixAll.pysunset"
    fixed = apply(FIX_ALL, action.edit.changes[uri])
    assert fixed == '''import unittest
import importlib


class T(unittest.TestCase):
    def test(self):
        self.assertEqual(1, 1)
        self.assertTrue(True)
        importlib.reload(unittest)
'''
    change_document(client, uri, 2, [types.TextDocumentContentChangeWholeDocument(text=fixed)])
    assert await next_diagnostics(client, uri, 1, version=2) == []
    await client.shutdown_session()


async def test_hover_shows_the_catalogue_entry(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    uri = (tmp_path / "d.py").as_uri()
    open_document(client, uri, NON_ASCII)
    [diagnostic] = await next_diagnostics(client, uri, 0)
    inside = types.Position(line=0, character=diagnostic.range.start.character + 3)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside)
    )
    assert hover.range == diagnostic.range
    value = hover.contents.value
    for expected in ["SUN001", "**Why:**", "**Instead:** asyncio", "Before:", "After:", "```python", "import asyncore"]:
        assert expected in value, (expected, value)
    # Nowhere near a finding: no hover.
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0))
    )
    assert nothing is None
    await client.shutdown_session()


async def test_settings_come_from_the_nearest_pyproject(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.pysunset]\ntarget = "3.13"\nignore = ["SUN004"]\nexclude = ["gen"]\n')
    text = "import cgi\n" + UNITTEST
    uri = (project / "src" / "e.py").as_uri()
    open_document(client, uri, text)
    [diagnostic] = await next_diagnostics(client, uri, 0)
    # cgi: removed in 3.13, so an error at the configured target (a warning at the default 3.12);
    # the unittest alias is ignored.
    assert (diagnostic.code, diagnostic.severity) == ("SUN001", types.DiagnosticSeverity.Error)
    # Without the configuration: a warning, and the alias too.
    elsewhere = (tmp_path / "e.py").as_uri()
    open_document(client, elsewhere, text)
    diagnostics = await next_diagnostics(client, elsewhere, 0)
    assert [(d.code, d.severity) for d in diagnostics] == [
        ("SUN001", types.DiagnosticSeverity.Warning),
        ("SUN004", types.DiagnosticSeverity.Error),
    ]
    # An excluded file gets no diagnostics.
    (project / "gen").mkdir()
    excluded = (project / "gen" / "x.py").as_uri()
    open_document(client, excluded, "import imp\n")
    assert await next_diagnostics(client, excluded, 0) == []
    # A broken configuration: the user is told, and the defaults are used.
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pyproject.toml").write_text('[tool.pysunset]\ntarget = "2.7"\n')
    uri = (broken / "f.py").as_uri()
    open_document(client, uri, "import imp\n")
    assert [d.code for d in await next_diagnostics(client, uri, 0)] == ["SUN001"]
    await until(lambda: client.messages, "a message about the broken pyproject.toml")
    assert "pyproject.toml" in client.messages[0].message and "2.7" in client.messages[0].message
    await client.shutdown_session()


async def test_a_document_follows_its_workspace_folder_as_a_directory_run_does(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    package = tmp_path / "mypkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "compat.py").write_text(
        "try:\n    import configparser\nexcept ImportError:\n    import ConfigParser as configparser\n"
    )
    (package / "base.py").write_text(
        "import configparser\n\n\nclass Parser(configparser.RawConfigParser):\n    pass\n"
    )
    reader = (
        "from .compat import configparser\nfrom .base import Parser\n\n"
        "parser = configparser.SafeConfigParser()\nParser().readfp(open('f'))\n"
    )
    (package / "reader.py").write_text(reader)
    uri = (package / "reader.py").as_uri()
    open_document(client, uri, reader)
    diagnostics = await next_diagnostics(client, uri, 0)
    found = sorted((d.code, d.range.start.line, d.range.start.character) for d in diagnostics)
    # What the command line's run of the folder reports for the file, at the server's target.
    run = subprocess.run(
        [server_command()[0], "--no-config", "--format", "json", str(tmp_path)], capture_output=True, text=True
    )
    expected = sorted(
        (f["code"], f["range"]["start"]["line"] - 1, f["range"]["start"]["column"] - 1)
        for f in json.loads(run.stdout)
        if f["path"].endswith("reader.py")
    )
    assert found == expected and len(found) == 2, (found, expected)
    # Checked alone (outside the folder) the file sees neither the compat module nor the class.
    alone = tmp_path.parent / f"{tmp_path.name}-alone.py"
    alone.write_text(reader)
    open_document(client, alone.as_uri(), reader)
    assert await next_diagnostics(client, alone.as_uri(), 0) == []
    # An open document's text is read instead of its file on disk (empty there).
    (package / "shim.py").write_text("")
    open_document(client, (package / "shim.py").as_uri(), "import configparser as cp\n")
    other_uri = (package / "other.py").as_uri()
    open_document(client, other_uri, "from .shim import cp\n\ncp.SafeConfigParser()\n")
    diagnostics = await next_diagnostics(client, other_uri, 0)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("SUN002", 2)]
    await client.shutdown_session()


async def test_a_change_to_an_open_module_checks_the_documents_importing_it_again(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "shim.py").write_text("import os as cp\n")
    shim_uri = (package / "shim.py").as_uri()
    user_uri = (package / "user.py").as_uri()
    open_document(client, shim_uri, "import os as cp\n")
    open_document(client, user_uri, "from .shim import cp\n\ncp.SafeConfigParser()\n")
    assert await next_diagnostics(client, user_uri, 0) == []
    # The compat module is edited (not saved): the document importing it is checked again.
    change_document(client, shim_uri, 2, [types.TextDocumentContentChangeWholeDocument(text="import configparser as cp\n")])
    diagnostics = await next_diagnostics(client, user_uri, 1)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("SUN002", 2)]
    # Closed without saving: the file on disk counts again.
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=shim_uri))
    )
    assert await next_diagnostics(client, user_uri, 2) == []
    await client.shutdown_session()


async def test_a_module_created_on_disk_is_followed_once_the_client_says_so(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    # The client can watch files (as VS Code can): the server asks it to watch Python files.
    await until(lambda: client.registrations, "a registration")  # type: ignore[attr-defined]
    [registration] = client.registrations  # type: ignore[attr-defined]
    assert registration.method == "workspace/didChangeWatchedFiles"
    globs = [watcher["globPattern"] for watcher in registration.register_options["watchers"]]
    assert "**/*.py" in globs, globs
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    user = package / "user.py"
    text = "from .later import cp\n\ncp.SafeConfigParser()\n"
    user.write_text(text)
    open_document(client, user.as_uri(), text)
    assert await next_diagnostics(client, user.as_uri(), 0) == []
    later = package / "later.py"
    later.write_text("import configparser as cp\n")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=later.as_uri(), type=types.FileChangeType.Created)])
    )
    diagnostics = await next_diagnostics(client, user.as_uri(), 1)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("SUN002", 2)]
    # Deleted: the name is unknown again.
    later.unlink()
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=later.as_uri(), type=types.FileChangeType.Deleted)])
    )
    assert await next_diagnostics(client, user.as_uri(), 2) == []
    await client.shutdown_session()


async def test_notebook_cells_are_checked_as_one_program(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    notebook = (tmp_path / "nb.ipynb").as_uri()
    cells = [
        ("cell-1", types.NotebookCellKind.Code, "python", "import imp\nimport os\n"),
        ("cell-2", types.NotebookCellKind.Markup, "markdown", "# import asyncore\n"),
        ("cell-3", types.NotebookCellKind.Code, "python", "%time x = 1\ns = 'é🐍'; imp.reload(os)\n"),
    ]
    uris = {name: f"vscode-notebook-cell:{tmp_path}/nb.ipynb#{name}" for name, *_ in cells}
    client.notebook_document_did_open(
        types.DidOpenNotebookDocumentParams(
            notebook_document=types.NotebookDocument(
                uri=notebook,
                notebook_type="jupyter-notebook",
                version=1,
                cells=[types.NotebookCell(kind=kind, document=uris[name]) for name, kind, _, _ in cells],
            ),
            cell_text_documents=[
                types.TextDocumentItem(uri=uris[name], language_id=language, version=1, text=text)
                for name, _, language, text in cells
            ],
        )
    )
    await until(lambda: all(published(client, uri) for uri in uris.values()), "diagnostics of every cell")
    first = client.diagnostics[uris["cell-1"]]
    assert [(d.code, text_at(cells[0][3], d.range, "utf-16")) for d in first] == [("SUN001", "imp")]
    assert client.diagnostics[uris["cell-2"]] == []
    [reload] = client.diagnostics[uris["cell-3"]]
    # The import in cell 1 resolves the name in cell 3; the range is in cell 3's own text.
    assert reload.range.start.line == 1
    assert text_at(cells[2][3], reload.range, "utf-16") == "imp.reload"
    # A change to cell 1 (the migration done by hand) clears cell 1, and cell 3 follows.
    client.notebook_document_did_change(
        types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=notebook, version=2),
            change=types.NotebookDocumentChangeEvent(
                cells=types.NotebookDocumentCellChanges(
                    text_content=[
                        types.NotebookDocumentCellContentChanges(
                            document=types.VersionedTextDocumentIdentifier(uri=uris["cell-1"], version=2),
                            changes=[types.TextDocumentContentChangeWholeDocument(text="import os\n")],
                        )
                    ]
                )
            ),
        )
    )
    # Each cell's diagnostics come in a notification of their own: wait for both.
    await until(
        lambda: client.diagnostics[uris["cell-1"]] == [] and client.diagnostics[uris["cell-3"]] == [],
        "cells 1 and 3 to be clean",
    )
    # A new cell with a removed module, inserted at the start.
    new = f"vscode-notebook-cell:{tmp_path}/nb.ipynb#cell-0"
    client.notebook_document_did_change(
        types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=notebook, version=3),
            change=types.NotebookDocumentChangeEvent(
                cells=types.NotebookDocumentCellChanges(
                    structure=types.NotebookDocumentCellChangeStructure(
                        array=types.NotebookCellArrayChange(
                            start=0, delete_count=0, cells=[types.NotebookCell(kind=types.NotebookCellKind.Code, document=new)]
                        ),
                        did_open=[types.TextDocumentItem(uri=new, language_id="python", version=1, text="import imp\n")],
                    )
                )
            ),
        )
    )
    await until(lambda: client.diagnostics.get(new), "diagnostics of the new cell")
    # Fix all, asked in any cell, edits the cells that need it.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uris["cell-3"]),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    [action] = actions
    # The crate's notebook fixer: the import migrated (into the first cell that stays), and the
    # use in cell 3 with it.
    before = {new: "import imp\n", uris["cell-1"]: "import os\n", uris["cell-3"]: cells[2][3]}
    after = {uri: apply(before[uri], edits) for uri, edits in action.edit.changes.items()}
    assert after == {
        new: "",
        uris["cell-1"]: "import os\nimport importlib\n",
        uris["cell-3"]: "%time x = 1\ns = 'é🐍'; importlib.reload(os)\n",
    }
    client.notebook_document_did_close(
        types.DidCloseNotebookDocumentParams(
            notebook_document=types.NotebookDocumentIdentifier(uri=notebook),
            cell_text_documents=[types.TextDocumentIdentifier(uri=uri) for uri in [new, *uris.values()]],
        )
    )
    await until(lambda: client.diagnostics[new] == [], "the close to clear the cells")
    await client.shutdown_session()


async def test_a_malformed_message_is_answered_and_the_server_keeps_running(client: LanguageClient, tmp_path):
    await initialize(client, tmp_path)
    errors = []
    handle_response = client.protocol._handle_response

    def record(msg_id, result=None, error=None):
        if msg_id in (None, "bad"):
            errors.append((msg_id, error))
            return None
        return handle_response(msg_id, result, error)

    client.protocol._handle_response = record
    for body in [b"{this is not json", json.dumps({"jsonrpc": "2.0", "id": "bad", "method": 5}).encode()]:
        client.protocol.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    await until(lambda: len(errors) == 2, "two error responses")
    assert errors[0][0] is None and errors[0][1].code == -32700
    assert errors[1][0] == "bad" and errors[1][1].code == -32600
    # Still serving: a request after them is answered.
    uri = (tmp_path / "g.py").as_uri()
    open_document(client, uri, NON_ASCII)
    await next_diagnostics(client, uri, 0)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=20))
    )
    assert "asyncore" in hover.contents.value
    await client.shutdown_session()


async def test_shutdown_then_exit_ends_with_status_0(client: LanguageClient, tmp_path):
    result = await initialize(client, tmp_path)
    assert result.server_info.name == "pysunset"
    await client.shutdown_session()
    assert client._server.returncode == 0


CPYTHON_TEST = pathlib.Path(os.path.expanduser("~/.pyenv/versions/3.12.1/lib/python3.12/test/test_configparser.py"))


@pytest.mark.skipif(not CPYTHON_TEST.is_file(), reason="CPython 3.12's Lib/test is not installed")
async def test_latency_after_a_change_on_a_big_file(client: LanguageClient, tmp_path):
    """Measures (and prints) the time from a change to its diagnostics on a 2,000-line file."""
    await initialize(client, tmp_path)
    text = CPYTHON_TEST.read_text(encoding="utf-8")
    uri = (tmp_path / "test_configparser.py").as_uri()
    open_document(client, uri, text)
    baseline = len(await next_diagnostics(client, uri, 0, version=1))
    times = []
    for version in range(2, 7):
        text = "import imp\n" + text
        started = time.perf_counter()
        change_document(
            client,
            uri,
            version,
            [
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                    text="import imp\n",
                )
            ],
        )
        diagnostics = await next_diagnostics(client, uri, version - 1, version=version)
        times.append(time.perf_counter() - started)
        assert len(diagnostics) == baseline + version - 1
    times.sort()
    lines = text.count("\n")
    print(f"\nLSP diagnostics latency after a change, {lines} lines: median {times[2] * 1000:.0f} ms "
          f"(min {times[0] * 1000:.0f}, max {times[-1] * 1000:.0f}; includes the 100 ms debounce)")
    assert times[2] < 5.0
    await client.shutdown_session()
