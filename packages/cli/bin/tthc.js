#!/usr/bin/env node
// The `tthc` command. The compiled CLI lives in ../out (built by `npm install` through `prepare`).
import { main } from '../out/main.js';

const exitCode = await main(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text)
});
process.exitCode = exitCode;
