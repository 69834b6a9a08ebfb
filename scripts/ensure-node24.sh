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
# better-sqlite3 is native: the binding npm built is for the Node running npm
# (20) and will not load in Node 24. Build a second one against the headers the
# node package ships, kept under .node24/ and picked by lib/history/sqlite.ts
# through process.versions.modules. A failed build only turns history off there.
if [ -f node_modules/better-sqlite3/binding.gyp ]; then
  abi="$("$bin/node" -p process.versions.modules)"
  sqlite_version="$(node -p "require('./node_modules/better-sqlite3/package.json').version")"
  out=".node24/better-sqlite3/node-v$abi"
  loads() { [ -f "$out/better_sqlite3.node" ] && "$bin/node" -e "require(process.argv[1])" "$PWD/$out/better_sqlite3.node" >/dev/null 2>&1; }
  if ! loads || [ "$(cat "$out/version" 2>/dev/null)" != "$sqlite_version" ]; then
    echo "building better-sqlite3 $sqlite_version for Node $version (ABI $abi) into $out …" >&2
    work="$(mktemp -d)"
    cp -r node_modules/better-sqlite3/binding.gyp node_modules/better-sqlite3/src node_modules/better-sqlite3/deps node_modules/better-sqlite3/package.json "$work/"
    gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
    headers="$(ls -d "$PWD"/.node24/node_modules/node/node_modules/node-*/include/node 2>/dev/null | head -1)"
    headers="${headers%/include/node}"
    # node-gyp lets npm_config_* from the environment override its command line, and under
    # `npm test` npm exports .npmrc's nodedir (Node 20's headers): set both to Node 24's.
    if [ -n "$headers" ] && (cd "$work" && npm_config_nodedir="$headers" "$OLDPWD/$bin/node" "$gyp" rebuild --release --nodedir="$headers" >"$work/build.log" 2>&1); then
      mkdir -p "$out"
      cp "$work/build/Release/better_sqlite3.node" "$out/"
      echo "$sqlite_version" > "$out/version"
    fi
    if loads; then
      echo "better-sqlite3 $sqlite_version loads in Node $version" >&2
    else
      rm -f "$out/better_sqlite3.node" "$out/version"
      echo "better-sqlite3 did not build for Node $version (history will be off there): see $work/build.log" >&2
    fi
  fi
fi
echo "$PWD/$bin"
