//! `pysunset server`: a language server over standard input and output.
//!
//! - Diagnostics for open Python files, stubs, notebooks and env text files (`.env`,
//!   `Dockerfile`, ...), on open and on change: checked on a worker thread once a document has
//!   been quiet for [`worker::DEBOUNCE`]; work a newer change made stale is dropped.
//! - Settings (target, select, ignore, exclude) from the nearest `pyproject.toml` with a
//!   `[tool.pysunset]` table above the file, found as the command line finds them, re-read at
//!   every check.
//! - A Python document of a workspace folder is checked with the folder's project index
//!   ([`project`]: the files on disk, the open documents' texts in place of theirs), as
//!   `pysunset FOLDER` checks it; it is checked again when another document of the folder
//!   changes or closes, or the client says a file there was created, changed or deleted (the
//!   server asks clients that can to watch `*.py`, `*.pyi` and `.gitignore` files).
//! - Positions in UTF-16 code units unless the client offers UTF-8 or UTF-32
//!   (`general.positionEncodings`).
//! - Quick fixes for the findings with a fix (safe ones preferred, unsafe ones marked in their
//!   title), a `source.fixAll.pysunset` action (the safe fixes, as `--fix` applies them), and a
//!   hover with the catalogue entry (why, what instead, before and after).
//! - Notebook documents (`notebookDocument/*`): the Python cells checked together, as one
//!   program, each diagnostic published on its cell.
//! - A malformed message is answered with an error (JSON-RPC `ParseError` or
//!   `InvalidRequest`) and the server reads on.
//!
//! The protocol types are `lsp-types`' and the message types `lsp-server`'s (the crates
//! rust-analyzer speaks LSP with); the framing is [`transport`]'s.

// `lsp_types::Uri` caches its parsed parts in cells, but hashes and compares its text only:
// it is a sound map key (lsp-types' own `WorkspaceEdit::changes` is keyed by it).
#![allow(clippy::mutable_key_type)]

mod analysis;
mod documents;
mod positions;
mod project;
mod transport;
mod worker;

use analysis::{CellSnapshot, Snapshot};
use documents::{NotebookDocument, TextDocument};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams, CodeActionProviderCapability,
    DidChangeNotebookDocumentParams, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidCloseNotebookDocumentParams, DidCloseTextDocumentParams, DidOpenNotebookDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, HoverParams, HoverProviderCapability,
    InitializeParams, InitializeResult, NotebookCellSelector, NotebookDocumentSyncOptions, NotebookSelector,
    OneOf, PublishDiagnosticsParams, SaveOptions, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri, WorkspaceEdit,
};
use positions::{Encoding, LineIndex};
use project::Folders;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;
use worker::{Job, Shared};

/// What `pysunset server --help` prints.
pub const USAGE: &str = "\
Usage: pysunset server

Runs pysunset as a language server (LSP) over standard input and output, for editors:
diagnostics as you type, quick fixes, a fix-all source action (source.fixAll.pysunset),
hovers with what to use instead, and Jupyter notebooks. Settings come from the nearest
pyproject.toml with a [tool.pysunset] table above each file.

Editor setup: docs/guide/editors-and-python.md

Options:
  -h, --help    print this help";

/// Runs `pysunset server` with the arguments after `server`.
pub fn main(arguments: impl IntoIterator<Item = OsString>) -> ExitCode {
    let arguments: Vec<OsString> = arguments.into_iter().collect();
    if arguments.iter().any(|argument| argument == "-h" || argument == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    // Editors commonly pass `--stdio`: stdio is the only transport, so it is accepted.
    if let Some(argument) = arguments.iter().find(|argument| *argument != "--stdio") {
        eprintln!("pysunset server: unexpected argument `{}`\n\n{USAGE}", argument.to_string_lossy());
        return ExitCode::from(2);
    }
    let (out, outgoing) = mpsc::channel::<String>();
    let writer = std::thread::spawn(move || {
        let mut stdout = std::io::stdout().lock();
        for json in outgoing {
            if transport::write(&mut stdout, &json).is_err() {
                break;
            }
        }
    });
    let (incoming_sender, incoming) = mpsc::channel();
    // The reader is not joined: at `exit` it may be blocked reading, and the process ends.
    std::thread::spawn(move || read_loop(std::io::stdin().lock(), incoming_sender));
    let clean = serve(incoming, out);
    let _ = writer.join();
    let _ = std::io::stdout().flush();
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn read_loop(mut input: impl BufRead, sender: Sender<transport::Incoming>) {
    loop {
        match transport::read(&mut input) {
            Ok(Some(message)) => {
                if sender.send(message).is_err() {
                    return;
                }
            }
            Ok(None) => return,
            Err(error) => {
                eprintln!("pysunset server: cannot read standard input: {error}");
                return;
            }
        }
    }
}

/// Serves messages until `exit` (or the end of the input); returns whether the client shut the
/// server down first (the exit status is 0 then, 1 otherwise, as the protocol asks).
fn serve(incoming: Receiver<transport::Incoming>, out: Sender<String>) -> bool {
    let mut server: Option<Server> = None;
    let mut shut_down = false;
    for message in incoming {
        let message = match message {
            transport::Incoming::Message(message) => message,
            transport::Incoming::Malformed { id, code, message } => {
                eprintln!("pysunset server: malformed message: {message}");
                let _ = out.send(transport::encode_error(id, code, &message));
                continue;
            }
        };
        match message {
            Message::Request(request) => {
                if shut_down {
                    reply_error(
                        &out,
                        request.id,
                        ErrorCode::InvalidRequest,
                        "the server is shut down".into(),
                    );
                    continue;
                }
                match (&mut server, request.method.as_str()) {
                    (None, "initialize") => match parse_params::<InitializeParams>(&request) {
                        Ok(params) => {
                            let (started, result) = Server::start(params, out.clone());
                            server = Some(started);
                            reply(&out, Response::new_ok(request.id, result));
                        }
                        Err(error) => reply(&out, error),
                    },
                    (None, _) => reply_error(
                        &out,
                        request.id,
                        ErrorCode::ServerNotInitialized,
                        "the first request must be `initialize`".into(),
                    ),
                    (Some(_), "initialize") => {
                        reply_error(&out, request.id, ErrorCode::InvalidRequest, "already initialized".into())
                    }
                    (Some(_), "shutdown") => {
                        shut_down = true;
                        reply(&out, Response::new_ok(request.id, ()));
                    }
                    (Some(server), _) => {
                        let id = request.id.clone();
                        let response = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            server.request(request)
                        }))
                        .unwrap_or_else(|_| {
                            Response::new_err(id, ErrorCode::InternalError as i32, "internal error".into())
                        });
                        reply(&out, response);
                    }
                }
            }
            Message::Notification(notification) if notification.method == "exit" => {
                if let Some(server) = server.take() {
                    server.stop();
                }
                return shut_down;
            }
            Message::Notification(notification) => {
                if let (Some(server), false) = (&mut server, shut_down) {
                    let method = notification.method.clone();
                    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| server.notify(notification)))
                        .is_err()
                    {
                        eprintln!("pysunset server: handling `{method}` failed (an internal error)");
                    }
                }
            }
            Message::Response(_) => {} // the answer to `client/registerCapability`: nothing to do
        }
    }
    if let Some(server) = server.take() {
        server.stop();
    }
    false
}

fn reply(out: &Sender<String>, response: Response) {
    let _ = out.send(transport::encode(&Message::Response(response)));
}

fn reply_error(out: &Sender<String>, id: RequestId, code: ErrorCode, message: String) {
    reply(out, Response::new_err(id, code as i32, message));
}

/// The parameters of a request, or the error response that says why they are not valid.
#[allow(clippy::result_large_err)] // the error is the response to send, at once
fn parse_params<P: DeserializeOwned>(request: &Request) -> Result<P, Response> {
    serde_json::from_value(request.params.clone()).map_err(|error| {
        Response::new_err(
            request.id.clone(),
            ErrorCode::InvalidParams as i32,
            format!("invalid parameters for `{}`: {error}", request.method),
        )
    })
}

/// The state of an initialized server.
struct Server {
    out: Sender<String>,
    encoding: Encoding,
    /// The workspace folders and their walks, shared with the worker.
    folders: Arc<Folders>,
    /// Whether the client can be asked to watch files (`workspace/didChangeWatchedFiles`).
    can_watch: bool,
    /// Open text documents, notebook cells included, by URI.
    documents: HashMap<Uri, TextDocument>,
    /// Open notebooks, by URI.
    notebooks: HashMap<Uri, NotebookDocument>,
    /// The notebook each open cell belongs to.
    cell_notebook: HashMap<Uri, Uri>,
    shared: Arc<Shared>,
    jobs: Sender<Job>,
    worker: std::thread::JoinHandle<()>,
    generations: u64,
}

/// The key of a text document's or a notebook's checks.
fn text_key(uri: &Uri) -> String {
    format!("text {}", uri.as_str())
}

fn notebook_key(uri: &Uri) -> String {
    format!("notebook {}", uri.as_str())
}

impl Server {
    fn start(params: InitializeParams, out: Sender<String>) -> (Self, InitializeResult) {
        let offered =
            params.capabilities.general.as_ref().and_then(|general| general.position_encodings.as_deref());
        let encoding = Encoding::negotiate(offered);
        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|folder| documents::file_path(&folder.uri))
            .collect();
        #[allow(deprecated)] // `rootUri`: older clients send only this
        if let Some(root) = params.root_uri.as_ref().and_then(documents::file_path) {
            roots.push(root);
        }
        let can_watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|workspace| workspace.did_change_watched_files.as_ref())
            .and_then(|watched| watched.dynamic_registration)
            .unwrap_or(false);
        let folders = Arc::new(Folders::new(roots));
        let shared = Arc::new(Shared::default());
        let (jobs, job_receiver) = mpsc::channel();
        let worker = {
            let (shared, out, folders) = (shared.clone(), out.clone(), folders.clone());
            std::thread::spawn(move || worker::run(job_receiver, shared, out, encoding, folders))
        };
        let capabilities = ServerCapabilities {
            position_encoding: Some(encoding.kind()),
            text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                will_save: None,
                will_save_wait_until: None,
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
            })),
            notebook_document_sync: Some(OneOf::Left(NotebookDocumentSyncOptions {
                // Every notebook type (`*`, spelled out: some clients cannot read the selector
                // without it), its Python cells.
                notebook_selector: vec![NotebookSelector::ByNotebook {
                    notebook: lsp_types::Notebook::String("*".into()),
                    cells: Some(vec![NotebookCellSelector { language: "python".into() }]),
                }],
                save: None,
            })),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, analysis::fix_all_kind()]),
                work_done_progress_options: Default::default(),
                resolve_provider: Some(false),
            })),
            ..ServerCapabilities::default()
        };
        let result = InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "pysunset".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        let server = Server {
            out,
            encoding,
            folders,
            can_watch,
            documents: HashMap::new(),
            notebooks: HashMap::new(),
            cell_notebook: HashMap::new(),
            shared,
            jobs,
            worker,
            generations: 0,
        };
        (server, result)
    }

    /// Stops the worker (after the check it is running, if any).
    fn stop(self) {
        drop(self.jobs);
        let _ = self.worker.join();
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            "textDocument/hover" => parse_params::<HoverParams>(&request).map(|params| {
                let position = params.text_document_position_params;
                serde_json::to_value(self.hover(&position.text_document.uri, position.position))
            }),
            "textDocument/codeAction" => parse_params::<CodeActionParams>(&request)
                .map(|params| serde_json::to_value(self.code_actions(params))),
            method => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("pysunset server does not handle `{method}`"),
                )
            }
        };
        match result {
            Ok(Ok(value)) => Response { id, response_result: Ok(value) },
            Ok(Err(error)) => Response::new_err(id, ErrorCode::InternalError as i32, error.to_string()),
            Err(response) => response,
        }
    }

    fn notify(&mut self, notification: Notification) {
        fn params<P: DeserializeOwned>(notification: &Notification) -> Option<P> {
            serde_json::from_value(notification.params.clone())
                .map_err(|error| eprintln!("pysunset server: invalid `{}`: {error}", notification.method))
                .ok()
        }
        match notification.method.as_str() {
            "textDocument/didOpen" => {
                let Some(params) = params::<DidOpenTextDocumentParams>(&notification) else { return };
                let item = params.text_document;
                let document =
                    TextDocument { language: item.language_id, version: item.version, text: item.text };
                if let Some(path) = documents::file_path(&item.uri) {
                    self.folders.notice(&path);
                }
                self.documents.insert(item.uri.clone(), document);
                self.schedule_text(&item.uri, true);
                self.schedule_dependents(&item.uri);
            }
            "textDocument/didChange" => {
                let Some(params) = params::<DidChangeTextDocumentParams>(&notification) else { return };
                let uri = params.text_document.uri;
                let Some(document) = self.documents.get_mut(&uri) else { return };
                document.apply(params.content_changes, params.text_document.version, self.encoding);
                self.schedule_text(&uri, false);
                self.schedule_dependents(&uri);
            }
            "textDocument/didSave" => {
                let Some(params) = params::<DidSaveTextDocumentParams>(&notification) else { return };
                if let Some(path) = documents::file_path(&params.text_document.uri) {
                    self.folders.notice(&path);
                }
                // A saved pyproject.toml may change every open document's settings.
                if params.text_document.uri.as_str().ends_with("/pyproject.toml") {
                    let texts: Vec<Uri> = self
                        .documents
                        .keys()
                        .filter(|uri| !self.cell_notebook.contains_key(*uri))
                        .cloned()
                        .collect();
                    for uri in texts {
                        self.schedule_text(&uri, false);
                    }
                    let notebooks: Vec<Uri> = self.notebooks.keys().cloned().collect();
                    for uri in notebooks {
                        self.schedule_notebook(&uri, false);
                    }
                }
            }
            "textDocument/didClose" => {
                let Some(params) = params::<DidCloseTextDocumentParams>(&notification) else { return };
                let uri = params.text_document.uri;
                if let Some(path) = documents::file_path(&uri) {
                    self.shared.set_text(path, None);
                }
                if self.documents.remove(&uri).is_some() {
                    self.shared.close(&text_key(&uri), &self.out, || vec![clear(&uri)]);
                    // The file on disk counts again for the documents that import it.
                    self.schedule_dependents(&uri);
                }
            }
            "workspace/didChangeWatchedFiles" => {
                let Some(params) = params::<DidChangeWatchedFilesParams>(&notification) else { return };
                self.watched_files_changed(&params);
            }
            "initialized" if self.can_watch => self.watch_files(),
            "notebookDocument/didOpen" => {
                let Some(params) = params::<DidOpenNotebookDocumentParams>(&notification) else { return };
                let notebook = params.notebook_document;
                for item in params.cell_text_documents {
                    self.cell_notebook.insert(item.uri.clone(), notebook.uri.clone());
                    let document =
                        TextDocument { language: item.language_id, version: item.version, text: item.text };
                    self.documents.insert(item.uri, document);
                }
                let cells = notebook.cells.into_iter().map(|cell| (cell.kind, cell.document)).collect();
                let document =
                    NotebookDocument { version: notebook.version, metadata: notebook.metadata, cells };
                self.notebooks.insert(notebook.uri.clone(), document);
                self.schedule_notebook(&notebook.uri, true);
            }
            "notebookDocument/didChange" => {
                let Some(params) = params::<DidChangeNotebookDocumentParams>(&notification) else { return };
                self.change_notebook(params);
            }
            "notebookDocument/didClose" => {
                let Some(params) = params::<DidCloseNotebookDocumentParams>(&notification) else { return };
                let uri = params.notebook_document.uri;
                let Some(notebook) = self.notebooks.remove(&uri) else { return };
                let mut cells: Vec<Uri> = notebook.cells.into_iter().map(|(_, cell)| cell).collect();
                cells.extend(params.cell_text_documents.into_iter().map(|cell| cell.uri));
                for cell in &cells {
                    self.documents.remove(cell);
                    self.cell_notebook.remove(cell);
                }
                self.shared.close(&notebook_key(&uri), &self.out, || cells.iter().map(clear).collect());
            }
            _ => {} // `initialized`, `$/cancelRequest` (requests are answered at once), ...
        }
    }

    fn change_notebook(&mut self, params: DidChangeNotebookDocumentParams) {
        let uri = params.notebook_document.uri;
        let Some(notebook) = self.notebooks.get_mut(&uri) else { return };
        notebook.version = params.notebook_document.version;
        if let Some(metadata) = params.change.metadata {
            notebook.metadata = Some(metadata);
        }
        let mut closed = Vec::new();
        if let Some(cells) = params.change.cells {
            if let Some(structure) = cells.structure {
                let array = structure.array;
                let start = (array.start as usize).min(notebook.cells.len());
                let end = (start + array.delete_count as usize).min(notebook.cells.len());
                let inserted =
                    array.cells.unwrap_or_default().into_iter().map(|cell| (cell.kind, cell.document));
                notebook.cells.splice(start..end, inserted);
                for item in structure.did_open.unwrap_or_default() {
                    self.cell_notebook.insert(item.uri.clone(), uri.clone());
                    let document =
                        TextDocument { language: item.language_id, version: item.version, text: item.text };
                    self.documents.insert(item.uri, document);
                }
                for item in structure.did_close.unwrap_or_default() {
                    self.documents.remove(&item.uri);
                    self.cell_notebook.remove(&item.uri);
                    closed.push(item.uri);
                }
            }
            for cell in cells.data.unwrap_or_default() {
                if let Some(entry) =
                    notebook.cells.iter_mut().find(|(_, document)| *document == cell.document)
                {
                    entry.0 = cell.kind;
                }
            }
            for content in cells.text_content.unwrap_or_default() {
                if let Some(document) = self.documents.get_mut(&content.document.uri) {
                    document.apply(content.changes, content.document.version, self.encoding);
                }
            }
        }
        for cell in &closed {
            let _ = self.out.send(transport::encode(&clear(cell)));
        }
        self.schedule_notebook(&uri, false);
    }

    /// Files the client watches were created, changed or deleted: their folders are walked
    /// again, and the open documents importing more than the standard library there checked again.
    fn watched_files_changed(&mut self, params: &DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> =
            params.changes.iter().filter_map(|change| documents::file_path(&change.uri)).collect();
        for path in &paths {
            self.folders.forget(path);
        }
        let roots: Vec<PathBuf> =
            paths.iter().filter_map(|path| self.folders.root_of(path)).map(PathBuf::from).collect();
        self.recheck_importers(|path| roots.iter().any(|root| path.starts_with(root)), None);
    }

    /// Checks again, after the debounce, the other open documents of the workspace folder of
    /// `uri` whose findings its text can change (they import more than the standard library).
    fn schedule_dependents(&mut self, uri: &Uri) {
        let Some(path) = documents::file_path(uri) else { return };
        let Some(root) = self.folders.root_of(&path).map(PathBuf::from) else { return };
        self.recheck_importers(|path| path.starts_with(&root), Some(uri));
    }

    /// Checks again, after the debounce, the open text documents (but `except`) whose path
    /// `under` accepts and whose last check found that their workspace folder's files can
    /// change their findings.
    fn recheck_importers(&mut self, under: impl Fn(&std::path::Path) -> bool, except: Option<&Uri>) {
        let importers: Vec<Uri> = self
            .documents
            .keys()
            .filter(|uri| Some(*uri) != except && !self.cell_notebook.contains_key(*uri))
            .filter(|uri| documents::file_path(uri).is_some_and(|path| under(&path)))
            .filter(|uri| self.shared.imports_folder(&text_key(uri)))
            .cloned()
            .collect();
        for uri in importers {
            self.schedule_text(&uri, false);
        }
    }

    /// Asks the client to tell the server when Python files, stubs or `.gitignore` files are
    /// created, changed or deleted (the folders' walks and the documents importing them follow).
    fn watch_files(&self) {
        let watchers: Vec<lsp_types::FileSystemWatcher> = ["**/*.py", "**/*.pyi", "**/.gitignore"]
            .into_iter()
            .map(|glob| lsp_types::FileSystemWatcher {
                glob_pattern: lsp_types::GlobPattern::String(glob.into()),
                kind: None,
            })
            .collect();
        let options = lsp_types::DidChangeWatchedFilesRegistrationOptions { watchers };
        let registration = lsp_types::Registration {
            id: "pysunset-watched-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        };
        let params = lsp_types::RegistrationParams { registrations: vec![registration] };
        let request = Request::new(
            RequestId::from("pysunset-register-watchers".to_string()),
            "client/registerCapability".into(),
            params,
        );
        let _ = self.out.send(transport::encode(&Message::Request(request)));
    }

    fn schedule_text(&mut self, uri: &Uri, now: bool) {
        let Some(document) = self.documents.get(uri) else { return };
        if self.cell_notebook.contains_key(uri) {
            return;
        }
        let text: Arc<str> = document.text.as_str().into();
        if let Some(path) = documents::file_path(uri) {
            self.shared.set_text(path, Some(text.clone()));
        }
        let snapshot = Snapshot::Text {
            uri: uri.clone(),
            version: document.version,
            language: document.language.clone(),
            text,
        };
        self.schedule(text_key(uri), snapshot, now);
    }

    fn notebook_snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let notebook = self.notebooks.get(uri)?;
        let cells = notebook
            .cells
            .iter()
            .filter_map(|(kind, cell)| {
                let document = self.documents.get(cell)?;
                Some(CellSnapshot {
                    uri: cell.clone(),
                    kind: kind.clone(),
                    language: document.language.clone(),
                    text: document.text.as_str().into(),
                })
            })
            .collect();
        Some(Snapshot::Notebook { uri: uri.clone(), metadata: notebook.metadata.clone(), cells })
    }

    fn schedule_notebook(&mut self, uri: &Uri, now: bool) {
        let Some(snapshot) = self.notebook_snapshot(uri) else { return };
        self.schedule(notebook_key(uri), snapshot, now);
    }

    fn schedule(&mut self, key: String, snapshot: Snapshot, now: bool) {
        let generation = self.shared.bump(&key, &mut self.generations);
        let due = if now { Instant::now() } else { Instant::now() + worker::DEBOUNCE };
        let _ = self.jobs.send(Job { key, generation, due, snapshot });
    }

    /// The key and current snapshot of what `uri` (a text document or a cell) is checked in.
    fn unit(&self, uri: &Uri) -> Option<(String, Snapshot)> {
        match self.cell_notebook.get(uri) {
            Some(notebook) => Some((notebook_key(notebook), self.notebook_snapshot(notebook)?)),
            None => {
                let document = self.documents.get(uri)?;
                let snapshot = Snapshot::Text {
                    uri: uri.clone(),
                    version: document.version,
                    language: document.language.clone(),
                    text: document.text.as_str().into(),
                };
                Some((text_key(uri), snapshot))
            }
        }
    }

    /// The current analysis of what `uri` is in: the worker's when it is up to date, else
    /// checked now.
    fn analysis(&self, uri: &Uri) -> Option<(Arc<analysis::Analysis>, Snapshot)> {
        let (key, snapshot) = self.unit(uri)?;
        if let Some(cached) = self.shared.cached(&key) {
            return Some((cached, snapshot));
        }
        let analysis = Arc::new(analysis::analyse(&snapshot, &self.folders, &self.shared.open_texts()));
        if let Some(generation) = self.shared.current(&key) {
            self.shared.store(&key, generation, analysis.clone());
        }
        Some((analysis, snapshot))
    }

    fn hover(&self, uri: &Uri, position: lsp_types::Position) -> Option<lsp_types::Hover> {
        let (analysis, _) = self.analysis(uri)?;
        let document = analysis.documents.iter().find(|document| document.uri == *uri)?;
        let offset = LineIndex::new(&document.text).offset(position, self.encoding);
        analysis::hover(document, offset, self.encoding)
    }

    fn code_actions(&self, params: CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &params.text_document.uri;
        let Some((analysis, snapshot)) = self.analysis(uri) else { return Vec::new() };
        let Some(document) = analysis.documents.iter().find(|document| document.uri == *uri) else {
            return Vec::new();
        };
        // With `only`, the kinds asked for (a kind asks for the kinds under it too).
        let wanted = |kind: &CodeActionKind| {
            params.context.only.as_ref().is_none_or(|only| {
                only.iter().any(|asked| {
                    kind.as_str() == asked.as_str()
                        || kind.as_str().starts_with(&format!("{}.", asked.as_str()))
                })
            })
        };
        let mut actions = Vec::new();
        if wanted(&CodeActionKind::QUICKFIX) {
            let index = LineIndex::new(&document.text);
            let start = index.offset(params.range.start, self.encoding);
            let end = index.offset(params.range.end, self.encoding);
            actions.extend(
                analysis::quick_fixes(document, start, end, self.encoding)
                    .into_iter()
                    .map(CodeActionOrCommand::CodeAction),
            );
        }
        if wanted(&analysis::fix_all_kind()) {
            let has_safe_fix =
                analysis.documents.iter().flat_map(|document| &document.findings).any(|finding| {
                    finding.fix.as_ref().is_some_and(|fix| fix.applicability == crate::Applicability::Safe)
                });
            // Notebook findings carry no fix of their own: try the fixer there.
            let notebook = matches!(snapshot, Snapshot::Notebook { .. });
            if has_safe_fix || notebook {
                if let Some(changes) =
                    analysis::fix_all(&snapshot, &self.folders, &self.shared.open_texts(), self.encoding)
                {
                    actions.push(CodeActionOrCommand::CodeAction(lsp_types::CodeAction {
                        title: "pysunset: fix all (safe fixes)".into(),
                        kind: Some(analysis::fix_all_kind()),
                        edit: Some(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }),
                        ..lsp_types::CodeAction::default()
                    }));
                }
            }
        }
        actions
    }
}

/// The notification that clears a document's diagnostics.
fn clear(uri: &Uri) -> Message {
    let params = PublishDiagnosticsParams { uri: uri.clone(), diagnostics: Vec::new(), version: None };
    Message::Notification(Notification::new("textDocument/publishDiagnostics".into(), params))
}
