//! Where the log goes: stderr, or the file `NUTGRAF_LOG_FILE` names (appended to, created if
//! missing); what it keeps: `NUTGRAF_LOG` (an `EnvFilter`, default `warn`; `debug` logs every
//! LSP request and notification with its duration). Never stdout: that is the protocol's.

use std::fs::OpenOptions;
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

/// The environment variable naming the log file.
pub const LOG_FILE_VAR: &str = "NUTGRAF_LOG_FILE";

/// Starts logging, once per process. A log file that cannot be opened is reported on stderr and
/// the log stays on stderr.
pub fn init() {
    let filter = EnvFilter::try_from_env("NUTGRAF_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false);
    let file = std::env::var_os(LOG_FILE_VAR).filter(|p| !p.is_empty());
    if let Some(path) = file {
        match OpenOptions::new().create(true).append(true).open(&path) {
            Ok(f) => {
                let _ = builder.with_writer(Mutex::new(f)).try_init();
                return;
            }
            Err(e) => eprintln!(
                "nutgraf: cannot open the log file {} ({LOG_FILE_VAR}): {e}; logging to stderr",
                std::path::Path::new(&path).display()
            ),
        }
    }
    let _ = builder.with_writer(std::io::stderr).try_init();
}
