#!/usr/bin/env bash
# `npm test`: every suite — unit and integration tests (PGlite always; PostgreSQL too when
# TEST_DATABASE_URL names a server where tests may create databases), then a production
# build and the end-to-end tests in Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json
status=0

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

if ! npm run build > test-results/build.log 2>&1; then
  cat test-results/build.log
  status=1
else
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    E2E_DATABASE_URL=$(npx tsx scripts/e2e-database.ts) || status=1
    export E2E_DATABASE_URL
  fi
  npx playwright test || status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
