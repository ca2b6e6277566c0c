import type { ProvinceBuild } from '../../model/procedure-model.js';
import { safeFileName } from '../safe-file-name.js';
import type { OutputFile, Target } from '../target.js';
import { catalogueDocument, procedureDocument } from './json-documents.js';

// The model's texts are NFC (the parser normalises every name and text; `relativeSource` the file
// names), so the document is too, without a pass over the whole text.
function json(value: unknown): string {
    return JSON.stringify(value, null, 2) + '\n';
}

/**
 * The neutral configuration: `catalogue.json` and `procedures/<code>.json`, described by
 * `schemas/tthc-config.schema.json` (draft 2020-12) and docs/config-format.md.
 */
export const jsonTarget: Target = {
    name: 'json',
    description: 'neutral procedure-system configuration (JSON, schemas/tthc-config.schema.json)',
    compile(build: ProvinceBuild): OutputFile[] {
        // Two procedures can share a code after `safeFileName`, or, in a group whose members take the
        // group's code, before it: a later one gets `-2`, `-3` (procedures come sorted, so this is stable).
        const used = new Set<string>();
        const nameOf = (code: string): string => {
            const base = safeFileName(code);
            let name = base;
            for (let n = 2; used.has(name.toLowerCase()); n++) name = safeFileName(`${base}-${n}`);
            used.add(name.toLowerCase());
            return name;
        };
        return [
            { path: 'catalogue.json', content: json(catalogueDocument(build)) },
            ...build.procedures.map(procedure => ({ path: `procedures/${nameOf(procedure.code)}.json`, content: json(procedureDocument(build, procedure)) }))
        ];
    }
};
