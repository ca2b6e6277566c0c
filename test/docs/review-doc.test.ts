import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tthc } from '../cli/run-cli.js';

// The CI snippets of docs/review.md and its Vietnamese page: valid YAML, wired as the hosts read them, and every
// `tthc check` they run is a command the CLI accepts.
const pages = ['docs/review.md', 'docs/vi/review.md'];
const snippets = pages.flatMap(page => [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match, index) => ({ page, index, text: match[1] })));

interface Step { readonly uses?: string; readonly run?: string; readonly if?: string; readonly with?: Record<string, unknown> }

// The `tthc check …` commands of a snippet, with the redirection of their output.
function checkCommands(text: string): Array<{ args: string[]; output?: string }> {
    return [...text.matchAll(/tthc (check [^\n>]*?)\s*(?:>\s*(\S+))?\s*$/gm)].map(m => ({ args: m[1].split(/\s+/), ...(m[2] ? { output: m[2] } : {}) }));
}

// A page's snippets are told apart by what they run, not by their order: other sections of the page have YAML too.
const snippetOf = (page: string, runs: string) => snippets.find(s => s.page === page && checkCommands(s.text).some(c => c.args.join(' ').includes(runs)));
const sarifSnippet = (page: string) => snippetOf(page, '--format sarif');
const githubSnippet = (page: string) => snippetOf(page, '--format github');
const gitlabSnippet = (page: string) => snippetOf(page, '--format gitlab');

describe('the CI snippets of docs/review.md', () => {
    test('each page has the three: SARIF upload, GitHub annotations, GitLab code quality', () => {
        for (const page of pages) {
            expect([sarifSnippet(page), githubSnippet(page), gitlabSnippet(page)].every(s => s !== undefined), page).toBe(true);
        }
    });

    test.each(snippets)('$page snippet $index is valid YAML', ({ text }) => {
        expect(() => load(text)).not.toThrow();
        expect(typeof load(text)).toBe('object');
    });

    test.each(pages)('%s: the SARIF workflow uploads the file the check writes, even when the check fails', page => {
        const sarif = sarifSnippet(page)!;
        const workflow = load(sarif.text) as { permissions: Record<string, string>; jobs: { check: { steps: Step[] } } };
        expect(workflow.permissions['security-events']).toBe('write');
        const steps = workflow.jobs.check.steps;
        const upload = steps.find(step => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
        const [check] = checkCommands(sarif.text);
        expect(check.args).toEqual(expect.arrayContaining(['--format', 'sarif']));
        expect(upload?.with?.sarif_file).toBe(check.output);
        expect(upload?.if).toBe('success() || failure()');
        expect(steps.indexOf(upload!)).toBe(steps.length - 1);
    });

    test.each(pages)('%s: the GitLab job declares the report the check writes as its code quality artifact', page => {
        const gitlab = gitlabSnippet(page)!;
        const job = (load(gitlab.text) as Record<string, { script: string[]; artifacts: { when: string; reports: { codequality: string } } }>).tthc;
        const [check] = checkCommands(gitlab.text);
        expect(check.args).toEqual(expect.arrayContaining(['--format', 'gitlab']));
        expect(job.artifacts.reports.codequality).toBe(check.output);
        expect(job.artifacts.when).toBe('always');
    });

    test('every tthc check of the snippets runs: findings or none, never a usage error', () => {
        const commands = pages.flatMap(page => [sarifSnippet(page)!, githubSnippet(page)!, gitlabSnippet(page)!]).flatMap(s => checkCommands(s.text));
        expect(commands).toHaveLength(6);
        for (const { args } of commands) {
            const run = tthc(args, join(ROOT, 'examples/lam-dong'));
            expect({ args, stderr: run.stderr, status: run.status }).toEqual({ args, stderr: '', status: 0 });
        }
    });
});
