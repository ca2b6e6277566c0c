#!/usr/bin/env node
// The `tthc` command: the CLI bundled into ../dist by `npm run build` (run by `npm install` through `prepare`,
// and by `npm pack` in this folder through `prepack`).

// The bundle is written for Node.js 20 (package.json `engines`); an older Node.js would fail somewhere inside it
// with a stack trace. Say so in one line before loading it, in the language the CLI would speak (src/cli-language.ts:
// the last `--lang`, else the first locale variable set).
const MINIMUM_NODE = 20;
if (Number(process.versions.node.split('.')[0]) < MINIMUM_NODE) {
    const args = process.argv.slice(2, process.argv.includes('--') ? process.argv.indexOf('--') : undefined);
    const lang = args.flatMap((arg, i) => arg === '--lang' ? [args[i + 1]] : arg.startsWith('--lang=') ? [arg.slice(7)] : []).filter(l => l === 'vi' || l === 'en').pop()
        ?? [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].find(l => l !== undefined && l.trim() !== '')?.trim().toLowerCase().split(/[-_.@]/)[0];
    process.stderr.write(lang === 'vi'
        ? `tthc cần Node.js ${MINIMUM_NODE} trở lên, máy này đang chạy Node.js ${process.versions.node}: hãy cài Node.js ${MINIMUM_NODE} hoặc mới hơn (https://nodejs.org).\n`
        : `tthc needs Node.js ${MINIMUM_NODE} or later, and this is Node.js ${process.versions.node}: install Node.js ${MINIMUM_NODE} or later (https://nodejs.org).\n`);
    process.exit(2);
}

// A reader that stops early (`tthc check . | head`) closes the pipe: the rest of the output is dropped
// quietly, as Unix tools do, and the exit code still tells the result.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => {
        if (error.code !== 'EPIPE') throw error;
    });
}

const { main } = await import('../dist/main.js');
const exitCode = await main(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true
});
process.exitCode = exitCode;
