//! `.nutgraf.toml`, a project's settings shared by the language server and the command line:
//! found by walking up from a document's folder, parsed into the settings' own names (the
//! server's settings as TOML: `[summary] sentences, maxWords, label, style`, `[hover] enabled,
//! minWords`, `[codeLens] enabled`, `[check] enabled, minSupport`, `language`, `maxDocumentBytes`, …) and `exclude` globs.
//! Also the per-document switch: front matter `nutgraf: false` or an HTML comment
//! `<!-- nutgraf: off -->` near the top turns nutgraf off for that document.
//!
//! No protocol types here. [`parse`] and [`opts_out`] are pure; [`find`] and [`load`] read
//! the file system.
//!
//! ```toml
//! exclude = ["drafts/**", "CHANGELOG.md"]
//!
//! [summary]
//! label = "Gist"
//! sentences = 2
//! ```

use std::fmt;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde_json::Value;

/// The file's name.
pub const FILE_NAME: &str = ".nutgraf.toml";

/// A parsed project file.
#[derive(Clone, Debug)]
pub struct ProjectFile {
    pub path: PathBuf,
    /// The settings, nested as written (`{"summary": {"label": "Gist"}}`), `exclude` left out.
    pub settings: Value,
    /// The `exclude` globs as written, relative to the file's folder.
    pub exclude: Vec<String>,
    matcher: GlobSet,
}

/// Why a project file cannot be used, and where (1-based line and column, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

impl ProjectFile {
    /// The folder the file stands in (`exclude` globs are relative to it).
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }

    /// Whether `doc` (a path under the file's folder) is excluded: the glob matches its path
    /// relative to the folder, or a folder it is in (`drafts` excludes `drafts/a.md`).
    pub fn excludes(&self, doc: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        let Ok(rel) = doc.strip_prefix(self.dir()) else {
            return false;
        };
        let mut p = Some(rel);
        while let Some(q) = p.filter(|q| !q.as_os_str().is_empty()) {
            if self.matcher.is_match(q) {
                return true;
            }
            p = q.parent();
        }
        false
    }
}

/// What the command line takes from a project file (values of the wrong type are left out;
/// the server reports them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Defaults {
    pub sentences: Option<usize>,
    pub max_words: Option<usize>,
    pub label: Option<String>,
    /// `blockquote`, `callout` or `plain`.
    pub style: Option<String>,
    /// `auto` or a language code.
    pub language: Option<String>,
}

impl ProjectFile {
    /// The settings the command line uses: `[summary] sentences, maxWords, label, style` and
    /// `language` (`0` means "not set", as in the editor's settings).
    pub fn defaults(&self) -> Defaults {
        let s = &self.settings;
        let count = |v: &Value| {
            v.as_u64()
                .and_then(|n| usize::try_from(n).ok())
                .filter(|&n| n > 0)
        };
        let text = |v: &Value| {
            v.as_str()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(String::from)
        };
        Defaults {
            sentences: count(&s["summary"]["sentences"]),
            max_words: count(&s["summary"]["maxWords"]),
            label: text(&s["summary"]["label"]),
            style: text(&s["summary"]["style"]),
            language: text(&s["language"]),
        }
    }
}

/// Parses the text of the project file at `path`.
pub fn parse(path: &Path, text: &str) -> Result<ProjectFile, FileError> {
    let err = |at: usize, message: String| {
        let (line, column) = line_col(text, at);
        FileError {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    };
    let mut table: toml::Table = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        err(at, e.message().trim().to_string())
    })?;
    let at_exclude = key_offset(text, "exclude");
    let exclude = match table.remove("exclude") {
        None => Vec::new(),
        Some(toml::Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    toml::Value::String(s) => out.push(s),
                    other => {
                        return Err(err(
                            at_exclude,
                            format!("`exclude` holds strings (globs), not {}", other.type_str()),
                        ))
                    }
                }
            }
            out
        }
        Some(other) => {
            return Err(err(
                at_exclude,
                format!(
                    "`exclude` is a list of globs such as [\"drafts/**\"], not {}",
                    other.type_str()
                ),
            ))
        }
    };
    let mut globs = GlobSetBuilder::new();
    for g in &exclude {
        let glob = GlobBuilder::new(g.trim_end_matches('/'))
            .literal_separator(true)
            .build()
            .map_err(|e| err(at_exclude, format!("bad glob in `exclude`: {e}")))?;
        globs.add(glob);
    }
    let matcher = globs
        .build()
        .map_err(|e| err(at_exclude, format!("bad glob in `exclude`: {e}")))?;
    let settings = serde_json::to_value(&table).unwrap_or(Value::Null);
    Ok(ProjectFile {
        path: path.to_path_buf(),
        settings,
        exclude,
        matcher,
    })
}

/// Reads and parses the project file at `path`.
pub fn load(path: &Path) -> Result<ProjectFile, FileError> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(path, &text),
        Err(e) => Err(FileError {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: format!("cannot read: {e}"),
        }),
    }
}

/// The project file for documents in `dir`: `dir/.nutgraf.toml`, else the nearest one in a
/// folder above.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Whether the document turns nutgraf off: `nutgraf: false` (or `off`, `no`) in YAML front
/// matter, `nutgraf = false` in TOML front matter, or `<!-- nutgraf: off -->` (or `false`,
/// `disable`) in its first ten lines.
pub fn opts_out(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut head = lines(text);
    let first = if text.starts_with("---") || text.starts_with("+++") {
        head.next().unwrap_or("").trim_end()
    } else {
        ""
    };
    if first == "---" || first == "+++" {
        for line in head.by_ref().take(200) {
            let l = line.trim();
            if l == first {
                break;
            }
            if let Some(v) = l
                .strip_prefix("nutgraf")
                .and_then(|r| r.trim_start().strip_prefix([':', '=']))
            {
                if off(v) {
                    return true;
                }
            }
        }
    }
    lines(text).take(10).any(|line| {
        let l = line.trim();
        l.strip_prefix("<!--")
            .and_then(|r| r.strip_suffix("-->"))
            .and_then(|r| r.trim().strip_prefix("nutgraf"))
            .and_then(|r| r.trim_start().strip_prefix(':'))
            .is_some_and(off)
    })
}

/// The lines of `text` as [`str::lines`] gives them, each end found with `memchr` (a document
/// on one 10 MB line is looked at on every request).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        rest = next;
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

fn off(v: &str) -> bool {
    let v = v.trim().trim_matches(['"', '\'']);
    ["false", "off", "no", "disable", "disabled"]
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w))
}

/// Where the key `key` is set at the top level (for messages about its value), else 0.
fn key_offset(text: &str, key: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim_start();
        if l.starts_with('[') {
            break;
        }
        if l.strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            return at + (line.len() - l.len());
        }
        at += line.len();
    }
    0
}

/// 1-based line and column (in characters) of byte `at`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p() -> PathBuf {
        PathBuf::from("/site/.nutgraf.toml")
    }

    #[test]
    fn settings_and_excludes() {
        let f = parse(
            &p(),
            "exclude = [\"drafts/**\", \"CHANGELOG.md\", \"notes\"]\nlanguage = \"en\"\n\n[summary]\nlabel = \"Gist\"\nsentences = 2\n\n[codeLens]\nenabled = false\n",
        )
        .unwrap();
        assert_eq!(
            f.settings,
            json!({"language": "en", "summary": {"label": "Gist", "sentences": 2}, "codeLens": {"enabled": false}})
        );
        let ex = |s: &str| f.excludes(Path::new(s));
        assert!(ex("/site/drafts/a.md"));
        assert!(ex("/site/drafts/deep/b.md"));
        assert!(ex("/site/CHANGELOG.md"));
        assert!(ex("/site/notes/x.md"), "a folder excludes what is in it");
        assert!(
            !ex("/site/docs/CHANGELOG.md"),
            "`*` and names do not cross folders"
        );
        assert!(!ex("/site/post.md"));
        assert!(!ex("/elsewhere/drafts/a.md"));
    }

    #[test]
    fn defaults_for_the_command_line() {
        let f = parse(
            &p(),
            "language = \"de\"\n[summary]\nsentences = 2\nmaxWords = \"x\"\nlabel = \"Kurz\"\n",
        )
        .unwrap();
        assert_eq!(
            f.defaults(),
            Defaults {
                sentences: Some(2),
                max_words: None,
                label: Some("Kurz".into()),
                style: None,
                language: Some("de".into()),
            }
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = parse(&p(), "[summary]\nlabel = \"Gist\nsentences = 2\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 14), "{e}");
        assert!(
            e.to_string().starts_with("/site/.nutgraf.toml:2:14: "),
            "{e}"
        );
        let e = parse(&p(), "language = \"en\"\nexclude = \"drafts\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert_eq!(
            e.message,
            "`exclude` is a list of globs such as [\"drafts/**\"], not string"
        );
        let e = parse(&p(), "exclude = [\"a/[b\"]\n").unwrap_err();
        assert!(e.message.starts_with("bad glob in `exclude`"), "{e}");
        assert!(parse(&p(), "").is_ok());
    }

    #[test]
    fn documents_opt_out() {
        for t in ["", "a", "\n", "a\n", "a\r\nb", "\n\nx\r\n", "é\r\r\n🙂"] {
            assert_eq!(lines(t).collect::<Vec<_>>(), t.lines().collect::<Vec<_>>());
        }
        assert!(opts_out("---\ntitle: T\nnutgraf: false\n---\nText."));
        assert!(opts_out("+++\nnutgraf = false\n+++\nText."));
        assert!(opts_out("# Title\n\n<!-- nutgraf: off -->\n\nText."));
        assert!(!opts_out("---\ntitle: T\n---\nnutgraf: false\n"));
        assert!(!opts_out("<!-- nutgraf:summary -->\n> **TL;DR:** x\n"));
        assert!(!opts_out("---\nnutgraf: true\n---\n"));
        let late = format!("{}<!-- nutgraf: off -->\n", "line\n".repeat(12));
        assert!(!opts_out(&late));
    }

    #[test]
    fn found_walking_up() {
        let root = std::env::temp_dir().join(format!("nutgraf-find-{}", std::process::id()));
        let deep = root.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.join(FILE_NAME), "").unwrap();
        assert_eq!(find(&deep), Some(root.join(FILE_NAME)));
        std::fs::write(root.join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(find(&deep), Some(root.join("a").join(FILE_NAME)));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
