//! Zed extension for `nutgraf`: starts the language server for Markdown and Plain Text.
//!
//! The server binary is `lsp.nutgraf.binary.path` from Zed's settings if set, else `nutgraf`
//! found on the worktree's PATH. `lsp.nutgraf.initialization_options` are sent as
//! initializationOptions and `lsp.nutgraf.settings` answer `workspace/configuration`
//! (section `nutgraf`).

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

const SERVER: &str = "nutgraf";

struct Nutgraf;

impl zed::Extension for Nutgraf {
    fn new() -> Self {
        Nutgraf
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured_path = binary.as_ref().and_then(|b| b.path.clone());
        let args = binary
            .as_ref()
            .and_then(|b| b.arguments.clone())
            .unwrap_or_default();
        let mut env = worktree.shell_env();
        if let Some(extra) = binary.and_then(|b| b.env) {
            env.extend(extra);
        }
        let command = match configured_path {
            Some(path) => path,
            None => worktree.which(SERVER).ok_or_else(|| {
                "nutgraf was not found on PATH: install it (`cargo install --path .` in the \
                 nutgraf repository) or set lsp.nutgraf.binary.path in Zed's settings"
                    .to_string()
            })?,
        };
        Ok(zed::Command { command, args, env })
    }

    fn language_server_initialization_options(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        let settings = LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.settings);
        Ok(settings.map(|s| serde_json::json!({ SERVER: s })))
    }
}

zed::register_extension!(Nutgraf);
