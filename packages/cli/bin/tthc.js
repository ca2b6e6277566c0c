#!/usr/bin/env node
// The `tthc` command: the CLI bundled into ../dist by `npm run build` (run by `npm install` through `prepare`).
import { main } from '../dist/main.js';

const exitCode = await main(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text)
});
process.exitCode = exitCode;
