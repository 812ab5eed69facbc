//! The project files (`.nutgraf.toml`, see [`crate::config_file`]) of the open documents: the
//! one that applies to a folder is looked up once, each file is parsed once per change, and a
//! file that turns invalid keeps its last good settings (its error is told once).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config_file::{self, FileError, ProjectFile};

#[derive(Default)]
pub struct Projects {
    /// Folder → the project file for documents in it (`None`: there is none).
    found: HashMap<PathBuf, Option<PathBuf>>,
    files: HashMap<PathBuf, Entry>,
}

#[derive(Default)]
struct Entry {
    /// The last good parse.
    good: Option<Arc<ProjectFile>>,
    /// What is wrong with the file now.
    error: Option<FileError>,
    /// The last error told to the user (each is told once).
    told: Option<FileError>,
}

/// What re-reading a project file found.
#[derive(Debug, PartialEq)]
pub enum Reload {
    /// New settings or excludes are in force.
    Changed,
    /// Nothing that matters changed.
    Same,
    /// The file is invalid (its last good settings stay); `fresh`: not told yet.
    Invalid { error: FileError, fresh: bool },
}

impl Projects {
    /// The project file that applies to the document at `doc`, read on first use; also the
    /// error to tell when it is invalid and was not told yet.
    pub fn for_document(&mut self, doc: &Path) -> (Option<Arc<ProjectFile>>, Option<FileError>) {
        let Some(dir) = doc.parent() else {
            return (None, None);
        };
        let file = self
            .found
            .entry(dir.to_path_buf())
            .or_insert_with(|| config_file::find(dir))
            .clone();
        let Some(file) = file else {
            return (None, None);
        };
        if !self.files.contains_key(&file) {
            let _ = self.reload(&file, None);
        }
        let e = self.files.entry(file).or_default();
        let fresh = e.error.clone().filter(|err| e.told.as_ref() != Some(err));
        if fresh.is_some() {
            e.told = fresh.clone();
        }
        (e.good.clone(), fresh)
    }

    /// Re-reads `file`: from `text` (an editor's buffer) when given, else from disk.
    pub fn reload(&mut self, file: &Path, text: Option<&str>) -> Reload {
        let parsed = match text {
            Some(t) => config_file::parse(file, t),
            None => config_file::load(file),
        };
        let e = self.files.entry(file.to_path_buf()).or_default();
        match parsed {
            Ok(p) => {
                e.error = None;
                e.told = None;
                let same = e
                    .good
                    .as_ref()
                    .is_some_and(|g| g.settings == p.settings && g.exclude == p.exclude);
                e.good = Some(Arc::new(p));
                if same {
                    Reload::Same
                } else {
                    Reload::Changed
                }
            }
            Err(error) => {
                let fresh = e.told.as_ref() != Some(&error);
                e.error = Some(error.clone());
                e.told = Some(error.clone());
                Reload::Invalid { error, fresh }
            }
        }
    }

    /// A project file was created or deleted: which file applies where is looked up again.
    pub fn forget(&mut self, file: &Path, deleted: bool) {
        self.found.clear();
        if deleted {
            self.files.remove(file);
        }
    }

    /// Whether `path` is a project file.
    pub fn is_project_file(path: &Path) -> bool {
        path.file_name()
            .is_some_and(|n| n == config_file::FILE_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_good_settings_stay_and_errors_are_told_once() {
        let mut p = Projects::default();
        let f = Path::new("/site/.nutgraf.toml");
        assert_eq!(
            p.reload(f, Some("[summary]\nlabel = \"A\"\n")),
            Reload::Changed
        );
        assert_eq!(
            p.reload(f, Some("[summary]\nlabel = \"A\"\n")),
            Reload::Same
        );
        let bad = p.reload(f, Some("[summary\n"));
        assert!(
            matches!(bad, Reload::Invalid { fresh: true, .. }),
            "{bad:?}"
        );
        let again = p.reload(f, Some("[summary\n"));
        assert!(matches!(again, Reload::Invalid { fresh: false, .. }));
        let good = p.files[f].good.clone().unwrap();
        assert_eq!(good.settings["summary"]["label"], "A");
        assert_eq!(
            p.reload(f, Some("[summary]\nlabel = \"B\"\n")),
            Reload::Changed
        );
        assert!(Projects::is_project_file(f));
    }
}
