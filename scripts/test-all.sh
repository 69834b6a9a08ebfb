#!/usr/bin/env bash
# npm test: every check, in order of speed. Installs what a fresh machine
# lacks (Chromium from Debian for Playwright; the sandbox's Go-built
# binaries), starts the sandbox cluster if it isn't up, and stops what it
# started when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "typecheck"
npm run -s typecheck

step "lint"
npm run -s lint

step "unit tests"
npx vitest run --project unit

step "browser for end-to-end tests"
bash scripts/ensure-chromium.sh

step "sandbox cluster"
started_sandbox=0
if ! npx tsx sandbox/cli.ts status >/dev/null 2>&1; then
  npx tsx sandbox/cli.ts up
  started_sandbox=1
else
  echo "sandbox already up; reusing it"
fi
cleanup() {
  if [ "$started_sandbox" = 1 ] && [ -z "${KEEP_SANDBOX:-}" ]; then
    npx tsx sandbox/cli.ts down || true
  fi
}
trap cleanup EXIT

step "helm for the chart tests (built from its Go module on first use, ~2.5 min cold)"
npx tsx sandbox/cli.ts helm -- version --short

step "integration tests (against the sandbox's real kube-apiserver)"
npx vitest run --project integration

step "unit and integration tests again on Node 24 (the node package from npm)"
node24_bin="$(bash scripts/ensure-node24.sh)"
PATH="$node24_bin:$PATH" node --version
PATH="$node24_bin:$PATH" npx vitest run --project unit
PATH="$node24_bin:$PATH" npx vitest run --project integration

step "build the app for the end-to-end tests"
npx next build

step "the build ships no concept body to the browser"
REQUIRE_CLIENT_BUNDLE=1 npx vitest run --project unit lib/concepts/client-bundle.test.ts

step "end-to-end tests (Playwright + Chromium against the app on the sandbox)"
npx playwright test

step "the Pods and standalone-server end-to-end specs again on Node 24 (the image runs Node 24)"
PATH="$node24_bin:$PATH" npx playwright test e2e/pods.spec.ts e2e/standalone.spec.ts

step "scale benchmark smoke run (1,000 pods in its own sandbox, every figure once; fails only when a figure cannot be taken)"
npm run -s bench -- --scale 1000 --smoke
