#!/usr/bin/env node
// The `tthc` command: the CLI bundled into ../dist by `npm run build` (run by `npm install` through `prepare`).
import { main } from '../dist/main.js';

// A reader that stops early (`tthc check . | head`) closes the pipe: the rest of the output is dropped
// quietly, as Unix tools do, and the exit code still tells the result.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => {
        if (error.code !== 'EPIPE') throw error;
    });
}

const exitCode = await main(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true
});
process.exitCode = exitCode;
