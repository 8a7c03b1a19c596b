#!/usr/bin/env python3
"""How long `figlint lsp` takes from a didChange to its publishDiagnostics.

Starts the server on a workspace (by default a copy of the shared corpus in /tmp, so that the
cache it writes never lands in the shared folder), waits until it has read the workspace,
opens one article, then sends N edits one at a time, each a whole new text (the server asks
for full sync), and times each until the diagnostics for that version arrive. The cache is
warmed by a first server run before the measured one, as an editor restarting on a project
would find it. Prints the median, p95 and max in milliseconds.

    python3 scripts/lsp_latency.py [--binary target/release/figlint] [--edits 50]
        [--workspace DIR] [--article NAME]

Not a timed test: the numbers depend on the machine. Target: median and p95 under 100 ms.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import queue
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent


class Client:
    """A minimal LSP client: Content-Length framing over the server's standard streams."""

    def __init__(self, argv, cwd):
        self.proc = subprocess.Popen(
            argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, msg):
        body = json.dumps(dict(jsonrpc="2.0", **msg)).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send(dict(id=self.next_id, method=method, params=params))
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)

    def notify(self, method, params):
        self.send(dict(method=method, params=params))

    def wait(self, want, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from the server")
            msg = self.inbox.get(timeout=left)
            if msg is None:
                raise RuntimeError("the server exited")
            if msg.get("method") == "client/registerCapability":
                self.send(dict(id=msg["id"], result=None))
            if want(msg):
                return msg

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.proc.wait(timeout=30)


def session(binary, workspace, article, edits):
    """One server run: the time to read the workspace and each edit's latency (s)."""
    client = Client([str(binary), "lsp"], cwd=workspace)
    root = Path(workspace).resolve().as_uri()
    started = time.monotonic()
    client.request("initialize", dict(
        processId=os.getpid(), rootUri=root, capabilities={},
        workspaceFolders=[dict(uri=root, name="corpus")]))
    client.notify("initialized", {})
    uri = Path(article).resolve().as_uri()
    text = Path(article).read_text(encoding="utf-8")
    client.notify("textDocument/didOpen", dict(textDocument=dict(
        uri=uri, languageId="markdown", version=1, text=text)))
    is_for = lambda v: lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                                  and m["params"]["uri"] == uri
                                  and m["params"].get("version") == v)
    client.wait(is_for(1))
    ready = time.monotonic() - started
    latencies = []
    for k in range(edits):
        version = k + 2
        # An edit that changes a figure: a sentence added at the end, its number varying.
        edited = text + "\n北辰テックの2024年の売上は%d%%増えた。\n" % (k % 40 + 1)
        t0 = time.perf_counter()
        client.notify("textDocument/didChange", dict(
            textDocument=dict(uri=uri, version=version),
            contentChanges=[dict(text=edited)]))
        client.wait(is_for(version))
        latencies.append(time.perf_counter() - t0)
    client.close()
    return ready, latencies


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=str(PROJECT / "target/release/figlint"))
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--workspace", help="a folder of articles (default: a /tmp copy of the "
                    "shared corpus)")
    ap.add_argument("--article", help="the article to open (default: the workspace's "
                    "largest .md file)")
    args = ap.parse_args()
    binary = Path(os.environ.get("CARGO_TARGET_DIR", "")) / "release/figlint" \
        if os.environ.get("CARGO_TARGET_DIR") and args.binary == ap.get_default("binary") \
        else Path(args.binary)
    if not binary.exists():
        sys.exit(f"{binary} is missing: build it with `cargo build --release`")
    workspace = args.workspace
    if workspace is None:
        shared = Path(os.environ.get("FIGLINT_SHARED", PROJECT.parent / "shared"))
        corpus = shared / "corpora/allforces/_posts"
        if not corpus.is_dir():
            sys.exit(f"{corpus} is missing: the benchmark reads the shared corpus")
        workspace = Path("/tmp/figlint-lsp-latency")
        if not (workspace / "_posts").is_dir():
            shutil.copytree(corpus, workspace / "_posts")
    workspace = Path(workspace)
    article = args.article or max(workspace.rglob("*.md"), key=lambda p: p.stat().st_size)
    articles = sum(1 for _ in workspace.rglob("*.md"))
    print(f"workspace {workspace} ({articles} articles), article {article} "
          f"({Path(article).stat().st_size // 1024} KB)")
    cold, _ = session(binary, workspace, article, 0)
    print(f"first start (cache written if absent): {cold:.2f} s to the first diagnostics")
    warm, lat = session(binary, workspace, article, args.edits)
    ms = sorted(x * 1000 for x in lat)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"warm start: {warm:.2f} s to the first diagnostics")
    print(f"didChange -> publishDiagnostics over {len(ms)} edits: median "
          f"{statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms")


if __name__ == "__main__":
    main()
