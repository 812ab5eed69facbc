//! The language server. (In progress.)

pub mod parse;

/// Runs the language server on stdin/stdout until the client says `exit`.
pub fn serve() -> std::process::ExitCode {
    std::process::ExitCode::FAILURE
}
