#!/usr/bin/env bash
# Playwright drives Debian's Chromium at /usr/bin/chromium and never
# downloads a browser of its own.
set -euo pipefail
# CJK fonts let screenshots of the Chinese UI show real glyphs.
missing=""
[ -x /usr/bin/chromium ] || missing="chromium"
fc-list 2>/dev/null | grep -qi "noto.*cjk" || missing="$missing fonts-noto-cjk"
if [ -z "$missing" ]; then
  /usr/bin/chromium --version
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing$missing from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
  /usr/bin/chromium --version
elif [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: install it (sudo apt-get install chromium) so /usr/bin/chromium exists." >&2
  exit 1
else
  echo "fonts-noto-cjk is missing (Chinese screenshots will show boxes); continuing"
fi
