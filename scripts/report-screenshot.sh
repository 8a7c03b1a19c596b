#!/usr/bin/env bash
# Makes docs/report.png, the README's picture of the HTML report, from the bundled example
# articles (examples/newsroom) with headless Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chrome" ]; then
  echo "chromium is required: apt-get install chromium" >&2
  exit 2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --release --quiet -- check examples/newsroom --format html \
  --link-template 'https://example.com/newsroom/blob/main/{path}#L{line}' \
  -o "$out/report.html" || [ $? -eq 1 ]
"$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1000,760 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
# Fewer colours keep the picture small when pngquant is there; the picture is fine without.
if command -v pngquant >/dev/null 2>&1; then
  pngquant --force --quality 60-85 --output docs/report.png "$out/report.png"
else
  cp "$out/report.png" docs/report.png
fi
ls -l docs/report.png
