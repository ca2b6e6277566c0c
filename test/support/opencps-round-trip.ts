/**
 * The differences docs/import.md ("Round trips and their known differences", OpenCPS) lists between the json
 * output of a workspace and that of the same workspace after `tthc build --target opencps` → `tthc import
 * opencps`. `normaliseRoundTrip` removes exactly those, each under the name of its entry in the docs; what
 * is left must be byte-equal.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// A unit as the json target writes it (`{ id, title, level, kind, agencyCode, wardTitle }`).
function isUnitRef(value: { [key: string]: Json }): boolean {
    return 'title' in value && 'agencyCode' in value && 'wardTitle' in value;
}

function normalise(value: Json, key: string): Json {
    if (Array.isArray(value)) return value.map(item => normalise(item, key));
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
        // "Names made of codes and titles": the procedure's name (and a group's and its members'), the names of
        // forms and of hand-over partners.
        if (k === 'id' && (key === 'root' || key === 'form' || key === 'partner' || key === 'group' || key === 'members')) continue;
        // "Where forms are declared": the procedure's own forms (`forms`), catalogue or procedure.
        if (k === 'forms' && key === 'root') continue;
        // "What a step produces": `produces` has no OpenCPS field.
        if (k === 'produces') continue;
        // "Leaders": a position is a leader when its title is one of a head or it approves.
        if (k === 'leader') continue;
        // "How a duration is written": the amount in working minutes (or calendar days) stays, the text not.
        if ((k === 'text' || k === 'unit' || k === 'amount') && 'workingMinutes' in value) continue;
        // "Units: level, kind, ward title, agency code": read from titles; the agency code only for the implementing unit.
        if (isUnitRef(value) && (k === 'level' || k === 'kind' || k === 'wardTitle')) continue;
        if (isUnitRef(value) && k === 'agencyCode' && key !== 'agency') continue;
        // "Sources": file names and lines are those of the imported files.
        if (k === 'source' || k === 'file' || k === 'line') continue;
        out[k] = normalise(v, k);
    }
    return out;
}

/** A procedure's json output without the documented differences of the OpenCPS round trip, as text to compare. */
export function normaliseRoundTrip(json: string): string {
    return `${JSON.stringify(normalise(JSON.parse(json) as Json, 'root'), null, 2)}\n`;
}
