#!/usr/bin/env node
// The first step of `npm test`: the Debian packages the tests need and npm cannot install.
// As root it installs the missing ones with apt-get (as CI and a fresh machine of this kind run);
// otherwise it prints one line saying exactly what to install, and fails, so that no test later
// fails for a reason that has nothing to do with the code.
//
//   node scripts/setup/system-packages.mjs           install what is missing (root), or say what to install
//   node scripts/setup/system-packages.mjs --check   only say what is missing (exit 1 if anything is)
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the tests need from the system, how to tell it is there, and which test needs it. */
const REQUIREMENTS = [
    { pkg: 'libxml2-utils', command: 'xmllint', usedBy: 'validating OpenCPS output against its XSD, and the XML/HTML/SVG outputs' },
    { pkg: 'chromium', path: '/usr/bin/chromium', usedBy: 'rendering the review site and driving VS Code (code-server)' },
    { pkg: 'neovim', command: 'nvim', usedBy: 'the second real LSP client' },
    { pkg: 'libkrb5-dev', command: 'krb5-config', usedBy: "building code-server's Kerberos module" }
];

function onPath(command) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (dir === '') continue;
        try {
            accessSync(join(dir, command), constants.X_OK);
            return true;
        } catch {
            // not in this folder
        }
    }
    return false;
}

function present(requirement) {
    if (requirement.path !== undefined) {
        try {
            accessSync(requirement.path, constants.X_OK);
            return true;
        } catch {
            return false;
        }
    }
    return onPath(requirement.command);
}

function run(command, args) {
    // apt-get's progress lines say nothing a tester needs; its errors go to standard error.
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.error) return `${command} could not be started (${result.error.message})`;
    if (result.status !== 0) return `${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`;
    return undefined;
}

const missing = REQUIREMENTS.filter(requirement => !present(requirement));
if (missing.length === 0) process.exit(0);

const names = missing.map(r => r.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.argv.includes('--check') || !isRoot || !onPath('apt-get')) {
    const how = onPath('apt-get') ? `sudo apt-get install -y ${names}` : `install the Debian packages ${names} (or their equivalents)`;
    console.error(`tthc tests: missing system packages (${missing.map(r => `${r.pkg}: ${r.usedBy}`).join('; ')}). Run: ${how}`);
    process.exit(1);
}

console.error(`tthc tests: installing Debian packages the tests need: ${names}`);
const failure = run('apt-get', ['update', '-qq']) ?? run('apt-get', ['install', '-y', '-qq', ...missing.map(r => r.pkg)]);
const stillMissing = REQUIREMENTS.filter(requirement => !present(requirement));
if (failure !== undefined || stillMissing.length > 0) {
    console.error(`tthc tests: could not install ${stillMissing.map(r => r.pkg).join(' ') || names}${failure ? ` (${failure})` : ''}; install them by hand: apt-get install -y ${names}`);
    process.exit(1);
}
