//! The language server (DESIGN.md §2): hovers with the gist of a paragraph, section or article,
//! code actions that insert or update summary blocks, a stale-summary diagnostic, the command
//! `nutgraf.summarize`, over stdio with `tower-lsp-server` on tokio.
//!
//! Only this module knows LSP types. Logging goes to stderr, `NUTGRAF_LOG_FILE` or the setting
//! `log.file` (filter:
//! `NUTGRAF_LOG`, default `warn`; see [`crate::logging`]); stdout is the protocol.
//!
//! - [`documents`]: open documents, versions, incremental sync, positions;
//! - [`analysis`]: the parsed view of a version; [`parse`]: incremental (chunked) parsing;
//! - [`engine`]: summaries of an article, a section, a block or a selection;
//! - [`gists`]: those summaries cached by content, for every feature that shows one;
//! - [`hover`], [`outline`], [`lenses`], [`actions`], [`diagnostics`], [`commands`], [`config`]: the features;
//! - [`support`]: the summaries written in a document, checked against it (cached per version);
//! - [`checks`]: the diagnostics (stale summaries, unsupported claims) of all documents, one worker;
//! - [`transport`], [`framer`], [`jsonscan`], [`lifecycle`]: stdin treated as untrusted, and the
//!   protocol rules the protocol crate leaves out; [`timing`]: each message's time at `debug`;
//! - [`progress`]: `$/progress` around slow work (`$/cancelRequest` is the protocol crate's: it
//!   drops the request's future and answers RequestCancelled).

pub mod actions;
pub mod analysis;
pub mod checks;
pub mod commands;
pub mod config;
pub mod diagnostics;
pub mod documents;
pub mod edits;
pub mod engine;
pub mod framer;
pub mod gists;
pub mod hover;
pub mod jsonscan;
pub mod lenses;
pub mod lifecycle;
pub mod outline;
pub mod parse;
pub mod progress;
pub mod projects;
pub mod support;
pub mod timing;
pub mod transport;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::request;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};
use tracing::{debug, info, warn};

use self::config::Config;
use self::documents::{lock, Snapshot, Store};
use self::projects::{Projects, Reload};
use crate::config_file::{FileError, ProjectFile};
use crate::text::Encoding;

/// How long to wait for the client to answer `workspace/configuration`.
const CONFIG_TIMEOUT: Duration = Duration::from_secs(2);

/// Runs the language server on stdin/stdout until the client says `exit` (or closes stdin).
/// Exit code 0 after `shutdown` then `exit`, 1 when the client never asked to shut down.
pub fn serve() -> ExitCode {
    crate::logging::init();
    no_huge_pages();
    // Blocking work: at most the protocol layer's 4 concurrent requests, the stale-summary
    // worker and stdout; the cap is a safety net, never a thread per notification.
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(8)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let shutdown = Arc::new(AtomicBool::new(false));
    let flag = shutdown.clone();
    rt.block_on(async move {
        let (service, socket) = LspService::new(|client| Backend::new(client, flag));
        Server::new(transport::stdin(), tokio::io::stdout(), socket)
            .serve(timing::Timed(lifecycle::Lifecycle::new(service)))
            .await;
    });
    // Background work (debounced diagnostics, a configuration request nobody answers) and the
    // thread blocked reading stdin must not hold the exit up.
    rt.shutdown_timeout(Duration::from_millis(200));
    if shutdown.load(Ordering::SeqCst) {
        info!("exit after shutdown");
        ExitCode::SUCCESS
    } else {
        warn!("exit without shutdown");
        ExitCode::FAILURE
    }
}

/// Transparent huge pages off for the server process. The allocator (mimalloc, see main.rs)
/// asks for them on Linux; a server that frees and reallocates a document's worth of memory
/// per keystroke then has each 2 MB page zeroed again after every purge, and pays for whole
/// huge pages it barely uses. Measured with `cargo bench --bench lsp` (100,000-word document):
/// hover p99 3–19 ms → 2.1–2.6 ms, ten documents 106–160 MB → 71–77 MB resident.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)` takes plain integers and touches no
        // memory of ours; it only sets a flag of this process.
        let r = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
        if r != 0 {
            debug!(
                "cannot turn transparent huge pages off: {}",
                std::io::Error::last_os_error()
            );
        }
    }
}

/// The configuration under each project file, and the generation it was made at.
type ProjectConfigs = (u64, HashMap<PathBuf, Arc<Config>>);

/// Server state shared with background tasks.
struct State {
    store: Store,
    config: RwLock<Arc<Config>>,
    generation: AtomicU64,
    /// (initializationOptions, workspace settings): the configuration layers.
    layers: Mutex<(Value, Value)>,
    /// 0: UTF-16, 1: UTF-8.
    encoding: AtomicU8,
    resolve_support: AtomicBool,
    /// The client takes versioned `documentChanges` in workspace edits.
    document_changes: AtomicBool,
    pull_config: AtomicBool,
    /// Configuration problems already reported to the client.
    reported: Mutex<HashSet<String>>,
    /// Problems found before the client could be told.
    pending: Mutex<Vec<String>>,
    /// Pending stale-summary checks.
    checks: checks::Checks,
    /// Project files (`.nutgraf.toml`) and which applies where.
    projects: Mutex<Projects>,
    /// The configuration under each project file, at a generation.
    project_configs: Mutex<ProjectConfigs>,
    /// The client can register a file watcher (`workspace/didChangeWatchedFiles`).
    watch_files: AtomicBool,
    /// The client takes `workspace/codeLens/refresh`.
    lens_refresh: AtomicBool,
    /// The client takes `window/workDoneProgress/create` (`window.workDoneProgress`).
    work_done_progress: AtomicBool,
}

impl State {
    fn encoding(&self) -> Encoding {
        if self.encoding.load(Ordering::Relaxed) == 1 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    fn config(&self) -> (Arc<Config>, u64) {
        let c = self
            .config
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        (c, self.generation.load(Ordering::SeqCst))
    }

    /// The settings for `snap`, and their generation: the editor's settings under the project
    /// file that applies to it. `None` when nutgraf is off for this document: excluded by its
    /// project file, opted out in its first lines, or a project file itself.
    fn settings_for(&self, snap: &Snapshot) -> Option<(Arc<Config>, u64)> {
        let path = file_path(&snap.uri);
        if path.as_deref().is_some_and(Projects::is_project_file) {
            return None;
        }
        if crate::config_file::opts_out(&snap.text) {
            return None;
        }
        let project = path
            .as_deref()
            .and_then(|p| lock(&self.projects).for_document(p).0);
        if let (Some(pf), Some(p)) = (&project, &path) {
            if pf.excludes(p) {
                return None;
            }
        }
        let (base, generation) = self.config();
        let Some(pf) = project else {
            return Some((base, generation));
        };
        let mut cache = lock(&self.project_configs);
        if cache.0 != generation {
            *cache = (generation, HashMap::new());
        }
        let cfg = cache
            .1
            .entry(pf.path.clone())
            .or_insert_with(|| Arc::new(self.config_with(&pf).0))
            .clone();
        Some((cfg, generation))
    }

    /// The editor's settings under project file `pf`, and the problems with its keys.
    fn config_with(&self, pf: &ProjectFile) -> (Config, Vec<String>) {
        let layers = lock(&self.layers);
        // The editor's layers' own problems are told when they change (`recompute_config`).
        let (cfg, _) = Config::from_layers(&[&layers.0, &layers.1, &pf.settings]);
        let name = pf.path.display();
        let ours: Vec<String> = Config::from_layers(&[&pf.settings])
            .1
            .into_iter()
            .map(|p| format!("{name}: {p}"))
            .collect();
        (cfg, ours)
    }

    fn is_project_file(&self, uri: &Uri) -> bool {
        file_path(uri)
            .as_deref()
            .is_some_and(Projects::is_project_file)
    }

    /// Recomputes the configuration from its layers; whether it changed, and the problems.
    fn recompute_config(&self) -> (bool, Vec<String>) {
        let (cfg, mut problems) = {
            let layers = lock(&self.layers);
            Config::from_layers(&[&layers.0, &layers.1])
        };
        if let Err(e) = crate::logging::set_file(cfg.log_file.as_deref()) {
            problems.push(e);
        }
        let mut cur = self.config.write().unwrap_or_else(|e| e.into_inner());
        let changed = **cur != cfg;
        if changed {
            info!("configuration: {cfg:?}");
            *cur = Arc::new(cfg);
            self.generation.fetch_add(1, Ordering::SeqCst);
        }
        (changed, problems)
    }

    /// The problems not reported yet (each is reported once).
    fn fresh_problems(&self, problems: Vec<String>) -> Vec<String> {
        let mut seen = lock(&self.reported);
        problems
            .into_iter()
            .filter(|p| seen.insert(p.clone()))
            .collect()
    }
}

pub struct Backend {
    client: Client,
    state: Arc<State>,
    shutdown: Arc<AtomicBool>,
}

impl Backend {
    fn new(client: Client, shutdown: Arc<AtomicBool>) -> Backend {
        let backend = Backend {
            client,
            state: Arc::new(State {
                store: Store::default(),
                config: RwLock::new(Arc::new(Config::default())),
                generation: AtomicU64::new(0),
                layers: Mutex::new((Value::Null, Value::Null)),
                encoding: AtomicU8::new(0),
                resolve_support: AtomicBool::new(false),
                document_changes: AtomicBool::new(false),
                pull_config: AtomicBool::new(false),
                reported: Mutex::new(HashSet::new()),
                pending: Mutex::new(Vec::new()),
                checks: checks::Checks::default(),
                projects: Mutex::new(Projects::default()),
                project_configs: Mutex::new((0, HashMap::new())),
                watch_files: AtomicBool::new(false),
                lens_refresh: AtomicBool::new(false),
                work_done_progress: AtomicBool::new(false),
            }),
            shutdown,
        };
        checks::start(backend.client.clone(), backend.state.clone());
        backend
    }

    fn document(&self, uri: &Uri, what: &str) -> Option<Arc<Snapshot>> {
        let d = self.state.store.get(uri);
        if d.is_none() {
            warn!("{what} for {} which is not open", uri.as_str());
        }
        d
    }

    /// Runs `work` on `snap` off the protocol task. Its answer goes out only if `snap` is still
    /// the open version of its document when done: a hover or an edit computed for a version
    /// the client has edited since would point at the wrong text (ContentModified instead).
    async fn on_current<T: Send + 'static>(
        &self,
        what: &str,
        snap: Arc<Snapshot>,
        work: impl FnOnce(&Snapshot) -> T + Send + 'static,
    ) -> Result<T> {
        let s = snap.clone();
        let out = tokio::task::spawn_blocking(move || work(&s))
            .await
            .map_err(|_| internal(what))?;
        match self.state.store.get(&snap.uri) {
            Some(open) if Arc::ptr_eq(&open, &snap) => Ok(out),
            open => {
                let now = open.map_or("closed".to_string(), |o| format!("version {}", o.version));
                debug!(
                    "{what} for {} version {}: now {now}",
                    snap.uri.as_str(),
                    snap.version
                );
                Err(Error {
                    code: ErrorCode::ContentModified,
                    message: format!(
                        "the document changed while {what} was computed (version {}, now {now})",
                        snap.version
                    )
                    .into(),
                    data: None,
                })
            }
        }
    }

    /// The open version of the document an action's or lens's data names.
    fn open_for(&self, data: &edits::Data, what: &str) -> Result<Arc<Snapshot>> {
        let uri: Uri = data
            .uri
            .parse()
            .map_err(|_| edits::invalid(format!("bad uri {:?}", data.uri)))?;
        self.document(&uri, what)
            .ok_or_else(|| edits::invalid(format!("{} is not open", data.uri)))
    }

    /// The lens command: computes the summary block's edit for the version the lens was made
    /// for and asks the client to apply it (`workspace/applyEdit`); ContentModified, and
    /// nothing applied, when the document changed since.
    async fn insert_summary(&self, arguments: Vec<Value>) -> Result<Option<LSPAny>> {
        let data = lenses::data_of(arguments.first())?;
        let snap = self.open_for(&data, "executeCommand")?;
        if data.version != snap.version {
            return Err(edits::modified(
                "lens",
                data.version,
                snap.version,
                "run the refreshed lens",
            ));
        }
        edits::check(&data.action, &snap.text).map_err(edits::invalid)?;
        let (cfg, generation) = self.state.settings_for(&snap).ok_or_else(off)?;
        let enc = self.state.encoding();
        let versioned = self.state.document_changes.load(Ordering::SeqCst);
        let label = match &data.action {
            edits::Action::Article => "Summarize article",
            _ => "Summarize section",
        };
        let edit = self
            .on_current("executeCommand", snap, move |snap| {
                let an = snap.analysis(&cfg, generation);
                edits::edit_for(snap, &an, &cfg, &data.action)
                    .map(|e| edits::workspace_edit(snap, &e, enc, versioned))
            })
            .await?
            .map_err(edits::invalid)?;
        let params = ApplyWorkspaceEditParams {
            edit,
            label: Some(label.into()),
        };
        let applied = self
            .client
            .send_request::<request::ApplyWorkspaceEdit>(params)
            .await;
        match applied {
            Ok(r) if r.applied => Ok(None),
            Ok(r) => {
                let why = r.failure_reason.unwrap_or_else(|| "no reason given".into());
                warn!("the client did not apply the summary: {why}");
                Ok(None)
            }
            Err(e) => {
                warn!("workspace/applyEdit failed: {e}");
                Ok(None)
            }
        }
    }

    /// Looks up the project file of the document at `path` (read on first use) and tells the
    /// client about its problems.
    async fn project_of(&self, path: &std::path::Path) {
        let (pf, error) = lock(&self.state.projects).for_document(path);
        if let Some(e) = error {
            self.invalid_project_file(&e).await;
        }
        if let Some(pf) = pf {
            let (_, problems) = self.state.config_with(&pf);
            report(&self.client, &self.state, problems).await;
        }
    }

    /// A project file was edited, saved or changed on disk: re-read it (from `text`, an
    /// editor's buffer, when given) and apply it; an invalid file keeps the last good settings
    /// and is told once.
    async fn project_file_changed(&self, path: PathBuf, text: Option<String>) {
        let outcome = lock(&self.state.projects).reload(&path, text.as_deref());
        info!("project file {}: {outcome:?}", path.display());
        match outcome {
            Reload::Changed => {
                self.project_file_diagnostics(&path, None).await;
                let pf = lock(&self.state.projects).for_document(&path).0;
                if let Some(pf) = pf {
                    let (_, problems) = self.state.config_with(&pf);
                    report(&self.client, &self.state, problems).await;
                }
                self.project_files_moved().await;
            }
            Reload::Same => self.project_file_diagnostics(&path, None).await,
            Reload::Invalid { error, fresh } => {
                if fresh {
                    self.invalid_project_file(&error).await;
                }
                self.project_file_diagnostics(&path, Some(&error)).await;
            }
        }
    }

    /// Settings changed outside the editor's layers: every document is analysed and checked
    /// again, and lenses are refreshed.
    async fn project_files_moved(&self) {
        self.state.generation.fetch_add(1, Ordering::SeqCst);
        for snap in self.state.store.all() {
            self.state.checks.schedule(&snap);
        }
        if self.state.lens_refresh.load(Ordering::SeqCst) {
            let client = self.client.clone();
            tokio::spawn(async move {
                if let Err(e) = client.code_lens_refresh().await {
                    debug!("workspace/codeLens/refresh: {e}");
                }
            });
        }
    }

    async fn invalid_project_file(&self, e: &FileError) {
        let msg = format!("nutgraf: {e} (keeping the last good settings)");
        warn!("{msg}");
        self.client.show_message(MessageType::WARNING, msg).await;
    }

    /// The error of an open project file as a diagnostic on it (none when it is fine).
    async fn project_file_diagnostics(&self, path: &std::path::Path, e: Option<&FileError>) {
        let Some(uri) = Uri::from_file_path(path) else {
            return;
        };
        let Some(snap) = self.state.store.get(&uri) else {
            return;
        };
        let diags: Vec<Diagnostic> = e
            .map(|e| {
                let p = Position::new(
                    e.line.saturating_sub(1) as u32,
                    e.column.saturating_sub(1) as u32,
                );
                Diagnostic {
                    range: Range::new(p, p),
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("nutgraf".into()),
                    message: format!("{} (the last good settings stay in force)", e.message),
                    ..Default::default()
                }
            })
            .into_iter()
            .collect();
        let had = snap
            .shared
            .diag_published
            .swap(!diags.is_empty(), Ordering::SeqCst);
        if had || !diags.is_empty() {
            self.client
                .publish_diagnostics(snap.uri.clone(), diags, Some(snap.version))
                .await;
        }
    }

    /// Applies a new workspace-settings layer and tells the client about bad keys.
    async fn settings_changed(&self) {
        apply_settings(&self.client, &self.state).await;
    }
}

async fn report(client: &Client, state: &State, problems: Vec<String>) {
    for p in state.fresh_problems(problems) {
        warn!("{p}");
        client.log_message(MessageType::WARNING, p).await;
    }
}

async fn apply_settings(client: &Client, state: &Arc<State>) {
    let (changed, problems) = state.recompute_config();
    report(client, state, problems).await;
    if changed {
        for snap in state.store.all() {
            state.checks.schedule(&snap);
        }
    }
}

/// Asks the client for section `nutgraf`, in the background: some clients never answer.
fn pull_configuration(client: Client, state: Arc<State>) {
    if !state.pull_config.load(Ordering::SeqCst) {
        return;
    }
    tokio::spawn(async move {
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("nutgraf".into()),
        };
        match tokio::time::timeout(CONFIG_TIMEOUT, client.configuration(vec![item])).await {
            Ok(Ok(mut values)) => {
                let v = if values.is_empty() {
                    Value::Null
                } else {
                    values.swap_remove(0)
                };
                debug!("workspace/configuration: {v}");
                lock(&state.layers).1 = v;
                apply_settings(&client, &state).await;
            }
            Ok(Err(e)) => warn!("workspace/configuration failed: {e}"),
            Err(_) => warn!(
                "the client did not answer workspace/configuration within {CONFIG_TIMEOUT:?}; keeping the current settings"
            ),
        }
    });
}

/// Asks the client to watch project files (`client/registerCapability`), in the background.
fn watch_project_files(client: Client) {
    tokio::spawn(async move {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{}", crate::config_file::FILE_NAME)),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "nutgraf-project-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        };
        match tokio::time::timeout(
            CONFIG_TIMEOUT,
            client.register_capability(vec![registration]),
        )
        .await
        {
            Ok(Ok(())) => debug!("watching **/.nutgraf.toml"),
            Ok(Err(e)) => warn!("cannot watch project files: {e}"),
            Err(_) => warn!("the client did not answer client/registerCapability"),
        }
    });
}

/// Our part of pushed settings: the `nutgraf` section if there is one, else the settings if
/// they look like ours; `None` when there is nothing of ours (some clients push `null`, some
/// push every server's settings to all).
fn ours(settings: Value) -> Option<Value> {
    let Value::Object(mut m) = settings else {
        return None;
    };
    if let Some(v) = m.remove("nutgraf") {
        return Some(v);
    }
    let mine = |k: &String| {
        [
            "summary",
            "hover",
            "codeLens",
            "frontMatter",
            "check",
            "language",
            "maxDocumentBytes",
            "log",
        ]
        .contains(&k.as_str())
            || [
                "summary.",
                "hover.",
                "codeLens.",
                "frontMatter.",
                "check.",
                "log.",
                "nutgraf.",
            ]
            .iter()
            .any(|p| k.starts_with(p))
    };
    m.keys().any(mine).then_some(Value::Object(m))
}

/// The error for a request on a document nutgraf is off for.
fn off() -> Error {
    edits::invalid(
        "nutgraf is off for this document (excluded by .nutgraf.toml, or `nutgraf: false` in it)",
    )
}

/// The file path of a `file:` URI.
fn file_path(uri: &Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

fn internal(what: &str) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: format!("nutgraf: {what} failed").into(),
        data: None,
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = &params.capabilities;
        let utf8 = caps
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|e| e.contains(&PositionEncodingKind::UTF8));
        self.state.encoding.store(u8::from(utf8), Ordering::SeqCst);
        let resolve = caps
            .text_document
            .as_ref()
            .and_then(|t| t.code_action.as_ref())
            .and_then(|c| c.resolve_support.as_ref())
            .is_some_and(|r| r.properties.iter().any(|p| p == "edit"));
        self.state.resolve_support.store(resolve, Ordering::SeqCst);
        let versioned = caps
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref())
            .and_then(|e| e.document_changes)
            .unwrap_or(false);
        self.state
            .document_changes
            .store(versioned, Ordering::SeqCst);
        let pull = caps
            .workspace
            .as_ref()
            .and_then(|w| w.configuration)
            .unwrap_or(false);
        self.state.pull_config.store(pull, Ordering::SeqCst);
        let watch = caps
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        self.state.watch_files.store(watch, Ordering::SeqCst);
        let refresh = caps
            .workspace
            .as_ref()
            .and_then(|w| w.code_lens.as_ref())
            .and_then(|c| c.refresh_support)
            .unwrap_or(false);
        self.state.lens_refresh.store(refresh, Ordering::SeqCst);
        let progress = caps
            .window
            .as_ref()
            .and_then(|w| w.work_done_progress)
            .unwrap_or(false);
        self.state
            .work_done_progress
            .store(progress, Ordering::SeqCst);
        lock(&self.state.layers).0 = params.initialization_options.unwrap_or(Value::Null);
        let (_, problems) = self.state.recompute_config();
        lock(&self.state.pending).extend(problems);
        info!("initialize: utf8={utf8} resolve={resolve} documentChanges={versioned} pull_config={pull}");

        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(if utf8 {
                    PositionEncodingKind::UTF8
                } else {
                    PositionEncodingKind::UTF16
                }),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                            include_text: Some(true),
                        })),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                document_symbol_provider: Some(OneOf::Right(DocumentSymbolOptions {
                    label: Some("nutgraf".into()),
                    work_done_progress_options: Default::default(),
                })),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![actions::KIND_SUMMARIZE, actions::KIND_FIX]),
                        resolve_provider: Some(true),
                        ..Default::default()
                    },
                )),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(true),
                }),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![commands::SUMMARIZE.to_string(), lenses::COMMAND.to_string()],
                    ..Default::default()
                }),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "nutgraf".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let problems = std::mem::take(&mut *lock(&self.state.pending));
        report(&self.client, &self.state, problems).await;
        pull_configuration(self.client.clone(), self.state.clone());
        if self.state.watch_files.load(Ordering::SeqCst) {
            watch_project_files(self.client.clone());
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let d = params.text_document;
        let (snap, warning) = self
            .state
            .store
            .open(d.uri, &d.language_id, d.version, d.text);
        if let Some(w) = warning {
            warn!("{w}");
        }
        if let Some(path) = file_path(&snap.uri) {
            if Projects::is_project_file(&path) {
                self.project_file_changed(path, Some(snap.text.clone()))
                    .await;
            } else {
                self.project_of(&path).await;
            }
        }
        self.state.checks.schedule(&snap);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        if let Some(path) = file_path(&uri).filter(|p| Projects::is_project_file(p)) {
            self.project_file_changed(path, params.text).await;
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        for change in params.changes {
            let Some(path) = file_path(&change.uri).filter(|p| Projects::is_project_file(p)) else {
                continue;
            };
            debug!("watched file {}: {:?}", path.display(), change.typ);
            if change.typ == FileChangeType::CHANGED {
                // An open file is read from its buffer (it may differ from the disk).
                let open = self.state.store.get(&change.uri).map(|s| s.text.clone());
                self.project_file_changed(path, open).await;
            } else {
                let deleted = change.typ == FileChangeType::DELETED;
                lock(&self.state.projects).forget(&path, deleted);
                self.project_files_moved().await;
            }
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        match self.state.store.change(params, self.state.encoding()) {
            Ok(snap) => {
                if let Some(path) = file_path(&snap.uri).filter(|p| Projects::is_project_file(p)) {
                    self.project_file_changed(path, Some(snap.text.clone()))
                        .await;
                }
                self.state.checks.schedule(&snap)
            }
            Err(w) => warn!("{w}"),
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        match self.state.store.close(&uri) {
            Some(snap) => {
                self.state.checks.cancel(&uri);
                if snap.shared.diag_published.swap(false, Ordering::SeqCst) {
                    self.client.publish_diagnostics(uri, Vec::new(), None).await;
                }
            }
            None => warn!("didClose for {} which is not open", uri.as_str()),
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        // Pushed settings apply at once; clients that can be asked are asked as well (many
        // push `null` and expect the server to pull).
        if let Some(pushed) = ours(params.settings) {
            lock(&self.state.layers).1 = pushed;
            self.settings_changed().await;
        }
        pull_configuration(self.client.clone(), self.state.clone());
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.document(&p.text_document.uri, "hover") else {
            return Ok(None);
        };
        let Some((cfg, generation)) = self.state.settings_for(&snap) else {
            return Ok(None);
        };
        if !cfg.hover_enabled {
            return Ok(None);
        }
        let enc = self.state.encoding();
        // The version is fixed above, in arrival order; the work (a parse after an edit, a
        // summary on a cache miss) runs off the protocol task.
        self.on_current("hover", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            let offset = snap.offset(p.position, enc);
            hover::hover(snap, &an, &cfg, offset, enc)
        })
        .await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snap) = self.document(&params.text_document.uri, "documentSymbol") else {
            return Ok(None);
        };
        let Some((cfg, generation)) = self.state.settings_for(&snap) else {
            return Ok(None);
        };
        let enc = self.state.encoding();
        self.on_current("documentSymbol", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            Some(DocumentSymbolResponse::Nested(outline::symbols(
                snap, &an, enc,
            )))
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(snap) = self.document(&params.text_document.uri, "codeAction") else {
            return Ok(None);
        };
        let Some((cfg, generation)) = self.state.settings_for(&snap) else {
            return Ok(None);
        };
        let enc = self.state.encoding();
        // Without resolve support every edit is computed now.
        let resolve = self.state.resolve_support.load(Ordering::SeqCst);
        let versioned = self.state.document_changes.load(Ordering::SeqCst);
        let context = params.context;
        let token = params.work_done_progress_params.work_done_token;
        let work = self.on_current("codeAction", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            let range = snap.byte_range(&params.range, enc);
            Some(actions::list(
                snap, &an, &cfg, range, &context, resolve, enc, versioned,
            ))
        });
        self.with_progress(token, "nutgraf: reading the document", work)
            .await
    }

    async fn code_action_resolve(&self, action: CodeAction) -> Result<CodeAction> {
        let data = actions::data_of(&action)
            .ok_or_else(|| edits::invalid("this code action has no nutgraf data"))?;
        let snap = self.open_for(&data, "codeAction/resolve")?;
        let (cfg, generation) = self.state.settings_for(&snap).ok_or_else(off)?;
        let enc = self.state.encoding();
        let versioned = self.state.document_changes.load(Ordering::SeqCst);
        let work = self.on_current("codeAction/resolve", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            actions::resolve(snap, &an, &cfg, action, enc, versioned)
        });
        self.with_progress(None, "nutgraf: summarizing", work)
            .await?
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let Some(snap) = self.document(&params.text_document.uri, "codeLens") else {
            return Ok(None);
        };
        let Some((cfg, generation)) = self.state.settings_for(&snap) else {
            return Ok(None);
        };
        if !cfg.code_lens_enabled {
            return Ok(Some(Vec::new()));
        }
        let enc = self.state.encoding();
        self.on_current("codeLens", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            Some(lenses::list(snap, &an, enc))
        })
        .await
    }

    async fn code_lens_resolve(&self, lens: CodeLens) -> Result<CodeLens> {
        let data = lenses::data_of(lens.data.as_ref())?;
        let snap = self.open_for(&data, "codeLens/resolve")?;
        let (cfg, generation) = self.state.settings_for(&snap).ok_or_else(off)?;
        let work = self.on_current("codeLens/resolve", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            lenses::resolve(snap, &an, lens)
        });
        self.with_progress(None, "nutgraf: reading the document", work)
            .await?
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        let token = params.work_done_progress_params.work_done_token.clone();
        let title = if params.command == lenses::COMMAND {
            "nutgraf: inserting a summary"
        } else {
            "nutgraf: summarizing"
        };
        self.with_progress(token, title, self.execute(params)).await
    }
}

impl Backend {
    /// `work` with `$/progress` (see [`progress`]).
    async fn with_progress<T>(
        &self,
        token: Option<ProgressToken>,
        title: &str,
        work: impl std::future::Future<Output = T>,
    ) -> T {
        let create = self.state.work_done_progress.load(Ordering::SeqCst);
        progress::around(&self.client, token, create, title, work).await
    }

    /// `workspace/executeCommand`: the lens command or `nutgraf.summarize`.
    async fn execute(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command == lenses::COMMAND {
            return self.insert_summary(params.arguments).await;
        }
        if params.command != commands::SUMMARIZE {
            return Err(edits::invalid(format!(
                "unknown command {:?} (nutgraf offers {} and {})",
                params.command,
                commands::SUMMARIZE,
                lenses::COMMAND
            )));
        }
        let args = commands::parse_args(&params.arguments)?;
        let Some(snap) = self.document(&args.uri, "executeCommand") else {
            return Err(edits::invalid(format!("{} is not open", args.uri.as_str())));
        };
        let (cfg, generation) = self.state.settings_for(&snap).ok_or_else(off)?;
        let enc = self.state.encoding();
        self.on_current("executeCommand", snap, move |snap| {
            let an = snap.analysis(&cfg, generation);
            Some(commands::run(snap, &an, &cfg, &args, enc))
        })
        .await
    }
}
