//! Settings, from `initializationOptions`, `workspace/didChangeConfiguration` and the
//! `workspace/configuration` section `nutgraf`, and then the project file `.nutgraf.toml`
//! ([`crate::config_file`]; same keys as TOML, plus `exclude`) of the document's folder or one
//! above, which wins: it states the project's conventions. Precedence: defaults < editor
//! settings < project file (< command-line flags, for the CLI).
//!
//! Keys may be nested (`{"summary": {"sentences": 2}}`) or dotted (`{"summary.sentences": 2}`),
//! optionally under a `nutgraf` key or prefix. `null` means "the default". Unknown keys and
//! values of the wrong type are reported (once each) and ignored.
//!
//! | key | type | default | meaning |
//! |---|---|---|---|
//! | `summary.sentences` | integer ≥ 0 | `0` (adaptive) | sentences in an inserted summary; `0` or `null`: the adaptive budget the command line uses |
//! | `summary.maxWords` | integer ≥ 0 | `0` (none) | a word budget instead, when `summary.sentences` is not set |
//! | `summary.label` | non-empty string | `TL;DR` | the label of inserted summaries (plain text: the paragraph prefix that marks one) |
//! | `summary.style` | `blockquote` · `callout` · `plain` | `blockquote` | how an inserted Markdown summary looks |
//! | `hover.enabled` | boolean | `true` | hovers at all |
//! | `hover.minWords` | integer ≥ 0 | `0` | paragraphs shorter than this get no hover (headings and the title always do) |
//! | `codeLens.enabled` | boolean | `true` | a lens on each heading: reading time and "Summarize section" |
//! | `frontMatter.descriptionKey` | non-empty string | `description` | the front-matter key "Write summary to front matter" sets |
//! | `frontMatter.maxChars` | integer ≥ 20 | `160` | the most characters of that summary (a meta description's length) |
//! | `check.enabled` | boolean | `true` | check the summaries written in a document (front matter `description`/`dek`/…, a leading TL;DR or Key points, a summary callout, nutgraf's blocks): a Warning on each unsupported span, and a hover on each summary sentence with its support |
//! | `check.minSupport` | number in [0, 1] | `1` | a summary sentence's findings are published only when its support score is below this (`1`: every finding; `0.5`: only weakly supported sentences; `0`: none) |
//! | `language` | `auto` or a code (`en`, `de`, …) | `auto` | the language of the documents; `auto` detects it per document |
//! | `maxDocumentBytes` | integer ≥ 1024 | `5000000` | only this much of a document is read; hovers and actions say what was left out |
//! | `log.file` | path | none | the log goes to this file (appended to) instead of `NUTGRAF_LOG_FILE` or stderr; editor settings only (a project file's is ignored) |

use serde_json::{Map, Value};

use crate::summarize::render::Style;
use crate::summarize::Budget;
use crate::text::Language;

pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 5_000_000;
const MIN_DOCUMENT_BYTES: usize = 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub sentences: Option<usize>,
    pub max_words: Option<usize>,
    pub label: String,
    pub style: Style,
    pub hover_enabled: bool,
    pub hover_min_words: usize,
    pub code_lens_enabled: bool,
    pub description_key: String,
    pub description_max_chars: usize,
    pub check_enabled: bool,
    /// Findings of summary sentences whose support score is below this are published.
    pub check_min_support: f64,
    /// `None`: detect per document.
    pub language: Option<Language>,
    pub max_document_bytes: usize,
    /// The log file (`log.file`): `~/` is the home folder; `None`: `NUTGRAF_LOG_FILE` or stderr.
    pub log_file: Option<std::path::PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            sentences: None,
            max_words: None,
            label: crate::article::DEFAULT_LABEL.to_string(),
            style: Style::Blockquote,
            hover_enabled: true,
            hover_min_words: 0,
            code_lens_enabled: true,
            description_key: "description".to_string(),
            description_max_chars: 160,
            check_enabled: true,
            check_min_support: 1.0,
            language: None,
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            log_file: None,
        }
    }
}

impl Config {
    /// The budget of inserted summaries and of heading and title hovers.
    pub fn budget(&self) -> Budget {
        match (self.sentences, self.max_words) {
            (Some(n), _) => Budget::Sentences(n),
            (None, Some(w)) => Budget::Words(w),
            _ => Budget::Auto,
        }
    }

    /// The settings from `layers`, later layers overriding earlier ones, with a message for
    /// each key that was ignored.
    pub fn from_layers(layers: &[&Value]) -> (Config, Vec<String>) {
        let mut cfg = Config::default();
        let mut problems = Vec::new();
        for layer in layers {
            let mut flat = Vec::new();
            flatten("", layer, &mut flat);
            for (key, value) in flat {
                if let Err(p) = cfg.set(&key, value) {
                    problems.push(p);
                }
            }
        }
        (cfg, problems)
    }

    fn set(&mut self, key: &str, v: &Value) -> Result<(), String> {
        let d = Config::default();
        let bad = |want: &str| {
            Err(format!(
                "nutgraf: setting `{key}` should be {want}, not {}; ignored",
                short(v)
            ))
        };
        match key {
            "summary.sentences" => match count(v) {
                Some(n) => self.sentences = (n > 0).then_some(n),
                None if v.is_null() => self.sentences = d.sentences,
                None => return bad("a whole number (0 for the adaptive default)"),
            },
            "summary.maxWords" => match count(v) {
                Some(n) => self.max_words = (n > 0).then_some(n),
                None if v.is_null() => self.max_words = d.max_words,
                None => return bad("a whole number (0 for no limit)"),
            },
            "summary.label" => match v {
                Value::String(s) if !s.trim().is_empty() && !s.contains(['\n', '\r']) => {
                    self.label = s.trim().to_string()
                }
                Value::Null => self.label = d.label,
                _ => return bad("a non-empty one-line string"),
            },
            "summary.style" => match v {
                Value::String(s) => match Style::from_name(&s.trim().to_ascii_lowercase()) {
                    Some(style) => self.style = style,
                    None => return bad("`blockquote`, `callout` or `plain`"),
                },
                Value::Null => self.style = d.style,
                _ => return bad("`blockquote`, `callout` or `plain`"),
            },
            "hover.enabled" => match v {
                Value::Bool(b) => self.hover_enabled = *b,
                Value::Null => self.hover_enabled = d.hover_enabled,
                _ => return bad("true or false"),
            },
            "hover.minWords" => match count(v) {
                Some(n) => self.hover_min_words = n,
                None if v.is_null() => self.hover_min_words = d.hover_min_words,
                None => return bad("a whole number"),
            },
            "codeLens.enabled" => match v {
                Value::Bool(b) => self.code_lens_enabled = *b,
                Value::Null => self.code_lens_enabled = d.code_lens_enabled,
                _ => return bad("true or false"),
            },
            "frontMatter.descriptionKey" => match v {
                Value::String(s)
                    if !s.trim().is_empty()
                        && s.trim()
                            .chars()
                            .all(|c| c.is_alphanumeric() || "_-.".contains(c)) =>
                {
                    self.description_key = s.trim().to_string()
                }
                Value::Null => self.description_key = d.description_key,
                _ => return bad("a key name (letters, digits, `_`, `-`, `.`)"),
            },
            "frontMatter.maxChars" => match count(v) {
                Some(n) if n >= 20 => self.description_max_chars = n,
                None if v.is_null() => self.description_max_chars = d.description_max_chars,
                _ => return bad("a whole number of at least 20"),
            },
            "check.enabled" => match v {
                Value::Bool(b) => self.check_enabled = *b,
                Value::Null => self.check_enabled = d.check_enabled,
                _ => return bad("true or false"),
            },
            "check.minSupport" => match v.as_f64() {
                Some(x) if (0.0..=1.0).contains(&x) => self.check_min_support = x,
                None if v.is_null() => self.check_min_support = d.check_min_support,
                _ => return bad("a number from 0 to 1"),
            },
            "language" => match v {
                Value::String(s) if s.trim().eq_ignore_ascii_case("auto") || s.is_empty() => {
                    self.language = None
                }
                Value::String(s) => match Language::from_code(s) {
                    Some(l) => self.language = Some(l),
                    None => return bad("`auto` or a language code such as `en` or `de`"),
                },
                Value::Null => self.language = None,
                _ => return bad("`auto` or a language code such as `en` or `de`"),
            },
            "maxDocumentBytes" => match count(v) {
                Some(n) if n >= MIN_DOCUMENT_BYTES => self.max_document_bytes = n,
                None if v.is_null() => self.max_document_bytes = d.max_document_bytes,
                _ => return bad(&format!("a whole number of at least {MIN_DOCUMENT_BYTES}")),
            },
            "log.file" => match v {
                Value::String(s) if s.trim().is_empty() => self.log_file = None,
                Value::String(s) if !s.contains(['\n', '\r', '\0']) => {
                    self.log_file = Some(expand_home(s.trim()))
                }
                Value::Null => self.log_file = None,
                _ => return bad("a file path"),
            },
            _ => return Err(format!("nutgraf: unknown setting `{key}`; ignored")),
        }
        Ok(())
    }
}

/// `path` with a leading `~/` read as the home folder.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) if !home.is_empty() => std::path::Path::new(&home).join(rest),
        _ => std::path::PathBuf::from(path),
    }
}

/// A non-negative whole number (integers, or floats with no fraction as some clients send).
fn count(v: &Value) -> Option<usize> {
    if let Some(n) = v.as_u64() {
        return usize::try_from(n).ok();
    }
    let f = v.as_f64()?;
    (f >= 0.0 && f.fract() == 0.0 && f < 1e15).then_some(f as usize)
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 40 {
        let mut end = 40;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &s[..end])
    } else {
        s
    }
}

/// Leaf settings of `v` as dotted keys, without a leading `nutgraf.`.
fn flatten<'a>(prefix: &str, v: &'a Value, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(map) => flatten_map(prefix, map, out),
        Value::Null if prefix.is_empty() => {}
        _ if prefix.is_empty() => out.push(("(settings)".to_string(), v)),
        _ => out.push((prefix.to_string(), v)),
    }
}

fn flatten_map<'a>(prefix: &str, map: &'a Map<String, Value>, out: &mut Vec<(String, &'a Value)>) {
    for (k, v) in map {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        let key = key.strip_prefix("nutgraf.").unwrap_or(&key).to_string();
        if key == "nutgraf" {
            flatten("", v, out);
        } else if v.is_object() {
            flatten(&key, v, out);
        } else {
            out.push((key, v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_dotted_and_wrapped() {
        let (c, p) = Config::from_layers(&[&json!({
            "summary": {"sentences": 2, "label": "Gist"},
            "summary.style": "callout",
            "hover.enabled": false,
            "codeLens": {"enabled": false},
        })]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.sentences, Some(2));
        assert_eq!(c.label, "Gist");
        assert_eq!(c.style, Style::Callout);
        assert!(!c.hover_enabled);
        assert!(!c.code_lens_enabled);
        let (c, p) = Config::from_layers(&[
            &json!({"nutgraf": {"hover": {"minWords": 12.0}, "language": "de"}}),
        ]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.hover_min_words, 12);
        assert_eq!(c.language, Some(Language::German));
        let (c, _) = Config::from_layers(&[&json!({"nutgraf.maxDocumentBytes": 2048})]);
        assert_eq!(c.max_document_bytes, 2048);
    }

    #[test]
    fn bad_keys_are_reported_and_ignored() {
        let (c, p) = Config::from_layers(&[&json!({
            "summary": {"sentences": "two", "style": "fancy", "colour": 3},
            "hover": {"enabled": "yes"},
            "language": "xx",
            "maxDocumentBytes": -5,
            "extra": [1, 2],
        })]);
        assert_eq!(c, Config::default());
        assert_eq!(p.len(), 7, "{p:?}");
        assert!(p.iter().any(|m| m.contains("summary.colour")));
        let (c, p) = Config::from_layers(&[&json!(null), &json!(42)]);
        assert_eq!(c, Config::default());
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn later_layers_win_and_null_resets() {
        let (c, _) = Config::from_layers(&[
            &json!({"summary": {"label": "Gist", "maxWords": 40}}),
            &json!({"summary": {"label": null}}),
        ]);
        assert_eq!(c.label, "TL;DR");
        assert_eq!(c.budget(), Budget::Words(40));
    }

    #[test]
    fn check_settings() {
        let (c, p) =
            Config::from_layers(&[&json!({"check": {"enabled": false, "minSupport": 0.5}})]);
        assert!(p.is_empty(), "{p:?}");
        assert!(!c.check_enabled);
        assert_eq!(c.check_min_support, 0.5);
        let (c, p) = Config::from_layers(&[&json!({"check.minSupport": 2, "check.enabled": "no"})]);
        assert_eq!(c, Config::default());
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].contains("a number from 0 to 1") || p[1].contains("a number from 0 to 1"));
        // The same names in `.nutgraf.toml`.
        let pf = crate::config_file::parse(
            std::path::Path::new("/site/.nutgraf.toml"),
            "[check]\nenabled = false\nminSupport = 0.5\n",
        )
        .unwrap();
        let (c, p) = Config::from_layers(&[&pf.settings]);
        assert!(p.is_empty(), "{p:?}");
        assert!(!c.check_enabled);
        assert_eq!(c.check_min_support, 0.5);
    }
}
