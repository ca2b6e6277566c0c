// code-server's own logs, read after a run: the extension host's (activation, crashes) and the extension's output.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function logFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? logFiles(path) : name.endsWith('.log') ? [path] : [];
    });
}

/** The extension host logs and the TTHC output channels under a user data folder, each as `path:\n<tail>`. */
export function extensionLogs(userDataDir: string, tailChars = 3000): string {
    return logFiles(join(userDataDir, 'logs'))
        .filter(path => /exthost|tthc/i.test(path))
        .map(path => `${path}:\n${readFileSync(path, 'utf8').slice(-tailChars)}`)
        .join('\n');
}

/** The warning and error lines of the extension host logs (any extension), e.g. slow save participants. */
export function extensionHostIssues(userDataDir: string): string[] {
    return logFiles(join(userDataDir, 'logs'))
        .filter(path => /exthost/i.test(path))
        .flatMap(path => readFileSync(path, 'utf8').split('\n'))
        .filter(line => /\[(error|warning)\]/i.test(line));
}

/** Lines of the extension host logs that report errors about the TTHC extension (activation, crashes). */
export function extensionErrors(userDataDir: string): string[] {
    return extensionHostIssues(userDataDir).filter(line => /\[error\]/i.test(line) && /tthc/i.test(line));
}
