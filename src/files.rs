//! The files `nutgraf summarize` reads when given several paths, directories or globs.
//! Directories are walked with the `ignore` crate (as ripgrep does): `.gitignore`, `.ignore`
//! and hidden files are left out, and only Markdown and plain-text files are taken. Globs
//! (`docs/**/*.md`) are matched with `globset` against the files under their literal prefix.
//! The order is the order of the arguments, and within a directory or a glob the paths' order.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::GlobBuilder;
use ignore::overrides::{Override, OverrideBuilder};
use ignore::WalkBuilder;

/// Extensions of the files a directory walk takes (lower case, without the dot).
pub const TEXT_EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdx", "mkd", "mdown", "mkdn", "qmd", "rmd", "txt", "text",
];

/// Globs of paths to leave out of directory walks, relative to `root`.
///
/// The `exclude` globs of a `.nutgraf.toml`, with `root` the folder of the file that names them.
#[derive(Clone, Debug, Default)]
pub struct Exclude {
    pub root: PathBuf,
    pub globs: Vec<String>,
}

impl Exclude {
    /// Nothing excluded beyond the ignore files.
    pub fn none() -> Exclude {
        Exclude::default()
    }

    fn overrides(&self) -> Result<Option<Override>, String> {
        if self.globs.is_empty() {
            return Ok(None);
        }
        let mut b = OverrideBuilder::new(&self.root);
        for g in &self.globs {
            b.add(&format!("!{g}"))
                .map_err(|e| format!("exclude glob {g}: {e}"))?;
        }
        b.build()
            .map(Some)
            .map_err(|e| format!("exclude globs: {e}"))
    }
}

/// The files to read, and the arguments that gave none (messages for stderr).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Listed {
    pub files: Vec<String>,
    pub errors: Vec<String>,
}

/// True when the arguments name more than one file's worth: several paths, a directory, or a
/// glob that is not itself a file name.
pub fn is_many(paths: &[String]) -> bool {
    match paths {
        [one] => {
            one != "-" && (Path::new(one).is_dir() || is_glob(one) && !Path::new(one).exists())
        }
        _ => true,
    }
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', '{'])
}

/// The files `paths` name, in order, each once. A file given by name is taken whatever its
/// extension (reading it reports what is wrong with it); a directory gives its Markdown and
/// text files; a glob the files it matches.
pub fn expand(paths: &[String], exclude: &Exclude) -> Listed {
    let mut out = Listed::default();
    let mut seen = HashSet::new();
    let overrides = match exclude.overrides() {
        Ok(o) => o,
        Err(e) => {
            out.errors.push(e);
            None
        }
    };
    for arg in paths {
        let path = Path::new(arg);
        let found = if path.is_dir() {
            Ok(walk(
                path,
                &overrides,
                None,
                &mut |p| has_text_extension(p),
                &mut out.errors,
            ))
        } else if is_glob(arg) && !path.exists() {
            glob(arg, &overrides, &mut out.errors)
        } else {
            Ok(vec![arg.clone()])
        };
        match found {
            Ok(files) if files.is_empty() && is_glob(arg) && !path.exists() => {
                out.errors.push(format!("no files match {arg}"));
            }
            Ok(files) => {
                for f in files {
                    if seen.insert(f.clone()) {
                        out.files.push(f);
                    }
                }
            }
            Err(e) => out.errors.push(e),
        }
    }
    out
}

fn has_text_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The files under `root` that `keep` accepts, sorted by path, ignore files honoured.
/// Entries that cannot be read are reported in `errors` and the walk goes on.
fn walk(
    root: &Path,
    overrides: &Option<Override>,
    max_depth: Option<usize>,
    keep: &mut dyn FnMut(&Path) -> bool,
    errors: &mut Vec<String>,
) -> Vec<String> {
    let mut b = WalkBuilder::new(root);
    b.require_git(false)
        .max_depth(max_depth)
        .sort_by_file_path(|a, b| a.cmp(b));
    if let Some(o) = overrides {
        b.overrides(o.clone());
    }
    let mut files = Vec::new();
    for entry in b.build() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(format!("cannot read {}: {e}", root.display()));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) || !keep(entry.path()) {
            continue;
        }
        match entry.path().to_str() {
            Some(s) => files.push(s.to_string()),
            None => errors.push(format!(
                "{}: the file name is not UTF-8: skipped",
                entry.path().display()
            )),
        }
    }
    files
}

/// The files matching `pattern` (`*` stays within a directory, `**` crosses them), found under
/// its literal prefix with the ignore files honoured.
fn glob(
    pattern: &str,
    overrides: &Option<Override>,
    errors: &mut Vec<String>,
) -> Result<Vec<String>, String> {
    let matcher = GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| format!("{pattern} is not a valid glob: {e}"))?
        .compile_matcher();
    let meta = pattern.find(['*', '?', '[', '{']).unwrap_or(pattern.len());
    let base = match pattern[..meta].rfind('/') {
        Some(0) => "/",
        Some(i) => &pattern[..i],
        None => "",
    };
    let rest = pattern[base.len()..].trim_start_matches('/');
    let depth = (!rest.contains("**")).then(|| rest.split('/').count());
    let root = if base.is_empty() { "." } else { base };
    if !Path::new(root).is_dir() {
        return Ok(Vec::new());
    }
    let files = walk(
        Path::new(root),
        overrides,
        depth,
        &mut |p| {
            let s = p.to_str().unwrap_or_default();
            let s = if base.is_empty() {
                s.strip_prefix("./").unwrap_or(s)
            } else {
                s
            };
            matcher.is_match(s)
        },
        errors,
    );
    Ok(if base.is_empty() {
        files
            .into_iter()
            .map(|f| f.strip_prefix("./").map(str::to_string).unwrap_or(f))
            .collect()
    } else {
        files
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("nutgraf-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (p, text) in files {
            let p = dir.join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn walks_honour_gitignore_hidden_files_extensions_and_excludes() {
        let d = tree(
            "walk",
            &[
                (".gitignore", "drafts/\n*.tmp.md\n"),
                ("b.md", "b"),
                ("a.txt", "a"),
                ("notes.TXT", "n"),
                ("code.rs", "fn main() {}"),
                ("x.tmp.md", "x"),
                ("drafts/d.md", "d"),
                (".hidden/h.md", "h"),
                ("sub/c.markdown", "c"),
                ("sub/skip/e.md", "e"),
            ],
        );
        let root = d.to_str().unwrap().to_string();
        let rel = |v: Vec<String>| -> Vec<String> {
            v.into_iter()
                .map(|f| f[root.len() + 1..].to_string())
                .collect()
        };
        let l = expand(std::slice::from_ref(&root), &Exclude::none());
        assert_eq!(l.errors, Vec::<String>::new());
        assert_eq!(
            rel(l.files),
            [
                "a.txt",
                "b.md",
                "notes.TXT",
                "sub/c.markdown",
                "sub/skip/e.md"
            ]
        );
        let ex = Exclude {
            root: d.clone(),
            globs: vec!["sub/skip/**".into()],
        };
        let l = expand(std::slice::from_ref(&root), &ex);
        assert_eq!(
            rel(l.files),
            ["a.txt", "b.md", "notes.TXT", "sub/c.markdown"]
        );
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn globs_files_and_order() {
        let d = tree(
            "glob",
            &[
                ("a.md", "a"),
                ("b.txt", "b"),
                ("sub/c.md", "c"),
                ("sub/deep/d.md", "d"),
            ],
        );
        let root = d.to_str().unwrap();
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let l = expand(&args(&[&format!("{root}/*.md")]), &Exclude::none());
        assert_eq!(l.files, [format!("{root}/a.md")]);
        let l = expand(&args(&[&format!("{root}/**/*.md")]), &Exclude::none());
        assert_eq!(
            l.files,
            [
                format!("{root}/a.md"),
                format!("{root}/sub/c.md"),
                format!("{root}/sub/deep/d.md")
            ]
        );
        // Argument order; a file named twice is read once; a name is taken as given.
        let l = expand(
            &args(&[&format!("{root}/b.txt"), root, &format!("{root}/nope.md")]),
            &Exclude::none(),
        );
        assert_eq!(
            l.files,
            [
                format!("{root}/b.txt"),
                format!("{root}/a.md"),
                format!("{root}/sub/c.md"),
                format!("{root}/sub/deep/d.md"),
                format!("{root}/nope.md"),
            ]
        );
        let l = expand(&args(&[&format!("{root}/*.rst")]), &Exclude::none());
        assert_eq!(l.errors, [format!("no files match {root}/*.rst")]);
        assert!(is_many(&args(&[root])));
        assert!(is_many(&args(&["a", "b"])));
        assert!(!is_many(&args(&["-"])));
        assert!(!is_many(&args(&[&format!("{root}/a.md")])));
        std::fs::remove_dir_all(&d).ok();
    }
}
