#!/usr/bin/env bash
# Playwright drives Debian's Chromium at /usr/bin/chromium and never
# downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing chromium from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  /usr/bin/chromium --version
else
  echo "Chromium is missing: install it (sudo apt-get install chromium) so /usr/bin/chromium exists." >&2
  exit 1
fi
