import { Minimatch } from 'minimatch';
import { isIssueCode, type IssueCode } from '../validation/issue-codes.js';
import { parseJsonTree, type JsonNode, type JsonSyntaxError } from './json-tree.js';
import { isRuleLevel, protectedWhy, weakens, type ProtectedWhy, type RuleLevel } from './rule-levels.js';

/** The name of a project's rule settings, beside its catalogue. */
export const RULE_CONFIG_FILE = 'tthc-rules.json';

/** What is wrong in `tthc-rules.json` (the `config-invalid` finding says it). */
export type ConfigProblem =
    | { readonly kind: 'syntax'; readonly error: JsonSyntaxError }
    | { readonly kind: 'not-object'; readonly key: string }
    | { readonly kind: 'not-list'; readonly key: string }
    | { readonly kind: 'no-files'; readonly key: string }
    | { readonly kind: 'unknown-key'; readonly key: string }
    | { readonly kind: 'unknown-code'; readonly code: string }
    | { readonly kind: 'bad-level'; readonly code: string }
    | { readonly kind: 'bad-pattern'; readonly key: string };

export type { JsonSyntaxError } from './json-tree.js';

/** A finding in `tthc-rules.json`, at an offset of its text. */
export type ConfigFinding =
    | { readonly offset: number; readonly length: number; readonly code: 'config-invalid'; readonly args: { readonly problem: ConfigProblem } }
    | { readonly offset: number; readonly length: number; readonly code: 'config-protected-rule'; readonly args: { readonly code: string; readonly level: RuleLevel; readonly why: ProtectedWhy } };

/** Rule levels for the files matching some path patterns. */
export interface RuleOverride {
    readonly patterns: readonly Minimatch[];
    readonly rules: ReadonlyMap<IssueCode, RuleLevel>;
}

/** The rule settings of a project, as read from its `tthc-rules.json`. */
export interface RuleConfig {
    readonly rules: ReadonlyMap<IssueCode, RuleLevel>;
    /** In the file's order: a later override wins over an earlier one and over `rules`. */
    readonly overrides: readonly RuleOverride[];
}

/** The settings read from a text, and what is wrong in it. */
export interface ReadRuleConfig {
    readonly config: RuleConfig;
    readonly findings: readonly ConfigFinding[];
}

const EMPTY: RuleConfig = { rules: new Map(), overrides: [] };

/**
 * Reads `tthc-rules.json`. Strict JSON: a syntax error makes the whole file count for nothing (the
 * default severities hold) and is reported once; a wrong entry is reported and left out, the rest
 * applies. A setting that lowers a protected rule (`protectedWhy`) is reported and left out.
 */
export function readRuleConfig(text: string): ReadRuleConfig {
    const tree = parseJsonTree(text);
    if ('error' in tree) {
        return { config: EMPTY, findings: [invalid(tree.offset, tree.length, { kind: 'syntax', error: tree.error })] };
    }
    const root = tree.root;
    const findings: ConfigFinding[] = [];
    if (root.type !== 'object') return { config: EMPTY, findings: [invalid(root.offset, root.length, { kind: 'not-object', key: '(top level)' })] };
    let rules: ReadonlyMap<IssueCode, RuleLevel> = new Map();
    const overrides: RuleOverride[] = [];
    for (const [key, keyNode, value] of properties(root)) {
        if (key === '$schema') continue;
        if (key === 'rules') rules = readRules(value, 'rules', findings);
        else if (key === 'overrides') overrides.push(...readOverrides(value, findings));
        else findings.push(invalid(keyNode.offset, keyNode.length, { kind: 'unknown-key', key }));
    }
    return { config: { rules, overrides }, findings };
}

function readRules(node: JsonNode, key: string, findings: ConfigFinding[]): Map<IssueCode, RuleLevel> {
    const rules = new Map<IssueCode, RuleLevel>();
    if (node.type !== 'object') {
        findings.push(invalid(node.offset, node.length, { kind: 'not-object', key }));
        return rules;
    }
    for (const [code, codeNode, value] of properties(node)) {
        if (!isIssueCode(code)) {
            findings.push(invalid(codeNode.offset, codeNode.length, { kind: 'unknown-code', code }));
        } else if (value.type !== 'string' || !isRuleLevel(value.value)) {
            findings.push(invalid(value.offset, value.length, { kind: 'bad-level', code }));
        } else {
            const level = value.value;
            const why = protectedWhy(code);
            if (why !== undefined && weakens(code, level)) {
                findings.push({ offset: value.offset, length: value.length, code: 'config-protected-rule', args: { code, level, why } });
            } else {
                rules.set(code, level);
            }
        }
    }
    return rules;
}

function readOverrides(node: JsonNode, findings: ConfigFinding[]): RuleOverride[] {
    if (node.type !== 'array') {
        findings.push(invalid(node.offset, node.length, { kind: 'not-list', key: 'overrides' }));
        return [];
    }
    const overrides: RuleOverride[] = [];
    (node.items ?? []).forEach((item, index) => {
        const here = `overrides[${index}]`;
        if (item.type !== 'object') {
            findings.push(invalid(item.offset, item.length, { kind: 'not-object', key: here }));
            return;
        }
        let patterns: Minimatch[] | undefined;
        let rules: Map<IssueCode, RuleLevel> = new Map();
        for (const [key, keyNode, value] of properties(item)) {
            if (key === 'files') patterns = readPatterns(value, `${here}.files`, findings);
            else if (key === 'rules') rules = readRules(value, `${here}.rules`, findings);
            else findings.push(invalid(keyNode.offset, keyNode.length, { kind: 'unknown-key', key }));
        }
        if (patterns === undefined) findings.push(invalid(item.offset, 1, { kind: 'no-files', key: here }));
        else if (patterns.length > 0) overrides.push({ patterns, rules });
    });
    return overrides;
}

function readPatterns(node: JsonNode, key: string, findings: ConfigFinding[]): Minimatch[] {
    const items = node.type === 'array' ? node.items ?? [] : [node];
    if (items.length === 0 || items.some(item => item.type !== 'string')) {
        findings.push(invalid(node.offset, node.length, { kind: 'no-files', key }));
        return [];
    }
    const patterns: Minimatch[] = [];
    for (const item of items) {
        const pattern = String(item.value);
        if (!isRelativePattern(pattern)) {
            findings.push(invalid(item.offset, item.length, { kind: 'bad-pattern', key }));
        } else {
            // `dot`: a folder such as `.drafts/` is matched like any other; patterns are case-sensitive
            // like the paths of the files they name on Linux, where CI runs.
            patterns.push(new Minimatch(pattern, { dot: true, nocomment: true, nonegate: true, windowsPathsNoEscape: false }));
        }
    }
    return patterns;
}

// Patterns are relative to the project folder and written with `/`: an absolute path, a `..` or a
// backslash could never match a file of the project and is surely a mistake.
function isRelativePattern(pattern: string): boolean {
    return pattern.trim() !== '' && !pattern.startsWith('/') && !pattern.includes('\\') && !/^[A-Za-z]:/.test(pattern)
        && !pattern.split('/').includes('..');
}

function properties(node: JsonNode): Array<[string, JsonNode, JsonNode]> {
    return (node.members ?? []).map(member => [member.key, member.keyNode, member.value]);
}

function invalid(offset: number, length: number, problem: ConfigProblem): ConfigFinding {
    return { offset, length, code: 'config-invalid', args: { problem } };
}
