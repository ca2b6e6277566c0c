// Starts code-server on loopback in its own process group, with a throwaway home, and stops it.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running code-server. */
export interface CodeServer {
    readonly url: string;
    /** The last part of its own log (stdout and stderr). */
    logTail(chars?: number): string;
    /** Kills its whole process group (the server, its extension host, the language server). */
    stop(): void;
}

/** Where code-server and everything it writes live for one run. */
export interface CodeServerPaths {
    /** Node 24. */
    readonly node: string;
    /** code-server's `out/node/entry.js`. */
    readonly entry: string;
    /** A fresh folder for HOME, XDG_*, the user data and the log. */
    readonly home: string;
    readonly extensionsDir: string;
    /** VS Code's display language, written as `locale` to argv.json; none: English. */
    readonly locale?: string;
}

/** The environment code-server runs in: a throwaway home, no marketplace, Node 24 first on PATH. */
export function codeServerEnv(paths: CodeServerPaths): NodeJS.ProcessEnv {
    const xdg = (name: string): string => {
        const dir = join(paths.home, name);
        mkdirSync(dir, { recursive: true });
        return dir;
    };
    // Nothing of an outer npm run (npm_config_*, npm_package_*) reaches code-server, its extension host or our server.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    return {
        ...inherited,
        HOME: paths.home,
        XDG_CONFIG_HOME: xdg('.config'),
        XDG_DATA_HOME: xdg('.local/share'),
        XDG_CACHE_HOME: xdg('.cache'),
        XDG_STATE_HOME: xdg('.local/state'),
        EXTENSIONS_GALLERY: '{}',
        PATH: `${join(paths.node, '..')}:${process.env.PATH ?? ''}`
    };
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

/** Starts code-server on 127.0.0.1 and resolves once /healthz answers. */
export async function startCodeServer(paths: CodeServerPaths, timeoutMs = 120_000): Promise<CodeServer> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = join(paths.home, 'config.yaml');
    writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    writeSettings(join(paths.home, 'user-data'), paths.locale);
    const logFile = join(paths.home, 'code-server.log');
    const log = openSync(logFile, 'a');
    const args = [
        paths.entry, '--config', config, '--user-data-dir', join(paths.home, 'user-data'), '--extensions-dir', paths.extensionsDir,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'
    ];
    // detached: Node calls setsid(2), so code-server leads its own session and process group and one kill
    // reaches every process it starts (the extension host, the language server).
    const child = spawn(paths.node, args, { env: codeServerEnv(paths), stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    let exited: string | undefined;
    child.once('exit', (code, signal) => (exited = `code-server exited (${code ?? signal})`));
    const server: CodeServer = {
        url,
        logTail: (chars = 4000) => {
            try {
                return readFileSync(logFile, 'utf8').slice(-chars);
            } catch {
                return '(no log)';
            }
        },
        stop: () => {
            try {
                process.kill(-child.pid!, 'SIGKILL');
            } catch {
                // already gone
            }
        }
    };
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (exited) break;
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) return server;
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    server.stop();
    throw new Error(`${exited ?? `no answer from ${url}/healthz within ${timeoutMs} ms`}\n${server.logTail()}`);
}

/**
 * User settings that keep the workbench quiet: no welcome page, tips, updates, AI features or preview tabs; and
 * the display language, where Configure Display Language puts it (code-server reads argv.json from User/).
 */
function writeSettings(userData: string, locale: string | undefined): void {
    const settings = {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.editor.enablePreview': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
        'files.autoSave': 'off'
    };
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
    if (locale) writeFileSync(join(userData, 'User', 'argv.json'), `${JSON.stringify({ locale }, null, 2)}\n`);
}
