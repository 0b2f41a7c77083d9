#!/usr/bin/env node
// `npm run bench`: every benchmark in turn. Each prints its own figures, medians and ratios to a
// baseline measured in the same run, and the command that reproduces it.
import { spawnSync } from 'node:child_process';

const benches = ['bench:linkage', 'bench:themes', 'bench:storage'];
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== npm run ${bench}`);
  if (spawnSync('npm', ['run', '--silent', bench], { stdio: 'inherit' }).status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
