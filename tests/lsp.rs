//! `figlint lsp` as an editor meets it: the real binary, spoken to in JSON-RPC with
//! Content-Length framing over its standard input and output. Every wait has a timeout, so
//! a server that hangs fails the test instead of hanging the run.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// How long any one answer may take.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A running `figlint lsp` and what it has said.
struct Server {
    child: Child,
    stdin: ChildStdin,
    inbox: Receiver<Value>,
    next_id: i64,
    /// Every `window/showMessage` seen so far.
    shown: Vec<Value>,
}

impl Server {
    fn start(cwd: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_figlint"))
            .arg("lsp")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("figlint starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, inbox) = mpsc::channel();
        std::thread::spawn(move || {
            let mut out = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if out.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    let (name, value) = line.split_once(':').expect("a header line");
                    if name.eq_ignore_ascii_case("content-length") {
                        length = Some(value.trim().parse::<usize>().expect("a length"));
                    }
                }
                let mut body = vec![0; length.expect("Content-Length header")];
                out.read_exact(&mut body).expect("the whole body");
                let msg: Value = serde_json::from_slice(&body).expect("JSON");
                if tx.send(msg).is_err() {
                    return;
                }
            }
        });
        Server {
            child,
            stdin,
            inbox,
            next_id: 0,
            shown: Vec::new(),
        }
    }

    fn send(&mut self, mut msg: Value) {
        msg["jsonrpc"] = json!("2.0");
        let body = serde_json::to_vec(&msg).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"method": method, "params": params}));
    }

    /// Sends a request and returns its response's `result` (failing on an error response).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"id": id, "method": method, "params": params}));
        let reply = self.wait(&format!("the answer to {method}"), |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        });
        assert!(reply.get("error").is_none(), "{method} failed: {reply}");
        reply["result"].clone()
    }

    /// The next message that `want` accepts; the ones before it are passed over (a
    /// showMessage is kept in `shown`).
    fn wait(&mut self, what: &str, want: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = match self.inbox.recv_timeout(left) {
                Ok(m) => m,
                Err(e) => panic!("waiting for {what}: {e:?} (the server hung or exited)"),
            };
            if msg["method"] == "window/showMessage" {
                self.shown.push(msg["params"].clone());
            }
            if want(&msg) {
                return msg;
            }
        }
    }

    /// The diagnostics published for `uri` (at `version`, when given).
    fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let msg = self.wait(&format!("diagnostics for {uri} {version:?}"), |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == v)
        });
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// initialize (with `root` as the workspace) and initialized; the capabilities.
    fn initialize(&mut self, root: &Path, watch: bool) -> Value {
        let uri = uri_of(root);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": "articles"}],
                "capabilities": {
                    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": watch}},
                    "textDocument": {"publishDiagnostics": {"relatedInformation": true}},
                },
            }),
        );
        self.notify("initialized", json!({}));
        result["capabilities"].clone()
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// shutdown and exit: the server must end by itself, with status 0.
    fn stop(mut self) {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "figlint lsp exited with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "figlint lsp did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn uri_of(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap();
    format!("file://{}", path.display())
}

/// Two published articles that give the same growth, and a draft that gives another. The
/// draft's line starts with an emoji outside the BMP and its variation selector (3 UTF-16
/// code units, 2 characters, 7 bytes) before 24 more characters of Japanese.
const A: &str = "---\ntitle: 航空宇宙の地域動向\ndate: 2025-03-01\n---\n\n名古屋の航空宇宙産業は2024年に15%の成長を遂げた。\n";
const B: &str = "---\ntitle: 中部の製造業\ndate: 2025-04-10\n---\n\n部品の受注が伸び、名古屋の航空宇宙産業は2024年に15%の成長を遂げたとされる。\n";
const DRAFT: &str = "---\ntitle: 速報\ndate: 2025-05-20\n---\n\n🛩️ 名古屋の航空宇宙産業の2024年の成長率は9%だった。\n";

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), A).unwrap();
    std::fs::write(dir.path().join("b.md"), B).unwrap();
    std::fs::write(dir.path().join("draft.md"), DRAFT).unwrap();
    dir
}

fn range(l0: u64, c0: u64, l1: u64, c1: u64) -> Value {
    json!({"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}})
}

#[test]
fn an_open_draft_gets_its_contradiction_with_utf16_ranges_a_hover_and_loses_it_when_fixed() {
    let dir = workspace();
    let mut s = Server::start(dir.path());
    let caps = s.initialize(dir.path(), true);
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["textDocumentSync"]["change"], 1, "full sync: {caps}");
    // The server asks the client to watch the articles and the config.
    let reg = s.wait("the file watchers' registration", |m| {
        m["method"] == "client/registerCapability"
    });
    let watchers = reg["params"]["registrations"][0]["registerOptions"]["watchers"].to_string();
    assert!(
        watchers.contains("figlint.yaml") && watchers.contains("*.{md,"),
        "{watchers}"
    );
    s.send(json!({"id": reg["id"], "result": null}));

    let draft = uri_of(&dir.path().join("draft.md"));
    s.open(&draft, DRAFT);
    let diags = s.diagnostics(&draft, Some(1));
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    // `9%` on line 6 (5 from 0): 25 UTF-16 units in (24 characters, 76 bytes).
    assert_eq!(d["range"], range(5, 25, 5, 27), "{d:#}");
    assert_eq!(d["code"], "contradiction-across-articles");
    assert_eq!(d["source"], "figlint");
    assert_eq!(d["severity"], 2, "a warning");
    let message = d["message"].as_str().unwrap();
    assert!(
        message.contains("9%") && message.contains("15%"),
        "{message}"
    );
    // The other articles' figures, each at its place in its file.
    let related = d["relatedInformation"]
        .as_array()
        .expect("related information");
    let mut places: Vec<(String, Value, String)> = related
        .iter()
        .map(|r| {
            (
                r["location"]["uri"].as_str().unwrap().to_string(),
                r["location"]["range"].clone(),
                r["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    places.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(places.len(), 2, "{places:#?}");
    assert_eq!(places[0].0, uri_of(&dir.path().join("a.md")));
    assert_eq!(places[0].1, range(5, 17, 5, 20));
    assert_eq!(places[0].2, "15% in a.md");
    assert_eq!(places[1].0, uri_of(&dir.path().join("b.md")));
    assert_eq!(places[1].1, range(5, 26, 5, 29));
    assert_eq!(places[1].2, "15% in b.md");

    // A hover inside `9%`: its claim, and the value the other two articles state.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": {"line": 5, "character": 26}}),
    );
    let text = hover["contents"]["value"].as_str().expect("markdown hover");
    for part in [
        "名古屋の航空宇宙産業",
        "growth",
        "2024",
        "`15%` in 2 articles",
    ] {
        assert!(text.contains(part), "{part} not in {text}");
    }
    assert_eq!(hover["range"], range(5, 25, 5, 27));
    // No figure there: no hover.
    let none = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": {"line": 5, "character": 3}}),
    );
    assert_eq!(none, Value::Null);

    // The figure fixed in the buffer (not on disk): the finding goes.
    s.change(&draft, 2, &DRAFT.replace("9%", "15%"));
    assert_eq!(s.diagnostics(&draft, Some(2)), Vec::<Value>::new());
    // And comes back with the next wrong figure.
    s.change(&draft, 3, &DRAFT.replace("9%", "22%"));
    assert_eq!(s.diagnostics(&draft, Some(3)).len(), 1);
    assert!(s.shown.is_empty(), "nothing to show: {:?}", s.shown);
    s.stop();
    // The cache was written at the workspace's root (no config, no git work tree).
    assert!(dir.path().join(".figlint-cache/CACHEDIR.TAG").is_file());
}

#[test]
fn files_changed_on_disk_and_a_closed_buffer_update_the_workspace() {
    let dir = workspace();
    let mut s = Server::start(Path::new("/"));
    s.initialize(dir.path(), false);
    // A draft that is no file yet: compared with the workspace all the same.
    let draft = uri_of(dir.path()) + "/new.md";
    s.open(&draft, DRAFT);
    assert_eq!(s.diagnostics(&draft, Some(1)).len(), 1);

    // Both published articles now agree with the draft: told by the watcher, the server
    // reads them again and the draft's finding goes.
    for f in ["a.md", "b.md"] {
        let p = dir.path().join(f);
        let text = std::fs::read_to_string(&p).unwrap().replace("15%", "9%");
        std::fs::write(&p, text).unwrap();
    }
    let changes = |names: &[&str], kind: u8| {
        let list: Vec<Value> = names
            .iter()
            .map(|n| json!({"uri": uri_of(dir.path()) + "/" + n, "type": kind}))
            .collect();
        json!({ "changes": list })
    };
    s.notify(
        "workspace/didChangeWatchedFiles",
        changes(&["a.md", "b.md"], 2),
    );
    assert_eq!(s.diagnostics(&draft, None), Vec::<Value>::new());

    // A new article disagrees again; then it is deleted.
    std::fs::write(dir.path().join("c.md"), B.replace("15%", "30%")).unwrap();
    s.notify("workspace/didChangeWatchedFiles", changes(&["c.md"], 1));
    let d = s.diagnostics(&draft, None);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0]["message"].as_str().unwrap().contains("30%"));
    std::fs::remove_file(dir.path().join("c.md")).unwrap();
    s.notify("workspace/didChangeWatchedFiles", changes(&["c.md"], 3));
    assert_eq!(s.diagnostics(&draft, None), Vec::<Value>::new());

    // The draft on disk (draft.md, 9% like the others now) disagrees with nothing; opened and
    // edited, then closed without saving, its diagnostics are cleared and the file on disk
    // is what counts again: a second open buffer that states 15% meets only 9%s.
    let on_disk = uri_of(&dir.path().join("draft.md"));
    s.open(&on_disk, &DRAFT.replace("9%", "15%"));
    assert_eq!(s.diagnostics(&on_disk, Some(1)).len(), 1);
    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": on_disk}}),
    );
    assert_eq!(s.diagnostics(&on_disk, None), Vec::<Value>::new());
    s.change(&draft, 2, &DRAFT.replace("9%", "15%"));
    let d = s.diagnostics(&draft, Some(2));
    assert_eq!(d.len(), 1, "{d:#?}");
    let related = d[0]["relatedInformation"].as_array().unwrap();
    assert_eq!(
        related.len(),
        3,
        "a.md, b.md and draft.md as on disk: {related:#?}"
    );
    s.stop();
}

#[test]
fn a_malformed_config_is_shown_with_its_place_and_a_fixed_one_is_read_again() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("figlint.yaml"),
        "rules:\n  - id: contradiction-across-articles\n    severity: [oops\n",
    )
    .unwrap();
    let mut s = Server::start(dir.path());
    s.initialize(dir.path(), false);
    let shown = s.wait("the config error", |m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1, "an error: {shown}");
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(
        message.contains("figlint.yaml:3:"),
        "names the file and line: {message}"
    );
    // The server goes on with the shipped rules.
    let draft = uri_of(&dir.path().join("draft.md"));
    s.open(&draft, DRAFT);
    let d = s.diagnostics(&draft, Some(1));
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["severity"], 2);

    // Fixed on disk (the watcher says so): the rule is now an error.
    std::fs::write(
        dir.path().join("figlint.yaml"),
        "rules:\n  - id: contradiction-across-articles\n    severity: error\n",
    )
    .unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri_of(&dir.path().join("figlint.yaml")), "type": 2}]}),
    );
    let d = s.diagnostics(&draft, None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["severity"], 1, "{d:#?}");
    assert_eq!(s.shown.len(), 1, "no new message: {:?}", s.shown);
    s.stop();
}
