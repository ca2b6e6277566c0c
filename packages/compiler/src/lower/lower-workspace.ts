import { isTthcFile, type Procedure, type Province } from '@tthc/language';
import type { LangiumDocument } from 'langium';
import type { ProvinceBuild } from '../model/procedure-model.js';
import { lowerProcedures } from './lower-procedure.js';
import { lowerProvince } from './lower-province.js';

/**
 * Lowers a checked workspace (no error-level diagnostics) into one build per project that has a
 * province catalogue. `projectOf` gives each document's project (`TthcProjects.projectOf`).
 * Procedures come sorted by code, then name, whatever the order of the files.
 */
export function lowerWorkspace(documents: readonly LangiumDocument[], projectOf: (document: LangiumDocument) => string): ProvinceBuild[] {
    const projects = new Map<string, { provinces: Province[]; procedures: Procedure[] }>();
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!isTthcFile(root)) continue;
        const key = projectOf(document);
        const project = projects.get(key) ?? { provinces: [], procedures: [] };
        project.provinces.push(...root.provinces);
        project.procedures.push(...root.procedures);
        projects.set(key, project);
    }
    const builds: ProvinceBuild[] = [];
    for (const [rootUri, project] of [...projects.entries()].sort(([a], [b]) => compare(a, b))) {
        if (project.provinces.length === 0) continue;
        const procedures = project.procedures.flatMap(lowerProcedures).sort((a, b) => compare(a.code, b.code) || compare(a.id, b.id));
        builds.push({ rootUri, province: lowerProvince(project.provinces[0]), procedures });
    }
    return builds;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

