#!/usr/bin/env node
import { run } from './cli.js';
import { neutralize } from './terminal.js';

run(
  process.argv.slice(2),
  {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  },
  process.env,
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      neutralize(
        `smartcity: galat internal / internal error: ${e instanceof Error ? e.message : String(e)}\n`,
      ),
    );
    process.exitCode = 70;
  },
);
