//! Where the log goes: stderr, or the file `NUTGRAF_LOG_FILE` names (appended to, created if
//! missing), or, once the editor's settings arrive, the file the setting `log.file` names;
//! what it keeps: `NUTGRAF_LOG` (an `EnvFilter`, default `warn`; `debug` logs every LSP request
//! and notification with its duration). Never stdout: that is the protocol's.
//!
//! Logging starts before any setting is known, so the writer is swappable: every event is
//! written to the current [`Target`] ([`set_file`] changes it).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// The environment variable naming the log file.
pub const LOG_FILE_VAR: &str = "NUTGRAF_LOG_FILE";

/// Where events go now.
enum Target {
    Stderr,
    File { path: PathBuf, file: File },
}

static TARGET: Mutex<Target> = Mutex::new(Target::Stderr);

fn target() -> std::sync::MutexGuard<'static, Target> {
    TARGET.lock().unwrap_or_else(|e| e.into_inner())
}

/// The writer of every event: the current target, looked up per event.
struct Sink;

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut *target() {
            Target::Stderr => io::stderr().write(buf),
            Target::File { file, .. } => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        // One event, one write under the lock: lines never interleave.
        match &mut *target() {
            Target::Stderr => io::stderr().write_all(buf),
            Target::File { file, .. } => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut *target() {
            Target::Stderr => io::stderr().flush(),
            Target::File { file, .. } => file.flush(),
        }
    }
}

impl<'a> MakeWriter<'a> for Sink {
    type Writer = Sink;

    fn make_writer(&'a self) -> Sink {
        Sink
    }
}

fn open(path: &Path) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

/// The log file of the environment (`NUTGRAF_LOG_FILE`), if set.
fn env_file() -> Option<PathBuf> {
    std::env::var_os(LOG_FILE_VAR)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

/// Starts logging, once per process. A log file that cannot be opened is reported on stderr and
/// the log stays on stderr.
pub fn init() {
    let filter = EnvFilter::try_from_env("NUTGRAF_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    if let Some(path) = env_file() {
        match open(&path) {
            Ok(file) => *target() = Target::File { path, file },
            Err(e) => eprintln!(
                "nutgraf: cannot open the log file {} ({LOG_FILE_VAR}): {e}; logging to stderr",
                path.display()
            ),
        }
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(Sink)
        .try_init();
}

/// Sends the log to `path` from now on (appended to, created if missing); `None`: back to
/// `NUTGRAF_LOG_FILE`, else stderr. Nothing changes when the log already goes there. A file that
/// cannot be opened leaves the log where it was; the error says where that is.
pub fn set_file(path: Option<&Path>) -> Result<(), String> {
    let wanted = path.map(Path::to_path_buf).or_else(env_file);
    let mut t = target();
    let current = match &*t {
        Target::Stderr => None,
        Target::File { path, .. } => Some(path.clone()),
    };
    if current == wanted {
        return Ok(());
    }
    let Some(wanted) = wanted else {
        *t = Target::Stderr;
        return Ok(());
    };
    match open(&wanted) {
        Ok(file) => {
            *t = Target::File { path: wanted, file };
            Ok(())
        }
        Err(e) => {
            let now = current.map_or("stderr".to_string(), |p| p.display().to_string());
            Err(format!(
                "nutgraf: cannot open the log file {} (setting `log.file`): {e}; logging to {now}",
                wanted.display()
            ))
        }
    }
}
