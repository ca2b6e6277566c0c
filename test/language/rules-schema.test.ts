import { issueCodes, protectedWhy, ruleAnchor, ruleLevels, ruleSeverities, type IssueCode } from '@tthc/language';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rulesSchemaText } from '../../scripts/schemas/rules-schema.mjs';
import { ROOT } from '../cli/run-cli.js';

const file = readFileSync(join(ROOT, 'schemas/tthc-rules.schema.json'), 'utf8');
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(file) as object);

describe('schemas/tthc-rules.schema.json', () => {
    test('is what scripts/schemas/rules-schema.mjs writes from the list of codes (run it after adding a code)', () => {
        expect(file).toBe(rulesSchemaText(issueCodes, ruleSeverities, code => protectedWhy(code as IssueCode), ruleLevels, ruleAnchor));
    });

    test('completes every code of the language, and no other', () => {
        const schema = JSON.parse(file) as { $defs: { rules: { properties: Record<string, unknown> } } };
        expect(Object.keys(schema.$defs.rules.properties)).toEqual(issueCodes);
    });

    test('accepts the settings docs/review.md shows and rejects a wrong level, an unknown code or an override without files', () => {
        expect(validate({ rules: { 'missing-approval': 'off' }, overrides: [{ files: ['xa/**'], rules: { 'day-kind-unstated': 'error' } }] })).toBe(true);
        expect(validate({ rules: { 'missing-approval': 'warn' } })).toBe(false);
        expect(validate({ rules: { 'no-such-rule': 'off' } })).toBe(false);
        expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
    });
});
