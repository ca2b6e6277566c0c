import { fold, nameFromTitle, nameOf } from './tthc-text.js';

/** A position being gathered from the bundle's roles. */
export interface ImportedPosition {
    readonly name: string;
    readonly title: string;
    leader: boolean;
}

/** A unit being gathered from the roles, the agencies and the hand-over partners of the bundle. */
export interface ImportedUnit {
    readonly name: string;
    title: string;
    agencyCode?: string;
    level?: string;
    readonly positions: Map<string, ImportedPosition>;
    /** Where the bundle first names the unit. */
    readonly origin: Origin;
}

/** A place of the bundle: a document and a line. */
export interface Origin {
    readonly file: string;
    readonly line: number;
}

/** What a performer of a step refers to, as the language writes it after `by`. */
export type PerformerText = string;

/**
 * The catalogue being gathered: units by name, with lookups by title (folded) so that a text naming a unit or a
 * position (`Thực hiện: …`, a hand-over partner, an agency) finds the one the roles declared.
 */
export class ImportedCatalogue {
    readonly units = new Map<string, ImportedUnit>();
    // Folded performer texts (`title (unit title)`, `Lãnh đạo unit`, `unit`) → the reference the language writes.
    readonly performers = new Map<string, PerformerText>();
    // The levels of the procedures each unit performs steps of: a unit whose title says no level takes theirs.
    readonly levelsSeen = new Map<string, Set<string>>();

    /** Records that `unit` performs a step of a procedure of `level`. */
    performs(unit: string, level: string | undefined): void {
        if (level === undefined) return;
        const seen = this.levelsSeen.get(unit) ?? new Set<string>();
        seen.add(level);
        this.levelsSeen.set(unit, seen);
    }

    unit(name: string, title: string, origin: Origin): ImportedUnit {
        let unit = this.units.get(name);
        if (!unit) {
            unit = { name, title, positions: new Map(), origin };
            this.units.set(name, unit);
            this.performers.set(fold(title), name);
        }
        return unit;
    }

    position(unit: ImportedUnit, name: string, title: string): ImportedPosition {
        let position = unit.positions.get(name);
        if (!position) {
            position = { name, title, leader: false };
            unit.positions.set(name, position);
            this.performers.set(fold(`${title} (${unit.title})`), `${unit.name}.${name}`);
        }
        return position;
    }

    /** The unit of that title, or a new one named after the title (a partner or agency no role names). */
    unitByTitle(title: string, origin: Origin, code?: string): ImportedUnit {
        for (const unit of this.units.values()) {
            if (fold(unit.title) === fold(title)) return unit;
        }
        const name = code !== undefined && code !== '' && nameOf(code) === code ? code : nameFromTitle(title);
        return this.unit(this.units.has(name) && fold(this.units.get(name)!.title) !== fold(title) ? `${name}_2` : name, title, origin);
    }
}

// The kind a unit's title says, by how Vietnamese bodies are named (docs/import.md says so; check them).
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
    [/^Chi nhánh Văn phòng Đăng ký đất đai/iu, 'records-office'],
    [/^(Trung tâm Phục vụ hành chính công|Bộ phận (Một cửa|tiếp nhận và trả kết quả))/iu, 'one-stop'],
    [/^Ủy ban nhân dân/iu, 'people-committee'],
    [/^(Văn phòng (Đăng ký đất đai|công chứng)|Bưu điện)/iu, 'service-unit'],
    [/^Văn phòng/iu, 'office'],
    [/^Sở /u, 'department'],
    [/^Phòng /u, 'division'],
    [/^(Công an|Thuế|Bảo hiểm xã hội|Kho bạc|Chi nhánh Ngân hàng|Ngân hàng)/iu, 'sector-agency'],
    [/^Chi cục /u, 'division'],
    [/^Bộ /u, 'ministry']
];

/** The unit kind a title names, or undefined. */
export function kindOfTitle(title: string): string | undefined {
    return KINDS.find(([pattern]) => pattern.test(title))?.[1];
}

/** The level a title names: a commune (xã, phường, đặc khu), a district (huyện, quận, thị xã), the province; or undefined. */
export function levelOfTitle(title: string, kind: string | undefined): string | undefined {
    if (kind === 'sector-agency' || kind === 'ministry') return 'central';
    // A branch of the province's land registration office.
    if (kind === 'records-office') return 'province';
    if (/(^|[^\p{L}])(xã|phường|đặc khu|thị trấn)([^\p{L}]|$)/iu.test(title)) return 'commune';
    if (/(^|[^\p{L}])(huyện|quận|thị xã)([^\p{L}]|$)/iu.test(title)) return 'district';
    if (/(^|[^\p{L}])tỉnh([^\p{L}]|$)|^Sở /iu.test(title) || kind === 'department') return 'province';
    return undefined;
}

// Titles of the heads who sign: Chủ tịch, Giám đốc and their deputies.
const LEADER_TITLE = /^(Phó )?(Chủ tịch|Giám đốc)([^\p{L}]|$)/u;

/** Whether a position's title is one of a head who signs. */
export function leaderTitle(title: string): boolean {
    return LEADER_TITLE.test(title);
}
