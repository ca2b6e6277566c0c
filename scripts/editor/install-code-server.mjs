// Installs code-server (VS Code in a browser) into .tools/code-server/ for the real-UI editor test
// (test/editor/code-server.test.ts). Idempotent: does nothing when the pinned version is already there.
//
// code-server 4.139 needs Node 24 to install and to run: npm runs here on the project's Node 24 (the
// `node` devDependency), whatever the system Node is. A native module of it needs Debian's libkrb5-dev.
//
// Usage: node scripts/editor/install-code-server.mjs   (prints the installed entry point on its last line)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const prefix = join(root, '.tools', 'code-server');
const packageDir = join(prefix, 'node_modules', 'code-server');
const entry = join(packageDir, 'out', 'node', 'entry.js');
// Written last, so a half-finished install (interrupted, or failed in postinstall) is redone.
const marker = join(prefix, `.installed-${CODE_SERVER_VERSION}`);

const say = text => process.stderr.write(`install-code-server: ${text}\n`);

function fail(message) {
    say(message);
    process.exit(1);
}

/** The project's Node 24: this process if it is one, else the `node` devDependency's binary. */
function projectNode() {
    if (process.versions.node.split('.')[0] === '24') return process.execPath;
    const candidate = join(root, 'node_modules', 'node', 'bin', 'node');
    if (!existsSync(candidate)) fail(`no Node 24 at ${candidate}: run \`npm ci\` in the repository first.`);
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    if (!version.startsWith('v24.')) fail(`${candidate} is Node ${version}; code-server ${CODE_SERVER_VERSION} needs Node 24.`);
    return candidate;
}

function installedVersion() {
    try {
        return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
    } catch {
        return undefined;
    }
}

if (installedVersion() === CODE_SERVER_VERSION && existsSync(marker) && existsSync(entry)) {
    say(`code-server ${CODE_SERVER_VERSION} is already in ${prefix}`);
    console.log(entry);
    process.exit(0);
}

if (spawnSync('sh', ['-c', 'command -v krb5-config'], { stdio: 'ignore' }).status !== 0) {
    fail('code-server builds a Kerberos module and needs its headers: apt-get install -y libkrb5-dev');
}

const node = projectNode();
const started = performance.now();
say(`installing code-server@${CODE_SERVER_VERSION} into ${prefix} with Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (about 2 minutes)`);
rmSync(prefix, { recursive: true, force: true });
mkdirSync(prefix, { recursive: true });
// A package.json of its own, so npm does not walk up to the repository's workspaces.
// Its two install scripts (code-server's postinstall, argon2's prebuilt loader) are wanted.
const tools = { name: 'tthc-editor-tools', private: true, allowScripts: { 'code-server': true, argon2: true } };
writeFileSync(join(prefix, 'package.json'), `${JSON.stringify(tools, null, 2)}\n`);

// npm and the install scripts it runs (`#!/usr/bin/env node`, node-gyp) find Node 24 first on PATH.
// Nothing of an outer npm run (`npm test` on the system Node) leaks in: npm reads npm_config_* variables as its
// own settings, and code-server's postinstall checks the Node major in npm_config_user_agent, which would
// then name the outer npm's Node 20.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
env.PATH = [dirname(node), process.env.PATH].join(delimiter);
// node-gyp must not download Node headers (only the npm registry is reachable): the module is built with
// N-API, so the system Node's headers do, when npm has not been told a nodedir already.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node_api.h')) env.npm_config_nodedir = '/usr';
const npm = spawnSync('npm', ['install', '--prefix', prefix, `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--no-save'], {
    cwd: prefix,
    env,
    stdio: ['ignore', 'inherit', 'inherit']
});
if (npm.status !== 0) fail(`npm install failed (exit ${npm.status ?? npm.signal})`);
if (installedVersion() !== CODE_SERVER_VERSION || !existsSync(entry)) fail(`npm finished but ${entry} is missing`);
// A smoke run; code-server writes a default config under HOME even for --version: give it a throwaway one.
const home = mkdtempSync(join(tmpdir(), 'code-server-home-'));
const printed = execFileSync(node, [entry, '--version'], { encoding: 'utf8', env: { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') } });
rmSync(home, { recursive: true, force: true });
const version = printed.split('\n').find(line => line.startsWith(CODE_SERVER_VERSION)) ?? printed.trim();
writeFileSync(marker, `${version}\n`);
say(`installed code-server ${version} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(entry);
