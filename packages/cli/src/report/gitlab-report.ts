import { createHash } from 'node:crypto';
import type { CheckedFile } from '../workspace/load-workspace.js';

/** How a finding's severity is said in GitLab's code quality report (docs/review.md). */
export const GITLAB_SEVERITIES = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * `tthc check --format gitlab`: GitLab's code quality report (a JSON array, one issue per finding: description,
 * check_name, fingerprint, severity, location with path and lines). Findings a suppression covers are left out.
 * The fingerprint hashes the path, the code, the message and the finding's rank among identical ones, not its line:
 * a finding keeps its fingerprint when lines are added above it, so GitLab shows it neither fixed nor new.
 */
export function gitlabReport(files: readonly CheckedFile[], display: (path: string) => string): string {
    const issues: object[] = [];
    for (const file of files) {
        const path = display(file.path);
        const seen = new Map<string, number>();
        for (const f of file.findings) {
            if (f.suppression !== undefined) continue;
            const key = `${path}\0${f.code}\0${f.message}`;
            const rank = seen.get(key) ?? 0;
            seen.set(key, rank + 1);
            issues.push({
                description: f.message,
                check_name: f.code,
                fingerprint: createHash('sha256').update(`${key}\0${rank}`).digest('hex'),
                severity: GITLAB_SEVERITIES[f.severity],
                location: { path, lines: { begin: f.line, end: f.endLine } }
            });
        }
    }
    return JSON.stringify(issues, null, 2) + '\n';
}
