import { unzipSync, zipSync, type Zippable } from 'fflate';

// The one date a .docx carries, wherever a date is written: 1 July 2025, when the two-level local
// government began. Built from local fields at each use, because a zip entry stores local time (DOS
// date and time) and the packer reads it with local getters: noon of that local day gives the same
// fields in every time zone (no zone shifts its clock at noon), so the bytes do not depend on the zone.
const zipTime = () => new Date(2025, 6, 1, 12, 0, 0);
const CORE_TIME = '2025-07-01T00:00:00Z';
const CORE_PATH = 'docProps/core.xml';

/**
 * The .docx with its dates fixed: the library stamps the time of the build into `docProps/core.xml`
 * (`dcterms:created`, `dcterms:modified`) and every zip entry. The entries are re-zipped in their order,
 * with the same compression, so the same document gives the same bytes.
 */
export function deterministicDocx(packed: Uint8Array): Uint8Array {
    const files = unzipSync(packed);
    const entries: Zippable = {};
    for (const [path, data] of Object.entries(files)) {
        entries[path] = path === CORE_PATH ? fixCoreDates(data) : data;
    }
    return zipSync(entries, { level: 6, mtime: zipTime() });
}

function fixCoreDates(data: Uint8Array): Uint8Array {
    const xml = new TextDecoder().decode(data);
    return new TextEncoder().encode(xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${CORE_TIME}`));
}
