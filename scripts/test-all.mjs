#!/usr/bin/env node
// The whole test suite: typecheck, lint, build the web app, then every vitest test (unit, data on
// SQLite and PostgreSQL, HTTP, CLI, browser). Ends with one line "N passed, N failed" counting
// each vitest test plus the four checks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];
let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`=== ${name} FAILED`);
  }
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
console.log('\n=== tests');
spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  console.log(
    `\nvitest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
  );
  failed += results.numFailedTests;
  // A file that failed to load has no tests to count; count it as a failure so it cannot hide.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} else {
  failed++;
  console.log('=== vitest wrote no report');
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
