//! The HTML report (`check --format html`) in a real headless browser: Chromium driven by
//! chromedriver over the W3C WebDriver HTTP protocol. The page loads with no network, shows
//! every finding, escapes what articles and file names hold (no injected markup runs), and
//! its rule and article filters and search box show what they should.
//!
//! Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them); fails, saying so,
//! without them.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver, stopped when the test ends (passing or not).
struct Driver {
    child: Child,
    base: String,
    session: Option<String>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(s) = &self.session {
            let _ = ureq::delete(&format!("{}/session/{s}", self.base)).call();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn driver_path() -> PathBuf {
    let p = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(CHROMEDRIVER));
    assert!(
        p.is_file(),
        "{} is missing: install Chromium's WebDriver, e.g. `apt-get install chromium \
         chromium-driver` (.ci/run installs them), or set CHROMEDRIVER",
        p.display()
    );
    p
}

impl Driver {
    fn start() -> Driver {
        let port = free_port();
        let child = Command::new(driver_path())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut d = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
            session: None,
        };
        let until = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = ureq::get(&format!("{}/status", d.base))
                .call()
                .ok()
                .and_then(|r| r.into_string().ok())
                .and_then(|s| serde_json::from_str::<Value>(&s).ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                break;
            }
            assert!(Instant::now() < until, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut chrome = json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        });
        for b in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
            if Path::new(b).is_file() {
                chrome["binary"] = json!(b);
                break;
            }
        }
        let v = d.post(
            "/session",
            json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": chrome}}}),
        );
        d.session = Some(
            v["sessionId"]
                .as_str()
                .unwrap_or_else(|| panic!("no session: {v}"))
                .to_string(),
        );
        d
    }

    /// POSTs to the driver and returns the response's `value`.
    fn post(&self, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let text = match ureq::post(&url)
            .set("Content-Type", "application/json")
            .send_string(&body.to_string())
        {
            Ok(r) => r.into_string().unwrap(),
            Err(ureq::Error::Status(code, r)) => {
                panic!(
                    "{path}: HTTP {code}: {}",
                    r.into_string().unwrap_or_default()
                )
            }
            Err(e) => panic!("{path}: {e}"),
        };
        let v: Value = serde_json::from_str(&text).unwrap();
        v["value"].clone()
    }

    fn session_post(&self, path: &str, body: Value) -> Value {
        let s = self.session.as_ref().unwrap();
        self.post(&format!("/session/{s}{path}"), body)
    }

    fn open(&self, url: &str) {
        self.session_post("/url", json!({ "url": url }));
    }

    fn script(&self, body: &str) -> Value {
        self.session_post("/execute/sync", json!({"script": body, "args": []}))
    }

    fn element(&self, css: &str) -> String {
        let v = self.session_post("/element", json!({"using": "css selector", "value": css}));
        v["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let e = self.element(css);
        self.session_post(&format!("/element/{e}/click"), json!({}));
    }

    fn type_into(&self, css: &str, text: &str) {
        let e = self.element(css);
        self.session_post(&format!("/element/{e}/value"), json!({ "text": text }));
    }

    fn clear(&self, css: &str) {
        let e = self.element(css);
        self.session_post(&format!("/element/{e}/clear"), json!({}));
    }

    /// The rules of the findings shown (laid out, not hidden), in page order.
    fn shown(&self) -> Vec<String> {
        let v = self.script(
            "return Array.from(document.querySelectorAll('.finding'))\
             .filter(function (e) { return e.getClientRects().length > 0; })\
             .map(function (e) { return e.getAttribute('data-rule'); });",
        );
        serde_json::from_value(v).unwrap()
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// File name that would be markup if it were not escaped.
const HOSTILE_NAME: &str = "<img src=x onerror=window.__pwned=1>.md";

/// Three articles: two that disagree on a sales figure (one with a hostile name and a script
/// in its text), and one that contradicts itself.
fn fixture(dir: &Path) {
    write(
        dir,
        "a.md",
        "---\ntitle: 鳥取の観光\ndate: 2025-02-01\n---\n\n鳥取の観光業の2024年の売上高は300億円だった。\n",
    );
    write(
        dir,
        HOSTILE_NAME,
        "---\ntitle: 鳥取の続報\ndate: 2025-03-01\n---\n\n鳥取の観光業の2024年の売上高は520億円に達した（<script>window.__pwned=2</script>）。\n",
    );
    write(
        dir,
        "c.md",
        "---\ntitle: Oslo cycling\ndate: 2025-04-01\n---\n\nOslo's bike rentals grew 12% in 2024, the city said.\n\nLater in the year, Oslo's bike rentals grew 18% in 2024 by another count.\n",
    );
}

#[test]
fn the_html_report_filters_and_searches_in_a_real_browser() {
    let driver_bin = driver_path();
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("posts");
    std::fs::create_dir(&articles).unwrap();
    fixture(&articles);
    let report = dir.path().join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_figlint"))
        .args(["check", "--no-cache", "--format", "html", "-o"])
        .arg(&report)
        .arg("--link-template")
        .arg("https://example.com/repo/blob/main/{path}#L{line}")
        .arg("posts")
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "the fixture has findings");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http://") && !html.contains("<link"),
        "no external assets"
    );
    assert!(driver_bin.is_file());

    let d = Driver::start();
    d.open(&format!("file://{}", report.display()));

    // Every finding is shown; nothing from the articles ran or became markup.
    let mut all = d.shown();
    all.sort();
    assert_eq!(
        all,
        ["contradiction-across-articles", "contradiction-in-article"]
    );
    let facts = d.script(
        "return { pwned: typeof window.__pwned, scripts: document.scripts.length, \
         imgs: document.images.length, text: document.body.textContent, \
         marks: Array.from(document.querySelectorAll('.sentence mark')).map(function (m) { return m.textContent; }), \
         links: Array.from(document.querySelectorAll('.place a')).map(function (a) { return a.href; }) };",
    );
    assert_eq!(facts["pwned"], "undefined", "injected script ran");
    assert_eq!(facts["scripts"], 1, "only the report's own script");
    assert_eq!(facts["imgs"], 0, "a file name became an image");
    let text = facts["text"].as_str().unwrap();
    assert!(
        text.contains(HOSTILE_NAME),
        "the hostile name is shown as text"
    );
    assert!(
        text.contains("<script>window.__pwned=2</script>"),
        "article text is shown as text"
    );
    // The sentence of each place, its figure highlighted; counts per value.
    let marks: Vec<String> = serde_json::from_value(facts["marks"].clone()).unwrap();
    for m in ["300億円", "520億円", "12%", "18%"] {
        assert!(marks.iter().any(|x| x == m), "{m} highlighted in {marks:?}");
    }
    assert!(text.contains("鳥取の観光業の2024年の売上高は300億円だった。"));
    assert!(text.contains("stated 1 time(s) in 1 article(s)"));
    let links: Vec<String> = serde_json::from_value(facts["links"].clone()).unwrap();
    assert!(
        links
            .iter()
            .any(|l| l == "https://example.com/repo/blob/main/posts/c.md#L6"),
        "links follow the template: {links:?}"
    );

    // The rule filter.
    d.click("#f-rule option[value='contradiction-in-article']");
    assert_eq!(d.shown(), ["contradiction-in-article"]);
    d.click("#f-rule option[value='']");
    assert_eq!(d.shown().len(), 2);
    // The severity filter: the cross-article finding is a warning.
    d.click("#f-severity option[value='warning']");
    assert_eq!(d.shown(), ["contradiction-across-articles"]);
    d.click("#f-severity option[value='info']");
    assert!(d.shown().is_empty());
    let none = d.script("return document.getElementById('none-shown').getClientRects().length;");
    assert_eq!(none, 1, "says that nothing matches");
    d.click("#f-severity option[value='']");
    // The article filter: a.md is only in the cross-article finding.
    let a = d.script(
        "return Array.from(document.querySelectorAll('#f-article option'))\
         .filter(function (o) { return o.textContent === 'posts/a.md'; })[0].value;",
    );
    d.click(&format!(
        "#f-article option[value='{}']",
        a.as_str().unwrap()
    ));
    assert_eq!(d.shown(), ["contradiction-across-articles"]);
    d.click("#f-article option[value='']");
    // The search box: words from a sentence, any case.
    d.type_into("#f-search", "OSLO bike");
    assert_eq!(d.shown(), ["contradiction-in-article"]);
    d.clear("#f-search");
    d.type_into("#f-search", "鳥取");
    assert_eq!(d.shown(), ["contradiction-across-articles"]);
    d.clear("#f-search");
    d.type_into("#f-search", "no such words anywhere");
    assert!(d.shown().is_empty());
}
