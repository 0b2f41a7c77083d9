#!/usr/bin/env node
// `npm start`: build the web app, create the embedded database with the demo coalition (printing
// a sign-in for each role), and serve it.
import { spawnSync } from 'node:child_process';

const run = (args) => {
  const result = spawnSync(args[0], args.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['npx', 'vite', 'build', '--logLevel', 'warn']);
run(['node', 'bin/mosaic.js', 'demo']);
run(['node', 'bin/mosaic.js', 'serve', ...process.argv.slice(2)]);
