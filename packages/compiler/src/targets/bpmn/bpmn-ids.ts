import { textHash } from '../../text-hash.js';
/**
 * Element ids for the BPMN output. BPMN ids are XML `ID`s, so they must be NCNames; the engines and
 * modellers that read them (Camunda, Flowable, bpmn.io) also expect plain ASCII. Ids are derived
 * from the source names (`Step_TiepNhan`) so that a diff of two builds reads like a diff of the
 * procedure, and they depend on nothing but the model, so the same input gives the same ids.
 */

/**
 * An NCName-safe, ASCII form of a source name or code: diacritics dropped (`TiếpNhận` → `TiepNhan`),
 * anything but letters, digits, `_`, `.` and `-` becomes `_`. A name that had to change gets a short
 * hash of its original, so that `TiếpNhận` and `TiepNhan` (two different names in the language)
 * never share an id.
 */
export function idPart(name: string): string {
    const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9_.-]/g, '_');
    const part = ascii === '' ? 'x' : ascii;
    return part === name ? part : `${part}_${textHash(name)}`;
}

/**
 * Hands out ids that are unique within one BPMN document. A clash (only possible between a derived
 * id and a hashed one) is resolved with a counter, in the order ids are asked for, which is the
 * model's order: stable across builds.
 */
export class IdRegistry {
    private readonly used = new Set<string>();
    // The counter each clashing base got to: the numbers below it are taken (ids are never released), so
    // the search goes on from there instead of from 2, which made n clashes with one base cost n².
    private readonly counters = new Map<string, number>();

    /** `prefix_part_part…`, made unique; the prefix must start with a letter. */
    id(prefix: string, ...parts: string[]): string {
        const base = [prefix, ...parts].join('_');
        let id = base;
        let n = this.counters.get(base) ?? 2;
        if (this.used.has(id)) {
            for (id = `${base}_${n}`; this.used.has(id); id = `${base}_${n}`) n++;
            this.counters.set(base, n + 1);
        }
        this.used.add(id);
        return id;
    }
}

