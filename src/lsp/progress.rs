//! `$/progress` around work that may take a while (the commands, a resolve on a huge document).
//!
//! - The client passed a `workDoneToken`: `begin` is reported at once and `end` when the work is
//!   done (the client asked; two notifications cost nothing).
//! - It did not, but it declares `window.workDoneProgress`: when the work is still running after
//!   [`slow`] (100 ms; `NUTGRAF_PROGRESS_AFTER_MS` sets another), the server creates a token
//!   (`window/workDoneProgress/create`) and reports `begin` and `end` on it. Quick work makes
//!   no round trip.
//!
//! A request cancelled with `$/cancelRequest` is dropped by the protocol layer at its next
//! `await` (answered RequestCancelled, nothing applied); the progress it began still gets its
//! `end` ([`Reporter`]'s `Drop`).

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tower_lsp_server::ls_types::notification::Progress;
use tower_lsp_server::ls_types::{
    ProgressParams, ProgressParamsValue, ProgressToken, WorkDoneProgress, WorkDoneProgressBegin,
    WorkDoneProgressEnd,
};
use tower_lsp_server::Client;
use tracing::debug;

/// Work still running after this gets a progress the server creates …
pub const SLOW: Duration = Duration::from_millis(100);

/// … or after `NUTGRAF_PROGRESS_AFTER_MS` milliseconds when that is set (0: always; what the
/// stdio tests use, so that they do not depend on how fast the machine is).
pub fn slow() -> Duration {
    static AFTER: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *AFTER.get_or_init(|| {
        std::env::var("NUTGRAF_PROGRESS_AFTER_MS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .map_or(SLOW, Duration::from_millis)
    })
}

/// How long to wait for the client to accept a token.
const CREATE_TIMEOUT: Duration = Duration::from_secs(1);

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// `work`, with `$/progress` `begin` and `end` titled `title` as the module says: on `token`
/// when the client passed one, else on a token the server creates when `create` (the client
/// supports it) and the work is slow.
pub async fn around<T>(
    client: &Client,
    token: Option<ProgressToken>,
    create: bool,
    title: &str,
    work: impl Future<Output = T>,
) -> T {
    let work = std::pin::pin!(work);
    let mut work = work;
    let mut reporter = Reporter {
        client: client.clone(),
        token: None,
    };
    match token {
        Some(token) => reporter.begin(token, title).await,
        None if create => {
            if let Ok(out) = tokio::time::timeout(slow(), &mut work).await {
                return out;
            }
            let n = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
            let token = ProgressToken::String(format!("nutgraf/{n}"));
            let created = tokio::time::timeout(
                CREATE_TIMEOUT,
                client.create_work_done_progress(token.clone()),
            )
            .await;
            match created {
                Ok(Ok(())) => reporter.begin(token, title).await,
                Ok(Err(e)) => debug!("window/workDoneProgress/create refused: {e}"),
                Err(_) => debug!("the client did not answer window/workDoneProgress/create"),
            }
        }
        None => {}
    }
    let out = work.await;
    reporter.end().await;
    out
}

/// A progress begun on `token`; ended explicitly, or when dropped (the request was cancelled).
struct Reporter {
    client: Client,
    token: Option<ProgressToken>,
}

impl Reporter {
    async fn begin(&mut self, token: ProgressToken, title: &str) {
        let begin = WorkDoneProgress::Begin(WorkDoneProgressBegin {
            title: title.to_string(),
            cancellable: Some(false),
            message: None,
            percentage: None,
        });
        send(&self.client, token.clone(), begin).await;
        self.token = Some(token);
    }

    async fn end(&mut self) {
        if let Some(token) = self.token.take() {
            send(&self.client, token, end(None)).await;
        }
    }
}

fn end(message: Option<&str>) -> WorkDoneProgress {
    WorkDoneProgress::End(WorkDoneProgressEnd {
        message: message.map(str::to_string),
    })
}

async fn send(client: &Client, token: ProgressToken, value: WorkDoneProgress) {
    client
        .send_notification::<Progress>(ProgressParams {
            token,
            value: ProgressParamsValue::WorkDone(value),
        })
        .await;
}

impl Drop for Reporter {
    fn drop(&mut self) {
        let Some(token) = self.token.take() else {
            return;
        };
        let Ok(rt) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let client = self.client.clone();
        rt.spawn(async move { send(&client, token, end(Some("cancelled"))).await });
    }
}
