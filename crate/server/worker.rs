//! The checking thread: debounces changes, drops work a newer change made stale, checks, and
//! publishes the diagnostics of what is still current.
//!
//! Every change gives its document (or notebook) a new generation number. A job is checked
//! when its document has been quiet for [`DEBOUNCE`] (at once when it opens); a job a newer one
//! replaced is dropped before it runs, and the result of a check that finishes after a newer
//! change is thrown away instead of published. A check that has started runs to the end: the
//! crate's check is not interruptible, and takes a few milliseconds on most files.

use super::analysis::{self, Analysis, Snapshot};
use super::positions::Encoding;
use super::project::Folders;
use lsp_server::{Message, Notification};
use lsp_types::{LogMessageParams, MessageType, PublishDiagnosticsParams, ShowMessageParams};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a document must be quiet after a change before it is checked.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// A check to do.
pub struct Job {
    /// The document or notebook (see [`super::Server`]'s keys).
    pub key: String,
    /// Its generation when the job was made.
    pub generation: u64,
    /// When to check it.
    pub due: Instant,
    /// What to check.
    pub snapshot: Snapshot,
}

/// What the server thread and the worker share.
#[derive(Default)]
pub struct Shared {
    /// The current generation of each open document or notebook.
    latest: Mutex<HashMap<String, u64>>,
    /// The last analysis of each, with the generation it is of.
    cache: Mutex<HashMap<String, (u64, Arc<Analysis>)>>,
    /// The texts of the open text documents that are files, by path: what the project index
    /// reads instead of the files on disk.
    open: Mutex<HashMap<PathBuf, Arc<str>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while the lock was held left nothing half-done worth refusing to read.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// Gives `key` a new generation and returns it.
    pub fn bump(&self, key: &str, counter: &mut u64) -> u64 {
        *counter += 1;
        lock(&self.latest).insert(key.to_string(), *counter);
        *counter
    }

    /// Notes the text of the open document at `path` (`None`: closed).
    pub fn set_text(&self, path: PathBuf, text: Option<Arc<str>>) {
        let mut open = lock(&self.open);
        match text {
            Some(text) => open.insert(path, text),
            None => open.remove(&path),
        };
    }

    /// The texts of the open text documents that are files, by path.
    pub fn open_texts(&self) -> HashMap<PathBuf, Arc<str>> {
        lock(&self.open).clone()
    }

    /// The current generation of `key` (`None` once closed).
    pub fn current(&self, key: &str) -> Option<u64> {
        lock(&self.latest).get(key).copied()
    }

    /// The cached analysis of `key`, if it is of the current generation.
    pub fn cached(&self, key: &str) -> Option<Arc<Analysis>> {
        let generation = self.current(key)?;
        lock(&self.cache).get(key).filter(|(at, _)| *at == generation).map(|(_, analysis)| analysis.clone())
    }

    /// Whether the last analysis of `key` found that files of its workspace folder can change
    /// its findings ([`Analysis::imports_folder`]).
    pub fn imports_folder(&self, key: &str) -> bool {
        lock(&self.cache).get(key).is_some_and(|(_, analysis)| analysis.imports_folder)
    }

    /// Keeps an analysis of `key` at `generation`, if that is still current.
    pub fn store(&self, key: &str, generation: u64, analysis: Arc<Analysis>) {
        if self.current(key) == Some(generation) {
            lock(&self.cache).insert(key.to_string(), (generation, analysis));
        }
    }

    /// Forgets `key` (its document closed) and, while no check can publish for it, sends what
    /// `then` gives (the clearing of its diagnostics).
    pub fn close(&self, key: &str, out: &Sender<String>, then: impl FnOnce() -> Vec<Message>) {
        let mut latest = lock(&self.latest);
        latest.remove(key);
        lock(&self.cache).remove(key);
        for message in then() {
            let _ = out.send(super::transport::encode(&message));
        }
    }

    /// Publishes an analysis of `key` at `generation` (and keeps it), unless a newer change or
    /// a close made it stale. Returns whether it was published.
    fn publish(
        &self,
        key: &str,
        generation: u64,
        analysis: Arc<Analysis>,
        out: &Sender<String>,
        encoding: Encoding,
    ) -> bool {
        let latest = lock(&self.latest);
        if latest.get(key) != Some(&generation) {
            return false;
        }
        for document in &analysis.documents {
            let params = PublishDiagnosticsParams {
                uri: document.uri.clone(),
                diagnostics: analysis::diagnostics(document, encoding),
                version: document.version,
            };
            let message =
                Message::Notification(Notification::new("textDocument/publishDiagnostics".into(), params));
            let _ = out.send(super::transport::encode(&message));
        }
        lock(&self.cache).insert(key.to_string(), (generation, analysis));
        drop(latest);
        true
    }
}

/// Runs the worker until the job channel closes.
pub fn run(
    jobs: Receiver<Job>,
    shared: Arc<Shared>,
    out: Sender<String>,
    encoding: Encoding,
    folders: Arc<Folders>,
) {
    let mut pending: HashMap<String, Job> = HashMap::new();
    let mut told: HashSet<String> = HashSet::new();
    loop {
        let received = match pending.values().map(|job| job.due).min() {
            None => jobs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(due) => jobs.recv_timeout(due.saturating_duration_since(Instant::now())),
        };
        match received {
            // A newer job for the same document replaces (cancels) the pending one.
            Ok(job) => {
                pending.insert(job.key.clone(), job);
                continue;
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        let now = Instant::now();
        let due: Vec<String> =
            pending.iter().filter(|(_, job)| job.due <= now).map(|(key, _)| key.clone()).collect();
        for key in due {
            // Jobs that arrived meanwhile replace the due ones (and are checked when they are due).
            while let Ok(job) = jobs.try_recv() {
                pending.insert(job.key.clone(), job);
            }
            let Some(job) = pending.remove(&key) else { continue };
            if job.due > Instant::now() {
                pending.insert(key, job);
                continue;
            }
            if shared.current(&job.key) != Some(job.generation) {
                continue; // stale: a newer change or a close came after it
            }
            let analysis = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                analysis::analyse(&job.snapshot, &folders, &shared.open_texts())
            })) {
                Ok(analysis) => Arc::new(analysis),
                Err(_) => {
                    let message =
                        format!("pysunset: checking {key} failed (an internal error); please report it");
                    let params = LogMessageParams { typ: MessageType::ERROR, message };
                    let _ = out.send(super::transport::encode(&Message::Notification(Notification::new(
                        "window/logMessage".into(),
                        params,
                    ))));
                    continue;
                }
            };
            if let Some(problem) = analysis.problem.clone() {
                if told.insert(problem.clone()) {
                    let params = ShowMessageParams {
                        typ: MessageType::WARNING,
                        message: format!("pysunset: {problem}"),
                    };
                    let _ = out.send(super::transport::encode(&Message::Notification(Notification::new(
                        "window/showMessage".into(),
                        params,
                    ))));
                }
            }
            shared.publish(&job.key, job.generation, analysis, &out, encoding);
        }
    }
}
