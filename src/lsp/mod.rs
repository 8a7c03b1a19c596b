//! `figlint lsp`: a language server over standard input and output, for Markdown and text.
//!
//! On start it reads the configuration found from the workspace's root (as the command line
//! finds `figlint.yaml`) and every article under the root, through the cache, and keeps them
//! in memory. Each open buffer stands in place of its file: on open and on every change the
//! buffer alone is read again and the corpus compared again, and the buffer's diagnostics are
//! the findings that involve it (`check DRAFT --against ROOT`), with the other articles'
//! figures as related information. A hover on a figure shows its claim and the other
//! articles' values for it. Files changed on disk (watched, or saved) update the corpus; a
//! changed config reads everything again.
//!
//! One job per module: this one runs the protocol loop, [`workspace`] holds the state,
//! [`convert`] turns results into LSP values.

mod convert;
mod workspace;

use crate::pipeline::CacheUse;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{HoverRequest, RegisterCapability, Request as _};
use lsp_types::{
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, Hover, HoverContents,
    HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, MessageType,
    PositionEncodingKind, PublishDiagnosticsParams, Registration, RegistrationParams, SaveOptions,
    ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Url,
};
use std::collections::HashMap;
use std::path::PathBuf;
use workspace::Workspace;

/// Serves one editor session over standard input and output until it says `exit`. An error
/// is a broken conversation (the editor went away mid-message, or spoke no LSP).
pub fn run(cache: CacheUse) -> Result<(), String> {
    let (connection, io) = Connection::stdio();
    let result = serve(&connection, cache);
    // The writer thread ends once every sender is gone.
    drop(connection);
    result?;
    io.join().map_err(|e| e.to_string())
}

fn serve(connection: &Connection, cache: CacheUse) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("bad initialize request: {e}"))?;
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "figlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let watch = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);
    // `initialize_finish` has waited for the client's `initialized`: the client can now be
    // told about the workspace as it is read.
    let started = std::time::Instant::now();
    let (ws, error, notices) = Workspace::load(&root_of(&params), cache);
    let mut server = Server {
        connection,
        ws,
        published: HashMap::new(),
    };
    if let Some(e) = error {
        server.show(MessageType::ERROR, e);
    }
    for n in notices {
        server.log(MessageType::WARNING, format!("figlint: {n}"));
    }
    server.log(
        MessageType::INFO,
        format!(
            "figlint: read {} articles under {} in {:.2} s",
            server.ws.len(),
            server.ws.root().display(),
            started.elapsed().as_secs_f64()
        ),
    );
    if watch {
        server.register_watchers();
    }
    server.main_loop()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// The workspace's root: its first folder, else the root URI, else the root path, else the
/// folder the server was started in.
fn root_of(params: &InitializeParams) -> PathBuf {
    #[allow(deprecated)]
    let from_uri = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| f.uri.clone())
        .or_else(|| params.root_uri.clone())
        .and_then(|u| u.to_file_path().ok());
    #[allow(deprecated)]
    let from_path = params.root_path.as_ref().map(PathBuf::from);
    from_uri
        .or(from_path)
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")))
}

struct Server<'a> {
    connection: &'a Connection,
    ws: Workspace,
    /// What was last published for each document, so that unchanged diagnostics of the
    /// other open documents are not sent again.
    published: HashMap<Url, Vec<lsp_types::Diagnostic>>,
}

impl Server<'_> {
    fn main_loop(&mut self) -> Result<(), String> {
        loop {
            let msg = match self.connection.receiver.recv() {
                Ok(m) => m,
                // The editor closed the pipe without `exit`.
                Err(_) => return Ok(()),
            };
            match msg {
                Message::Request(req) => {
                    if self
                        .connection
                        .handle_shutdown(&req)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.guarded(|s| s.request(req));
                }
                Message::Notification(n) if n.method == "exit" => return Ok(()),
                Message::Notification(n) => self.guarded(|s| s.notification(n)),
                // The answer to our registration of file watchers.
                Message::Response(_) => {}
            }
        }
    }

    /// Handles one message; a panic in figlint while doing so is shown to the person, and the
    /// server goes on.
    fn guarded(&mut self, work: impl FnOnce(&mut Self)) {
        let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        if let Err(panic) = done {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            self.show(
                MessageType::ERROR,
                format!("figlint: internal error ({what}); please report it with the article"),
            );
        }
    }

    fn request(&mut self, req: Request) {
        let reply = match req.method.as_str() {
            HoverRequest::METHOD => {
                match serde_json::from_value::<lsp_types::HoverParams>(req.params) {
                    Ok(p) => {
                        let doc = p.text_document_position_params;
                        let hover = self.ws.hover(&doc.text_document.uri, doc.position);
                        let hover = hover.map(|(text, range)| Hover {
                            contents: HoverContents::Markup(MarkupContent {
                                kind: MarkupKind::Markdown,
                                value: text,
                            }),
                            range: Some(range),
                        });
                        Response::new_ok(req.id, hover)
                    }
                    Err(e) => Response::new_err(
                        req.id,
                        ErrorCode::InvalidParams as i32,
                        format!("bad hover request: {e}"),
                    ),
                }
            }
            _ => Response::new_err(
                req.id,
                ErrorCode::MethodNotFound as i32,
                format!("figlint does not handle {}", req.method),
            ),
        };
        self.send(reply.into());
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                {
                    let d = p.text_document;
                    let uri = d.uri.clone();
                    self.ws.open(d.uri, d.text, d.version, &d.language_id);
                    self.publish(Some(&uri));
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) {
                    let uri = p.text_document.uri;
                    let Some(text) = self.edited(&uri, p.content_changes) else {
                        return;
                    };
                    self.ws.change(uri.clone(), text, p.text_document.version);
                    self.publish(Some(&uri));
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    let uri = p.text_document.uri;
                    self.ws.close(&uri);
                    // A closed document shows no diagnostics.
                    self.published.remove(&uri);
                    self.send_diagnostics(uri, None, Vec::new());
                    self.publish(None);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                {
                    // An open article's buffer is already what was saved; a config saved in
                    // the editor changes the rules.
                    if let Ok(path) = p.text_document.uri.to_file_path() {
                        self.files_changed(vec![path]);
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(p) = n.extract::<lsp_types::DidChangeWatchedFilesParams>(
                    DidChangeWatchedFiles::METHOD,
                ) {
                    let paths = p
                        .changes
                        .into_iter()
                        .filter_map(|c| c.uri.to_file_path().ok())
                        .collect();
                    self.files_changed(paths);
                }
            }
            _ => {}
        }
    }

    fn register_watchers(&mut self) {
        let watchers = [
            "**/*.{md,markdown,mdown,mkd,txt,text}",
            "**/figlint.yaml",
            "**/.figlint.yaml",
        ]
        .into_iter()
        .map(|g| FileSystemWatcher {
            glob_pattern: GlobPattern::String(g.to_string()),
            kind: None,
        })
        .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "figlint-watch".into(),
                method: DidChangeWatchedFiles::METHOD.into(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        self.send(
            Request::new(
                "figlint-register".to_string().into(),
                RegisterCapability::METHOD.into(),
                params,
            )
            .into(),
        );
    }

    /// A buffer's text after the changes of a `didChange`: the last whole text sent, with
    /// any ranged edits after it applied (a client that sends them despite full sync).
    fn edited(
        &mut self,
        uri: &Url,
        changes: Vec<lsp_types::TextDocumentContentChangeEvent>,
    ) -> Option<String> {
        let mut text: Option<String> = None;
        for c in changes {
            match c.range {
                None => text = Some(c.text),
                Some(r) => {
                    let current = match text.take() {
                        Some(t) => t,
                        None => self.ws.buffer(uri)?.0.source().to_string(),
                    };
                    let (doc, _) =
                        crate::load::parse(String::new(), current, crate::load::Format::Text);
                    let (a, b) = (convert::offset(&doc, r.start), convert::offset(&doc, r.end));
                    let mut t = doc.source().to_string();
                    t.replace_range(a.min(b)..b.max(a), &c.text);
                    text = Some(t);
                }
            }
        }
        text
    }

    fn files_changed(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        let mut errors = Vec::new();
        for p in paths {
            errors.extend(self.ws.file_changed(&p));
        }
        for e in errors {
            self.show(MessageType::ERROR, e);
        }
        self.publish(None);
    }

    /// Publishes the diagnostics of the open documents: always those of `changed`, the
    /// others' when they differ from what was last sent.
    fn publish(&mut self, changed: Option<&Url>) {
        for p in self.ws.diagnostics() {
            let same = self.published.get(&p.uri) == Some(&p.diagnostics);
            if same && Some(&p.uri) != changed {
                continue;
            }
            self.published.insert(p.uri.clone(), p.diagnostics.clone());
            self.send_diagnostics(p.uri, Some(p.version), p.diagnostics);
        }
    }

    fn send_diagnostics(
        &self,
        uri: Url,
        version: Option<i32>,
        diagnostics: Vec<lsp_types::Diagnostic>,
    ) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(PublishDiagnostics::METHOD.into(), params).into());
    }

    /// A message the person sees (window/showMessage).
    fn show(&self, typ: MessageType, message: String) {
        let params = lsp_types::ShowMessageParams { typ, message };
        self.send(Notification::new(ShowMessage::METHOD.into(), params).into());
    }

    /// A line for the client's log (window/logMessage).
    fn log(&self, typ: MessageType, message: String) {
        let params = lsp_types::LogMessageParams { typ, message };
        self.send(Notification::new(LogMessage::METHOD.into(), params).into());
    }

    fn send(&self, msg: Message) {
        // The editor has gone if this fails; the loop ends when its input does.
        let _ = self.connection.sender.send(msg);
    }
}
