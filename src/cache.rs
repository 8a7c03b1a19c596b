//! The per-file cache: what loading, extracting and contextualising made of one file, kept
//! so that the next run can skip that work for every file whose content has not changed.
//!
//! An entry is keyed by the file's content (and format) hash and stored in a folder named
//! after the rule set's hash (the figlint binary, the cache format and every config text
//! read), so a changed article, a changed `figlint.yaml` or a new figlint never meets an old
//! entry. Each entry file carries a header with both keys and a hash of its payload: a
//! truncated, corrupted or foreign file fails the check, is ignored and is rewritten. The
//! cache only ever saves time; a run with it prints exactly what a run without it prints.
//!
//! Layout: `<dir>/CACHEDIR.TAG`, `<dir>/.gitignore` (`*`), `<dir>/<rules hash>/<content hash>`.
//! figlint writes only into a folder it made (its `CACHEDIR.TAG` says so) or an empty one,
//! opens only regular files there (never links, pipes or devices) and only of bounded size.
//! Rule sets' folders unused for 30 days, or beyond the 8 most recently used, are removed
//! when a new one is made, so two configs can share a folder; deleting the whole folder is
//! always safe.

use crate::context::Claim;
use crate::conversion::Conversion;
use crate::figure::Figure;
use crate::load::{Document, Format, LoadError, Meta};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

/// Bumped whenever the layout of an entry changes.
const FORMAT: u32 = 5;
const MAGIC: &[u8; 8] = b"FIGLINTC";
/// Magic, format, rules key, content key, payload hash.
const HEADER: usize = 8 + 4 + 16 + 16 + 8;

/// The stamp index's file name in a rule set's folder.
const INDEX: &str = "index";

/// The default cache folder's name.
pub const DIR_NAME: &str = ".figlint-cache";

/// One file's results: its document parts (none when it could not be read as one) and the
/// problems loading it found.
pub struct Entry {
    pub doc: Option<Parts>,
    pub problems: Vec<LoadError>,
}

/// What a document keeps after contextualising, apart from its source text.
pub struct Parts {
    pub meta: Meta,
    pub directives: bool,
    pub len: usize,
    /// The front matter as JSON.
    pub front: Vec<u8>,
    pub figures: Vec<Figure>,
    pub claims: Vec<Claim>,
    pub conversions: Vec<Conversion>,
    pub text: crate::text::TextInfo,
}

/// An entry's payload: a document's results (none if the file could not be read) and its
/// load problems. It is written from borrowed data and read back owned; the fields keep the
/// order of the cache format.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    #[serde(borrow)]
    doc: Option<StoredDoc<'a>>,
    problems: Cow<'a, [LoadError]>,
}

#[derive(Serialize, Deserialize)]
struct StoredDoc<'a> {
    meta: Cow<'a, Meta>,
    /// The front matter as JSON (its numbers keep their precision).
    #[serde(with = "serde_bytes", borrow)]
    front: Cow<'a, [u8]>,
    figures: Cow<'a, [Figure]>,
    claims: Cow<'a, [Claim]>,
    conversions: Cow<'a, [Conversion]>,
    /// What the text rules need (markers, repeats, the body's sketch).
    text: Cow<'a, crate::text::TextInfo>,
    /// Whether the document may hold a suppression.
    directives: bool,
    /// The source's length in bytes.
    len: usize,
}

/// An open cache folder for one rule set.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    rules: u128,
    /// What the last runs learnt: a file with this stamp had this content key.
    index: HashMap<std::ffi::OsString, (Stamp, u128)>,
    /// What this run learnt, saved by [`Cache::save_index`].
    learnt: Mutex<Vec<(PathBuf, Stamp, u128)>>,
    started: SystemTime,
}

/// What the file system says of a file, enough to tell that it has not changed since its
/// content was hashed: length, modification and status-change times (the latter cannot be
/// set back by tools) and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    len: u64,
    mtime_ns: i128,
    ctime_ns: i128,
    ino: u64,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
            Stamp {
                len: meta.len(),
                mtime_ns: ns(meta.mtime(), meta.mtime_nsec()),
                ctime_ns: ns(meta.ctime(), meta.ctime_nsec()),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let ns = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Stamp {
                len: meta.len(),
                mtime_ns: ns,
                ctime_ns: ns,
                ino: 0,
            }
        }
    }

    /// Whether the file was last changed long enough before `now` that a later change must
    /// show in its times. A change within the file system's time resolution of the hashing
    /// would not, so recent files are hashed again next time (git's "racily clean" rule).
    /// Whole-second times mean a coarse file system: wait longer.
    fn settled(&self, now: SystemTime) -> bool {
        let now = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i128);
        let coarse = self.mtime_ns % 1_000_000_000 == 0 && self.ctime_ns % 1_000_000_000 == 0;
        let margin: i128 = if coarse { 2_000_000_000 } else { 100_000_000 };
        self.mtime_ns.max(self.ctime_ns) + margin < now
    }
}

/// The key of one file's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(u128);

impl Key {
    /// The key of a file with these bytes, read as `format`.
    pub fn of(bytes: &[u8], format: Format) -> Key {
        let mut h = Xxh3::new();
        h.update(&[format as u8]);
        h.update(bytes);
        Key(h.digest128())
    }
}

/// The tag that marks a folder as figlint's cache (and as a cache to backup tools). A folder
/// is figlint's only if its `CACHEDIR.TAG` holds [`MARK`].
const TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
                   # This folder is a cache made by figlint; it can be deleted at any time.\n";
const MARK: &str = "cache made by figlint";

/// The largest cache file read: anything larger is not one of ours.
const MAX_FILE: u64 = 256 << 20;

/// A rule set's folder whose last run is older than this is removed when another rule set's
/// folder is made.
const UNUSED_FOR: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);
/// At most this many rule sets' folders are kept (the most recently used).
const KEEP_RULE_SETS: usize = 8;
/// The file whose time says when a rule set's folder was last used.
const USED: &str = "used";

/// The figures, claims and conversions of one document, in its own numbering
/// (`doc` 0, figure indices from 0).
pub struct Prepared {
    pub figures: Vec<Figure>,
    pub claims: Vec<Claim>,
    pub conversions: Vec<Conversion>,
    /// What the text rules need of the document.
    pub text: crate::text::TextInfo,
}

/// Why a cache folder was not used.
#[derive(Debug)]
pub enum Refused {
    /// The folder exists, holds files and was not made by figlint: it is left as it is.
    NotOurs(PathBuf),
    /// The folder, or one figlint would use inside it, is a link or not a folder.
    NotAFolder(PathBuf),
    /// The folder could not be made or read (a read-only file system, permissions).
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NotOurs(p) => write!(
                f,
                "{} already holds files and is not a figlint cache (no CACHEDIR.TAG made by \
                 figlint); it is left untouched and this run uses no cache. Name a new or \
                 empty folder with --cache-dir",
                p.display()
            ),
            Refused::NotAFolder(p) => write!(
                f,
                "{} is a link or not a folder; this run uses no cache",
                p.display()
            ),
            Refused::Io(p, e) => write!(f, "cannot use cache folder {}: {e}", p.display()),
        }
    }
}

impl Cache {
    /// Opens the cache under `root` for the rule set `config`, making `root` if it does not
    /// exist. An existing folder is used only if figlint made it (its `CACHEDIR.TAG` says so)
    /// or it is empty: figlint never writes into, nor removes anything from, a folder that
    /// holds files of someone else's. Links are never followed.
    pub fn open(root: &Path, config_digest: u64) -> Result<Cache, Refused> {
        Cache::open_with(root, rules_key(config_digest))
    }

    fn open_with(root: &Path, rules: u128) -> Result<Cache, Refused> {
        claim_root(root)?;
        let dir = root.join(format!("{rules:032x}"));
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(Refused::NotAFolder(dir)),
            Err(_) => {
                std::fs::create_dir(&dir).map_err(|e| Refused::Io(dir.clone(), e))?;
                prune(root, &dir);
            }
        }
        mark_used(&dir);
        let index = read_regular(&dir.join(INDEX))
            .and_then(|b| unframe(&b, rules, 0).map(<[u8]>::to_vec))
            .and_then(|p| postcard::from_bytes::<Vec<(PathBuf, Stamp, u128)>>(&p).ok())
            .map(|v| {
                v.into_iter()
                    .map(|(p, s, k)| (p.into_os_string(), (s, k)))
                    .collect()
            })
            .unwrap_or_default();
        Ok(Cache {
            dir,
            rules,
            index,
            learnt: Mutex::new(Vec::new()),
            started: SystemTime::now(),
        })
    }

    /// The content key of the file at `path` (absolute) if it is known and its stamp has
    /// not changed since.
    pub fn known(&self, path: &Path, stamp: Stamp) -> Option<Key> {
        match self.index.get(path.as_os_str()) {
            Some(&(s, key)) if s == stamp => Some(Key(key)),
            _ => None,
        }
    }

    /// Notes that the file at `path` (absolute) with `stamp` has content `key`, if the file
    /// is settled enough to be recognised by its stamp next time.
    pub fn learn(&self, path: PathBuf, stamp: Stamp, key: Key) {
        if self.known(&path, stamp) != Some(key) && stamp.settled(self.started) {
            if let Ok(mut l) = self.learnt.lock() {
                l.push((path, stamp, key.0));
            }
        }
    }

    /// Writes the stamp index with what this run learnt (best effort).
    pub fn save_index(&self) {
        let learnt = match self.learnt.lock() {
            Ok(mut l) => std::mem::take(&mut *l),
            Err(_) => return,
        };
        if learnt.is_empty() {
            return;
        }
        let mut all: HashMap<&Path, (Stamp, u128)> =
            self.index.iter().map(|(p, &v)| (Path::new(p), v)).collect();
        for (p, s, k) in &learnt {
            all.insert(p, (*s, *k));
        }
        let mut list: Vec<(&Path, Stamp, u128)> =
            all.into_iter().map(|(p, (s, k))| (p, s, k)).collect();
        list.sort_by(|a, b| a.0.cmp(b.0));
        if let Ok(payload) = postcard::to_stdvec(&list) {
            write_atomically(&self.dir.join(INDEX), &frame(&payload, self.rules, 0));
        }
    }

    fn path(&self, key: Key) -> PathBuf {
        self.dir.join(format!("{:032x}", key.0))
    }

    /// The entry for `key`, if one is stored and passes every check.
    pub fn get(&self, key: Key) -> Option<Entry> {
        let bytes = read_regular(&self.path(key))?;
        decode(&bytes, self.rules, key)
    }

    /// Stores an entry. Best effort: a cache that cannot be written only costs time.
    pub fn put(&self, key: Key, doc: Option<(&Document, &Prepared)>, problems: &[LoadError]) {
        let front = doc.map(|(d, _)| d.front().to_string()).unwrap_or_default();
        let stored = Stored {
            doc: doc.map(|(d, p)| StoredDoc {
                meta: Cow::Borrowed(&d.meta),
                front: Cow::Borrowed(front.as_bytes()),
                figures: Cow::Borrowed(&p.figures),
                claims: Cow::Borrowed(&p.claims),
                conversions: Cow::Borrowed(&p.conversions),
                text: Cow::Borrowed(&p.text),
                directives: d.directives,
                len: d.source().len(),
            }),
            problems: Cow::Borrowed(problems),
        };
        let Ok(payload) = postcard::to_stdvec(&stored) else {
            return;
        };
        write_atomically(&self.path(key), &frame(&payload, self.rules, key.0));
    }
}

/// A payload behind a header that names the format, the rule set and the key it is for,
/// and carries the payload's hash.
fn frame(payload: &[u8], rules: u128, key: u128) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&rules.to_le_bytes());
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&xxh3_64(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload of a framed file, if every header check passes.
fn unframe(bytes: &[u8], rules: u128, key: u128) -> Option<&[u8]> {
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return None;
    }
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
    let u128_at = |i: usize| u128::from_le_bytes(bytes[i..i + 16].try_into().unwrap());
    let u64_at = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap());
    if u32_at(8) != FORMAT || u128_at(12) != rules || u128_at(28) != key {
        return None;
    }
    let payload = &bytes[HEADER..];
    (u64_at(44) == xxh3_64(payload)).then_some(payload)
}

/// Writes aside and renames into place, so that a reader never sees half a file. The file
/// aside is made new (never through a link left in its place); the rename replaces a link at
/// `path` rather than following it.
fn write_atomically(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    let tmp = path.with_extension(format!(
        "tmp{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes));
    if written.is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// The bytes of the regular file at `path`, if it is one (not a link, a pipe or a device) and
/// no larger than [`MAX_FILE`]. A damaged cache can then cost a miss, never a hang.
fn read_regular(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a FIFO for reading would wait for a writer; a link is not ours.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if std::fs::symlink_metadata(path)
        .ok()?
        .file_type()
        .is_symlink()
    {
        return None;
    }
    let file = options.open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE {
        return None;
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_FILE).then_some(bytes)
}

/// Makes `root` figlint's cache folder, or checks that it is one (see [`Cache::open`]).
fn claim_root(root: &Path) -> Result<(), Refused> {
    let tag = root.join("CACHEDIR.TAG");
    match std::fs::symlink_metadata(root) {
        Ok(m) if m.is_dir() => {
            let ours =
                read_regular(&tag).is_some_and(|t| String::from_utf8_lossy(&t).contains(MARK));
            if ours {
                return Ok(());
            }
            let empty = std::fs::read_dir(root)
                .map_err(|e| Refused::Io(root.to_path_buf(), e))?
                .next()
                .is_none();
            if !empty {
                return Err(Refused::NotOurs(root.to_path_buf()));
            }
        }
        Ok(_) => return Err(Refused::NotAFolder(root.to_path_buf())),
        Err(_) => std::fs::create_dir_all(root).map_err(|e| Refused::Io(root.to_path_buf(), e))?,
    }
    // The folder is new or empty: mark it. The tag files tell backup tools and git that it
    // is disposable.
    let make = |path: &Path, text: &str| {
        use std::io::Write;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|e| Refused::Io(path.to_path_buf(), e))
    };
    make(&root.join(".gitignore"), "# made by figlint\n*\n")?;
    make(&tag, TAG)
}

/// Notes that a rule set's folder is in use (at most once a day, to spare writes).
fn mark_used(dir: &Path) {
    let used = dir.join(USED);
    let recent = std::fs::symlink_metadata(&used)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age < std::time::Duration::from_secs(24 * 3600));
    if !recent {
        write_atomically(&used, b"");
    }
}

fn decode(bytes: &[u8], rules: u128, key: Key) -> Option<Entry> {
    let payload = unframe(bytes, rules, key.0)?;
    let stored: Stored = postcard::from_bytes(payload).ok()?;
    let doc = stored.doc.map(|d| Parts {
        meta: d.meta.into_owned(),
        directives: d.directives,
        len: d.len,
        front: d.front.into_owned(),
        figures: d.figures.into_owned(),
        claims: d.claims.into_owned(),
        conversions: d.conversions.into_owned(),
        text: d.text.into_owned(),
    });
    let problems = stored.problems.into_owned();
    Some(Entry { doc, problems })
}

impl Entry {
    /// The document and its results, with `path` as the name to show. With `bytes` (the
    /// content the entry was made from) the document holds its source; without, it reads it
    /// from `path` when a report needs it. `Err` gives the bytes back if they are not text
    /// after all.
    #[allow(clippy::type_complexity)]
    pub fn restore(
        self,
        path: &Path,
        bytes: Option<Vec<u8>>,
    ) -> Result<(Option<(Document, Prepared)>, Vec<LoadError>), Option<Vec<u8>>> {
        let shown = path.display().to_string();
        let problems = self
            .problems
            .into_iter()
            .map(|p| LoadError {
                path: shown.clone(),
                ..p
            })
            .collect();
        let Some(parts) = self.doc else {
            return Ok((None, problems));
        };
        let doc = match bytes {
            Some(bytes) => {
                if simdutf8::basic::from_utf8(&bytes).is_err() || bytes.len() != parts.len {
                    return Err(Some(bytes));
                }
                // SAFETY: simdutf8 has just checked that `bytes` is valid UTF-8.
                let source = unsafe { String::from_utf8_unchecked(bytes) };
                let front = serde_json::from_slice(&parts.front).unwrap_or_default();
                Document::new(shown, source, front, parts.meta)
            }
            None => Document::deferred(
                shown,
                path.to_path_buf(),
                parts.len,
                parts.front,
                parts.meta,
                parts.directives,
            ),
        };
        let prepared = Prepared {
            figures: parts.figures,
            claims: parts.claims,
            conversions: parts.conversions,
            text: parts.text,
        };
        Ok((Some((doc, prepared)), problems))
    }
}

/// The hash of everything besides a file's content that decides what a run makes of it: the
/// cache format, this figlint (its version and its executable's stamp) and the config texts
/// (their digest).
pub fn rules_key(config_digest: u64) -> u128 {
    let mut h = Xxh3::new();
    h.update(&FORMAT.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    // The executable is known by its stamp (any rebuild or reinstall changes its times and
    // usually its inode), not by hashing its megabytes on every run.
    match std::env::current_exe().and_then(std::fs::metadata) {
        Ok(meta) => h.update(&postcard::to_stdvec(&Stamp::of(&meta)).unwrap_or_default()),
        // Without it a build cannot be told from another: use no stable key.
        Err(_) => h.update(&std::process::id().to_le_bytes()),
    }
    h.update(&config_digest.to_le_bytes());
    h.digest128()
}

/// Removes the folders of other rule sets (named like ours: 32 hex digits, real folders, not
/// links) under `root` that have not been used for [`UNUSED_FOR`], and the least recently
/// used beyond [`KEEP_RULE_SETS`]: two configs sharing the folder keep each other's entries.
fn prune(root: &Path, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    let mut others: Vec<(SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            name.len() == 32
                && name
                    .to_str()
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_hexdigit()))
                && e.file_type().is_ok_and(|t| t.is_dir())
                && e.path() != keep
        })
        .map(|e| {
            let used = std::fs::symlink_metadata(e.path().join(USED))
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            (used, e.path())
        })
        .collect();
    // Most recently used first.
    others.sort_by(|a, b| b.cmp(a));
    let now = SystemTime::now();
    for (i, (used, path)) in others.iter().enumerate() {
        let stale = now.duration_since(*used).is_ok_and(|age| age > UNUSED_FOR);
        if stale || i + 1 >= KEEP_RULE_SETS {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// Where the cache lives by default: beside the project's `figlint.yaml` if one was read
/// (`config_file`), else at the top of the git work tree holding the current folder, else in
/// the current folder.
pub fn default_dir(config_file: Option<&Path>) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    default_dir_from(config_file, &cwd)
}

/// [`default_dir`] seen from `start` rather than the current folder (the language server
/// starts from its workspace's root, wherever the editor started it).
pub fn default_dir_from(config_file: Option<&Path>, start: &Path) -> PathBuf {
    let root = config_file
        .and_then(|p| crate::load::canonical(p).parent().map(Path::to_path_buf))
        .or_else(|| {
            start
                .ancestors()
                .find(|a| a.join(".git").exists())
                .map(Path::to_path_buf)
        })
        .unwrap_or_else(|| start.to_path_buf());
    root.join(DIR_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::load::from_bytes;

    fn sample() -> (Vec<u8>, Document, Prepared, Vec<LoadError>) {
        let text = "---\ntitle: 北京のAI産業が25%成長\nscore: 1.50\n---\n2024年の北京のAI産業は12%成長した。\n";
        let bytes = text.as_bytes().to_vec();
        let (doc, problems) = from_bytes(Path::new("a.md"), bytes.clone());
        let vocab = crate::config::Config::shipped().vocabulary();
        let corpus = Corpus::from_documents(vec![doc.clone().unwrap()], &vocab);
        let prepared = Prepared {
            figures: corpus.figures.clone(),
            claims: corpus.claims.clone(),
            conversions: corpus.conversions.clone(),
            text: corpus.texts[0].clone(),
        };
        (bytes, corpus.docs[0].clone(), prepared, problems)
    }

    #[test]
    fn an_entry_comes_back_as_it_went_in() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_with(dir.path(), 7).unwrap();
        let (bytes, doc, prepared, problems) = sample();
        assert!(!prepared.claims.is_empty());
        let key = Key::of(&bytes, Format::Markdown);
        assert!(cache.get(key).is_none());
        cache.put(key, Some((&doc, &prepared)), &problems);
        let (back, back_problems) = cache
            .get(key)
            .unwrap()
            .restore(Path::new("b.md"), Some(bytes))
            .ok()
            .unwrap();
        let (back_doc, back_prepared) = back.unwrap();
        assert_eq!(back_doc.path, "b.md");
        assert_eq!(back_doc.source(), doc.source());
        assert_eq!(back_doc.front(), doc.front());
        assert_eq!(
            back_doc.front()["score"].to_string(),
            doc.front()["score"].to_string()
        );
        assert_eq!(back_doc.meta.title, doc.meta.title);
        assert_eq!(back_prepared.figures, prepared.figures);
        assert_eq!(back_prepared.claims, prepared.claims);
        assert_eq!(back_prepared.conversions, prepared.conversions);
        assert_eq!(back_prepared.text, prepared.text);
        assert_eq!(back_problems, problems);
    }

    #[test]
    fn damaged_foreign_or_other_rules_entries_are_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_with(dir.path(), 7).unwrap();
        let (bytes, doc, prepared, problems) = sample();
        let key = Key::of(&bytes, Format::Markdown);
        cache.put(key, Some((&doc, &prepared)), &problems);
        let good = std::fs::read(cache.path(key)).unwrap();
        assert!(decode(&good, 7, key).is_some());
        // Another rule set, another file's key, a text format: not ours.
        assert!(decode(&good, 8, key).is_none());
        assert!(decode(&good, 7, Key::of(&bytes, Format::Text)).is_none());
        // One flipped payload byte, a cut, garbage.
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(decode(&flipped, 7, key).is_none());
        assert!(decode(&good[..good.len() - 3], 7, key).is_none());
        assert!(decode(&good[..10], 7, key).is_none());
        assert!(decode(
            b"not a cache entry at all, but long enough to have a header",
            7,
            key
        )
        .is_none());
    }

    #[test]
    fn rule_sets_share_a_folder_and_only_old_or_surplus_ones_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let folder = |n: u128| dir.path().join(format!("{n:032x}"));
        Cache::open_with(dir.path(), 1).unwrap();
        std::fs::create_dir(dir.path().join("keep-me")).unwrap();
        Cache::open_with(dir.path(), 2).unwrap();
        // Two configs alternating keep each other's entries.
        assert!(folder(1).is_dir() && folder(2).is_dir());
        // A folder unused for longer than UNUSED_FOR goes when a new rule set arrives.
        let old = SystemTime::now() - UNUSED_FOR - std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(folder(1).join(USED))
            .unwrap()
            .set_modified(old)
            .unwrap();
        Cache::open_with(dir.path(), 3).unwrap();
        assert!(!folder(1).exists());
        assert!(folder(2).is_dir() && folder(3).is_dir());
        // No more than KEEP_RULE_SETS are kept.
        for n in 4..20 {
            Cache::open_with(dir.path(), n).unwrap();
        }
        let kept = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().len() == 32)
            .count();
        assert_eq!(kept, KEEP_RULE_SETS);
        assert!(folder(19).is_dir());
        assert!(dir.path().join("keep-me").is_dir());
        assert!(std::fs::read_to_string(dir.path().join(".gitignore"))
            .unwrap()
            .contains('*'));
    }

    /// Every file below `dir` with its bytes.
    fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                out.extend(snapshot(&e.path()));
            } else {
                out.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn a_folder_figlint_did_not_make_is_refused_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitignore"), "target/\n").unwrap();
        std::fs::write(dir.path().join("CACHEDIR.TAG"), "Signature: someone else\n").unwrap();
        let hex = dir.path().join(format!("{:032x}", 5u128));
        std::fs::create_dir(&hex).unwrap();
        std::fs::write(hex.join("precious"), "data").unwrap();
        let before = snapshot(dir.path());
        assert!(matches!(
            Cache::open_with(dir.path(), 7),
            Err(Refused::NotOurs(_))
        ));
        assert_eq!(snapshot(dir.path()), before);
        // A file where the folder should be is refused too.
        let file = dir.path().join("a-file");
        std::fs::write(&file, "x").unwrap();
        assert!(matches!(
            Cache::open_with(&file, 7),
            Err(Refused::NotAFolder(_))
        ));
        // An empty folder is made a cache.
        let empty = tempfile::tempdir().unwrap();
        Cache::open_with(empty.path(), 7).unwrap();
        assert!(std::fs::read_to_string(empty.path().join("CACHEDIR.TAG"))
            .unwrap()
            .contains(MARK));
        // And once made, it is ours on the next run.
        Cache::open_with(empty.path(), 8).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn links_pipes_and_oversized_files_in_the_cache_are_misses() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_with(dir.path(), 7).unwrap();
        let (bytes, doc, prepared, problems) = sample();
        let key = Key::of(&bytes, Format::Markdown);
        cache.put(key, Some((&doc, &prepared)), &problems);
        let entry = cache.path(key);
        let good = std::fs::read(&entry).unwrap();
        // A link to a good copy is not followed.
        let elsewhere = dir.path().join("copy");
        std::fs::write(&elsewhere, &good).unwrap();
        std::fs::remove_file(&entry).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &entry).unwrap();
        assert!(cache.get(key).is_none());
        // A link to an endless device, and a pipe with no writer: a miss, at once.
        std::fs::remove_file(&entry).unwrap();
        std::os::unix::fs::symlink("/dev/zero", &entry).unwrap();
        assert!(cache.get(key).is_none());
        std::fs::remove_file(&entry).unwrap();
        let c = std::ffi::CString::new(entry.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(cache.get(key).is_none());
        // Writing replaces the pipe with a good entry.
        cache.put(key, Some((&doc, &prepared)), &problems);
        assert!(cache.get(key).is_some());
        // A link to the index is not followed either.
        let index = cache.dir.join(INDEX);
        let _ = std::fs::remove_file(&index);
        std::os::unix::fs::symlink("/dev/zero", &index).unwrap();
        assert!(read_regular(&index).is_none());
        Cache::open_with(dir.path(), 7).unwrap();
    }
}
