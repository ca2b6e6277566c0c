// `node scripts/schemas/rules-schema.mjs` (after `npm run build`): writes schemas/tthc-rules.schema.json, the JSON
// Schema of a project's rule settings (tthc-rules.json, docs/review.md), from the language's list of codes, so that a
// new code is completed in the editor. test/language/rules-schema.test.ts fails when the file is not what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The schema's text for the given codes and default severities, in the order of the rule reference; `levels` and
 * `anchorOf` are the language's (`ruleLevels`, `ruleAnchor`: codes documented under one heading share its anchor).
 */
export function rulesSchemaText(issueCodes, ruleSeverities, protectedWhy, levels, anchorOf) {
    const level = { enum: [...levels] };
    const rules = {
        type: 'object',
        description: 'Rule code → level. Protected rules may only be raised (docs/review.md).',
        additionalProperties: false,
        properties: Object.fromEntries(issueCodes.map(code => [code, {
            ...level,
            description: `Default: ${ruleSeverities[code]}.${protectedWhy(code) ? ' Protected: may only be raised.' : ''} See docs/rules.md#${anchorOf(code)}.`
        }]))
    };
    const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'urn:tthc:schema:rules',
        title: 'tthc rule settings (tthc-rules.json)',
        description: "A project's rule levels, beside its catalogue: for the whole project ('rules') and for path patterns ('overrides', later wins). Documented in docs/review.md.",
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            rules: { $ref: '#/$defs/rules' },
            overrides: {
                type: 'array',
                description: 'In order: a later override that matches a file wins over an earlier one and over rules.',
                items: {
                    type: 'object',
                    required: ['files'],
                    additionalProperties: false,
                    properties: {
                        files: {
                            description: "Glob patterns (minimatch) relative to the project folder, with '/': e.g. 'xa/**/*.tthc'.",
                            oneOf: [
                                { type: 'string', minLength: 1 },
                                { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }
                            ]
                        },
                        rules: { $ref: '#/$defs/rules' }
                    }
                }
            }
        },
        $defs: { rules }
    };
    return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const language = await import(pathToFileURL(join(repoDir, 'packages', 'language', 'out', 'index.js')).href);
    writeFileSync(join(repoDir, 'schemas', 'tthc-rules.schema.json'), rulesSchemaText(language.issueCodes, language.ruleSeverities, language.protectedWhy, language.ruleLevels, language.ruleAnchor));
}
