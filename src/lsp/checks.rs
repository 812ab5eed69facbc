//! The diagnostics of all open documents — stale summary blocks and what the summaries written
//! in a document say that it does not (see [`super::diagnostics`]) — run by one
//! worker task: each document has at most one pending check, due once its edits pause for
//! [`DELAY`]; the worker runs the due checks one at a time, off the protocol task. A burst of
//! 200 `didOpen`s is 200 entries in a map, not 200 tasks or threads, and a pending check holds
//! no text (a weak reference to the version it is for).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;
use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::Client;
use tracing::{debug, warn};

use super::diagnostics;
use super::documents::{lock, Snapshot};
use super::State;

/// How long edits must pause before summaries are checked.
pub const DELAY: Duration = Duration::from_millis(300);

struct Job {
    snap: Weak<Snapshot>,
    due: Instant,
}

/// The pending checks, by document.
#[derive(Default)]
pub struct Checks {
    pending: Mutex<HashMap<String, Job>>,
    wake: Notify,
}

enum Next {
    Idle,
    Wait(Instant),
    Run(Weak<Snapshot>),
}

impl Checks {
    /// Schedules a check of `snap`, replacing the one pending for its document.
    pub fn schedule(&self, snap: &Arc<Snapshot>) {
        let job = Job {
            snap: Arc::downgrade(snap),
            due: Instant::now() + DELAY,
        };
        lock(&self.pending).insert(snap.key().to_string(), job);
        self.wake.notify_one();
    }

    /// Drops the check pending for `uri` (the document was closed).
    pub fn cancel(&self, uri: &Uri) {
        lock(&self.pending).remove(uri.as_str());
    }

    /// The check to run now, or how long to wait.
    fn next(&self) -> Next {
        let mut pending = lock(&self.pending);
        let Some((key, due)) = pending
            .iter()
            .min_by_key(|(_, j)| j.due)
            .map(|(k, j)| (k.clone(), j.due))
        else {
            return Next::Idle;
        };
        if due > Instant::now() {
            return Next::Wait(due);
        }
        match pending.remove(&key) {
            Some(job) => Next::Run(job.snap),
            None => Next::Idle,
        }
    }
}

/// Starts the worker (on the current tokio runtime).
pub(super) fn start(client: Client, state: Arc<State>) {
    tokio::spawn(async move {
        loop {
            match state.checks.next() {
                Next::Idle => state.checks.wake.notified().await,
                Next::Wait(due) => {
                    tokio::select! {
                        _ = tokio::time::sleep_until(due) => {}
                        _ = state.checks.wake.notified() => {}
                    }
                }
                Next::Run(snap) => run(&client, &state, snap).await,
            }
        }
    });
}

/// `snap` if it is still the open version of its document.
fn current(state: &State, snap: &Weak<Snapshot>) -> Option<Arc<Snapshot>> {
    let snap = snap.upgrade()?;
    let open = state.store.get(&snap.uri)?;
    Arc::ptr_eq(&open, &snap).then_some(snap)
}

/// Checks one version and publishes what was found, unless a newer version came meanwhile.
async fn run(client: &Client, state: &Arc<State>, job: Weak<Snapshot>) {
    let Some(snap) = current(state, &job) else {
        return;
    };
    let (uri, version, shared) = (snap.uri.clone(), snap.version, snap.shared.clone());
    if state.is_project_file(&uri) {
        // Its diagnostics are the project file's errors (see `super::project_file_changed`).
        return;
    }
    let Some((cfg, generation)) = state.settings_for(&snap) else {
        // nutgraf is off for this document: nothing found, and nothing left shown.
        *lock(&shared.stale) = None;
        if shared
            .diag_published
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            client
                .publish_diagnostics(uri, Vec::new(), Some(version))
                .await;
        }
        return;
    };
    let enc = state.encoding();
    let found = tokio::task::spawn_blocking(move || {
        let an = snap.analysis(&cfg, generation);
        let stale = diagnostics::stale_summaries(&snap.text, &an, &cfg);
        let mut diags = diagnostics::to_diagnostics(&snap, &stale, enc);
        diags.extend(diagnostics::unsupported(&snap, &an, &cfg, enc));
        (stale, diags)
    })
    .await;
    let Ok((stale, diags)) = found else {
        warn!("summary check failed for {}", uri.as_str());
        return;
    };
    if current(state, &job).is_none() {
        debug!("{} changed during its check", uri.as_str());
        return;
    }
    let fixable = stale.iter().filter(|s| s.fixable).map(|s| s.span.start);
    *lock(&shared.stale) = Some((version, fixable.collect()));
    let had = shared
        .diag_published
        .swap(!diags.is_empty(), std::sync::atomic::Ordering::SeqCst);
    if had || !diags.is_empty() {
        client.publish_diagnostics(uri, diags, Some(version)).await;
    }
}
