import { createTthcServices, isTthcFile, type Province } from '@tthc/language';
import { EmptyFileSystem } from 'langium';
import { collectFiles } from '../../workspace/collect-files.js';
import { readSource } from '../../workspace/read-source.js';
import type { CatalogueTitles } from './catalogue-match.js';

/** The catalogue found in a folder, or why there is none. */
export type CatalogueRead =
    | { readonly kind: 'ok'; readonly province: string; readonly titles: CatalogueTitles }
    | { readonly kind: 'none' }
    | { readonly kind: 'several'; readonly paths: readonly string[] };

/**
 * Reads the province catalogue (`province Name "…" { … }`) of the .tthc files in `folder` with the language's
 * parser: its units, positions and forms. Only the catalogue is needed; files with syntax errors still give what
 * they declare.
 */
export function loadCatalogue(folder: string): CatalogueRead {
    const { Tthc } = createTthcServices(EmptyFileSystem);
    const found: Array<{ path: string; province: Province }> = [];
    for (const path of collectFiles([folder]).checked) {
        const source = readSource(path);
        if (source.kind !== 'text') continue;
        const root = Tthc.parser.LangiumParser.parse(source.text).value;
        if (isTthcFile(root)) found.push(...root.provinces.map(province => ({ path, province })));
    }
    if (found.length === 0) return { kind: 'none' };
    if (found.length > 1) return { kind: 'several', paths: [...new Set(found.map(f => f.path))].sort() };
    const province = found[0].province;
    return {
        kind: 'ok', province: province.name,
        titles: {
            units: province.units.map(unit => ({
                name: unit.name, title: unit.title, ...(unit.wardTitle ? { wardTitle: unit.wardTitle } : {}), ...(unit.level ? { level: unit.level } : {}),
                positions: unit.positions.map(p => ({ name: p.name, title: p.title }))
            })),
            forms: province.forms.map(f => ({ name: f.name, title: f.title, ...(f.code ? { code: f.code } : {}) }))
        }
    };
}
