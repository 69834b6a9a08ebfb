#!/usr/bin/env bash
# Users run Node 22 and 24 while these machines ship Node 20. This puts a
# Node 24 binary from the `node` package on npm (the same registry as every
# other dependency; no other download) under .node24/ and prints its bin
# folder, so tests can run a second time on it.
set -euo pipefail
cd "$(dirname "$0")/.."
version="24.21.0"
bin=".node24/node_modules/node/bin"
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$version" ]; then
  echo "installing Node $version from the node package on npm into .node24/ …" >&2
  mkdir -p .node24
  [ -f .node24/package.json ] || echo '{"name":"kube-explain-node24","private":true}' > .node24/package.json
  npm install --prefix .node24 --no-audit --no-fund --loglevel=error "node@$version" >&2
fi
"$bin/node" --version >&2
# No better-sqlite3 binding is built for Node 24: history keeps it out of
# Node 24, where its 12.x line can abort the process (lib/history/sqlite.ts,
# sqliteRefusal), so the Node 24 runs check that history says so instead.
echo "$PWD/$bin"
