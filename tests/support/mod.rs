//! Shared helpers for the integration tests and the `lsp` benchmark.

pub mod client;
#[allow(dead_code)]
pub mod docgen;
