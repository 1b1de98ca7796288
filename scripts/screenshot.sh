#!/usr/bin/env bash
# Refreshes docs/review-window.png: the review window on the shipped Chinese corpus, in a real X window under
# Xvfb, written by the window's own snapshot. Needs Xvfb and a CJK font (Debian: xvfb fonts-noto-cjk); as root
# it installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    echo "screenshot.sh: install ${missing[*]} first" >&2
    exit 1
  fi
fi
mvn -B -q -DskipTests package
out="${1:-docs/review-window.png}"
# a throw-away home: the screenshot must not depend on (or change) this user's recent pairs
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
xvfb-run -a -s "-screen 0 1400x900x24" \
  java -Daligncheck.home="$home" -jar target/aligncheck.jar review --screenshot "$out" \
  corpora/zh-us-japan-tariffs/source.zh.txt corpora/zh-us-japan-tariffs/target.en.txt
echo "wrote $out"
