import { foldText, foldTitle } from './fold-text.js';
import type { TitleOverrides } from './title-map.js';

/** A catalogue's units, positions and forms, as the import needs them (names and titles). */
export interface CatalogueTitles {
    readonly units: ReadonlyArray<{
        readonly name: string;
        readonly title: string;
        readonly wardTitle?: string;
        /** `province`, `commune`, `central` (or `district` in an old catalogue), when declared. */
        readonly level?: string;
        readonly positions: ReadonlyArray<{ readonly name: string; readonly title: string }>;
    }>;
    readonly forms: ReadonlyArray<{ readonly name: string; readonly title: string; readonly code?: string }>;
}

/** What a title matched: a reference as the language writes it (`Unit`, `Unit.Position`, `leaders of Unit`, `applicant`). */
export type TitleMatch =
    | { readonly kind: 'match'; readonly reference: string; readonly loose: boolean }
    | { readonly kind: 'none' }
    | { readonly kind: 'several'; readonly references: readonly string[] };

interface Candidate {
    readonly reference: string;
    readonly keys: readonly string[];
    /** The keys of the title as declared (not a variant): a cell that says it exactly names this candidate first. */
    readonly declared: readonly string[];
}

// Of several candidates a key matches, the one whose declared title it is: "Công chức Tư pháp - Hộ tịch (thứ hai)"
// names that position, although without its brackets it is also the title of "Công chức Tư pháp - Hộ tịch".
function preferDeclared(found: readonly Candidate[], key: string): readonly Candidate[] {
    const declared = found.filter(c => c.declared.includes(key));
    return declared.length === 1 ? declared : found;
}

// A title that is only a kind of unit ("phòng", "sở"), as "Lãnh đạo phòng" writes it.
const UNIT_KIND = /^(phong|so|trung tam|chi cuc|ban|van phong|cuc|doi)$/;

// The qualifiers that make a performer the one assigned (`assigned`), folded, at the title's end: "được phân công",
// "được giao (xử lý)", "được phân công xử lý", "phụ trách lĩnh vực" (the leader the division of work puts in charge of
// the sector).
const ASSIGNED = / (?:duoc phan cong(?: (?:xu ly|thu ly|giai quyet))?|duoc giao(?: (?:xu ly|thu ly|giai quyet|nhiem vu))?|(?:duoc phan cong |duoc giao )?phu trach linh vuc)$/;

// A commune-level title as tables also write it: "… cấp xã", "… xã, phường", "… xã, phường, đặc khu", "… xã"; a
// province-level one "… cấp tỉnh" or "… tỉnh".
function levelVariants(key: string): string[] {
    const commune = /^(.+?) (?:cap xa|xa phuong dac khu|xa phuong|xa)$/.exec(key);
    if (commune) return ['cap xa', 'xa phuong dac khu', 'xa phuong', 'xa'].map(w => `${commune[1]} ${w}`);
    const province = /^(.+?) (?:cap tinh|tinh)$/.exec(key);
    if (province) return [`${province[1]} cap tinh`, `${province[1]} tinh`];
    return [key];
}

const LOCALITY = /^(.*\b(?:tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi xa|thi tran))\b .+$/;

// The ways a title is written: as declared, without its parenthesised abbreviation, without the place name after
// "tỉnh/xã/phường …" and without the locality word itself.
function unitKeys(title: string): string[] {
    const keys = new Set<string>();
    for (const variant of [title, title.replace(/\s*\([^)]*\)/g, '')]) {
        const key = foldTitle(variant);
        keys.add(key);
        const local = LOCALITY.exec(key);
        // "Phòng Quản lý …" folds to "phong quan ly …", where "quan" is no district: a locality word needs a title of
        // at least two words before it ("Sở Tư pháp tỉnh …", "Công an xã …").
        if (local && local[1].split(' ').length > 2) {
            keys.add(local[1]);
            keys.add(local[1].replace(/ (tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi xa|thi tran)$/, ''));
        }
    }
    // "Phòng Quản lý Công nghệ … (QLCN&TĐC)" is also "Phòng QLCN&TĐC".
    const abbreviation = /\(([^()\s]+)\)/u.exec(title);
    const kind = /^(phong|so|trung tam|chi cuc|ban|van phong|cuc|doi)\b/.exec(foldText(title));
    if (abbreviation && kind) keys.add(foldTitle(`${kind[1]} ${abbreviation[1]}`));
    keys.delete('');
    // "Cán bộ một cửa của Sở Nội vụ" is "Cán bộ một cửa Sở Nội vụ": "của" between a title and its unit says nothing.
    return [...new Set([...keys].flatMap(levelVariants).flatMap(k => [k, withoutOf(k)]))];
}

/** Matches responsibility cells and form cells against a catalogue by title, diacritics- and case-insensitive. */
export class CatalogueMatcher {
    private readonly units: Candidate[] = [];
    private readonly performers: Candidate[] = [];
    // Set only on the copy `withOverrides` makes.
    private overrides: TitleOverrides | undefined;

    constructor(private readonly catalogue: CatalogueTitles) {
        for (const unit of catalogue.units) {
            // "Phòng Kinh tế/Phòng Kinh tế, Hạ tầng và Đô thị": a unit with its ward title, as tables write it.
            const keys = unitKeys(unit.title).concat(unit.wardTitle ? [...unitKeys(unit.wardTitle), ...bothTitles(unit.title, unit.wardTitle)] : []);
            const unitDeclared = [foldTitle(unit.title)];
            this.units.push({ reference: unit.name, keys, declared: unitDeclared });
            this.performers.push({ reference: unit.name, keys, declared: unitDeclared });
            for (const position of unit.positions) {
                // "Bộ phận văn thư UBND cấp xã": a position named as the office ("bộ phận") that holds it.
                const own = unitKeys(position.title).flatMap(k => k.startsWith('bo phan ') ? [k] : [k, `bo phan ${k}`]);
                const withUnit = own.flatMap(p => keys.map(u => `${p} ${u}`));
                const title = foldTitle(position.title);
                this.performers.push({ reference: `${unit.name}.${position.name}`, keys: [...own, ...withUnit], declared: [title, ...keys.map(u => `${title} ${u}`)] });
            }
        }
    }

    /**
     * The performer a title names: exactly one unit or position whose title (or a variant) is the same once folded;
     * else "Lãnh đạo <unit>" as the leaders of that unit; else the applicant ("Tổ chức, cá nhân"); else the one
     * title that starts with the same word and holds all its words in order (a loose match, which the import reports;
     * `loose: false` refuses it); else "Công chức <unit>" as that unit. A qualifier at the end ("được phân công", "được giao xử lý", "phụ trách lĩnh vực")
     * makes it `… assigned`.
     */
    performer(text: string, options: { readonly loose?: boolean } = {}): TitleMatch {
        // A person's decision (`--map`) comes before every rule of this matcher.
        const decided = this.overrides?.reference(text);
        if (decided !== undefined) return { kind: 'match', reference: decided, loose: false };
        const allowLoose = options.loose ?? true;
        const folded = foldTitle(text);
        const qualifier = ASSIGNED.exec(folded);
        const bare = folded.slice(0, qualifier ? qualifier.index : folded.length).replace(/ thu ly$/, '');
        if (!bare) return { kind: 'none' };
        if (qualifier) {
            // "Chuyên viên được phân công", "Lãnh đạo Phòng chuyên môn được giao xử lý", "Lãnh đạo UBND cấp xã phụ
            // trách lĩnh vực": the one assigned among what the rest names (exactly, else loosely: a position titled
            // "Chuyên viên được phân công" in one division does not make every such cell that division's), else the
            // title the catalogue declares with its qualifier. A unit titled so ("Cơ quan được phân công") is the
            // assigned agency itself.
            const named = this.named(bare);
            if (named.kind !== 'none') return assign(named);
            const whole = this.named(folded);
            if (whole.kind === 'match' && this.units.some(u => u.reference === whole.reference)) return whole;
            const loose = allowLoose ? this.loosely(bare) : whole;
            return assign(loose.kind !== 'none' ? loose : whole);
        }
        // "Chuyên viên thụ lý" may be a catalogue title as such: the whole title first.
        let found = this.named(folded);
        if (found.kind === 'none' && bare !== folded) found = this.named(bare);
        if (found.kind === 'none' && withoutOf(folded) !== folded) found = this.named(withoutOf(folded));
        if (found.kind === 'none' && allowLoose) found = this.loosely(bare);
        if (found.kind === 'none') found = this.staffOf(bare);
        return found;
    }

    // "Công chức phòng chuyên môn", "Cán bộ Sở Tài chính": the staff of a unit the rest names exactly, when no entry
    // holds the title; the unit itself, as a cell naming only a unit is (no position of it is named).
    private staffOf(key: string): TitleMatch {
        const staff = /^(?:cong chuc|can bo|vien chuc|can bo cong chuc|cong chuc vien chuc) (.+)$/.exec(key);
        return staff ? this.exact(this.units, staff[1]) : { kind: 'none' };
    }

    // A title named exactly: a unit or position, "Lãnh đạo <unit>" (also "Lãnh đạo phòng": a unit of that kind), the
    // applicant.
    private named(key: string): TitleMatch {
        const exact = this.exact(this.performers, key);
        if (exact.kind !== 'none') return exact;
        const leaders = /^lanh dao (.+)$/.exec(key);
        if (leaders) {
            // "Lãnh đạo phòng Phòng Kinh tế": the kind word written twice.
            const named = leaders[1].replace(/^(phong|so|trung tam|chi cuc|ban|van phong|cuc|doi) (?=\1 )/, '');
            let unit = this.exact(this.units, named);
            // "Lãnh đạo phòng": the leaders of a unit of that kind, the one the table's context decides.
            if (unit.kind === 'none' && UNIT_KIND.test(named)) unit = this.ofKind(named);
            if (unit.kind !== 'none') return leadersOf(unit);
        }
        if (/^(to chuc ca nhan|ca nhan to chuc|nguoi nop ho so|nguoi yeu cau|to chuc cong dan|cong dan)$/.test(key) ||
            /^(to chuc|ca nhan|to chuc ca nhan) (thuc hien|de nghi|nop ho so|co yeu cau)( thu tuc hanh chinh)?$/.test(key)) {
            return { kind: 'match', reference: 'applicant', loose: false };
        }
        return { kind: 'none' };
    }

    // A title named loosely: the leaders of the one unit whose title holds the words, else the one entry.
    private loosely(key: string): TitleMatch {
        const leaders = /^lanh dao (.+)$/.exec(key);
        if (leaders) {
            const unit = this.loose(this.units, leaders[1].replace(/^(phong|so|trung tam|chi cuc|ban|van phong|cuc|doi) (?=\1 )/, ''));
            if (unit.kind !== 'none') return leadersOf(unit);
        }
        return this.loose(this.performers, key);
    }

    /** The level the catalogue declares for a unit (by name), if any. */
    levelOf(unitName: string): string | undefined {
        return this.catalogue.units.find(u => u.name === unitName)?.level;
    }

    /** The unit a title names (a hand-over's partner agency, an authority), exactly, or as the map decides. */
    unit(text: string): TitleMatch {
        const decided = this.overrides?.reference(text);
        if (decided !== undefined && this.units.some(u => u.reference === decided)) return { kind: 'match', reference: decided, loose: false };
        return this.exact(this.units, foldTitle(text));
    }

    /** This matcher with a mapping file's decisions for one procedure, consulted before its own rules. */
    withOverrides(overrides: TitleOverrides): CatalogueMatcher {
        const scoped = Object.create(this) as CatalogueMatcher;
        scoped.overrides = overrides;
        return scoped;
    }

    /**
     * A position named with its unit ("Chuyên viên" of "Sở Nội vụ", "Trưởng phòng được phân công"): the unit by
     * title, then among its positions the one of that title; a unit alone when the position line names the unit.
     */
    positionIn(positionText: string, unitText: string): TitleMatch {
        const unit = this.exact(this.units, foldTitle(unitText));
        if (unit.kind !== 'match') return unit.kind === 'several' ? unit : { kind: 'none' };
        const folded = foldTitle(positionText);
        const qualifier = ASSIGNED.exec(folded);
        const assigned = qualifier !== null;
        const key = folded.slice(0, qualifier ? qualifier.index : folded.length);
        const positions = preferDeclared(this.performers.filter(c => c.reference.startsWith(`${unit.reference}.`) && c.keys.includes(key)), key);
        if (positions.length === 1) return { kind: 'match', reference: `${positions[0].reference}${assigned ? ' assigned' : ''}`, loose: false };
        if (positions.length > 1) return { kind: 'several', references: positions.map(p => p.reference).sort() };
        const leaders = /^lanh dao( .+)?$/.exec(key);
        if (leaders) return { kind: 'match', reference: `leaders of ${unit.reference}`, loose: false };
        return { kind: 'none' };
    }

    // The units whose title starts with a kind word ("phong", "so"): one is a loose match, several are several.
    private ofKind(kind: string): TitleMatch {
        const found = this.units.filter(c => c.keys.some(k => k.startsWith(`${kind} `)));
        if (found.length === 1) return { kind: 'match', reference: found[0].reference, loose: true };
        if (found.length > 1) return { kind: 'several', references: found.map(c => c.reference).sort() };
        return { kind: 'none' };
    }

    private loose(candidates: readonly Candidate[], key: string): TitleMatch {
        const loose = candidates.filter(c => c.keys.some(k => looselyHolds(k, key)));
        if (loose.length === 1) return { kind: 'match', reference: loose[0].reference, loose: true };
        if (loose.length > 1) return { kind: 'several', references: loose.map(c => c.reference).sort() };
        return { kind: 'none' };
    }

    /** The catalogue form a "Mẫu …" reference names: by code ("Mẫu 01", "Mẫu số 02/TP") or by title. */
    form(text: string): TitleMatch {
        const key = foldTitle(text);
        const found = this.catalogue.forms.filter(f => (f.code && new RegExp(`(^| )(mau )?(so )?${escape(foldTitle(f.code))}( |$)`).test(key)) ||
            key.includes(foldTitle(f.title)));
        if (found.length === 1) return { kind: 'match', reference: found[0].name, loose: false };
        if (found.length > 1) return { kind: 'several', references: found.map(f => f.name).sort() };
        return { kind: 'none' };
    }

    private exact(candidates: readonly Candidate[], key: string): TitleMatch {
        const found = preferDeclared(candidates.filter(c => c.keys.includes(key)), key);
        if (found.length === 1) return { kind: 'match', reference: found[0].reference, loose: false };
        if (found.length > 1) return { kind: 'several', references: found.map(c => c.reference).sort() };
        return { kind: 'none' };
    }
}

// "Phòng Kinh tế/Phòng Kinh tế, Hạ tầng và Đô thị", also written "Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị": the
// commune title and the ward title of one unit, the kind word not repeated.
function bothTitles(title: string, wardTitle: string): string[] {
    const kind = foldTitle(title).split(' ')[0];
    const ward = foldTitle(wardTitle);
    const keys = [foldTitle(`${title}/${wardTitle}`)];
    if (ward.startsWith(`${kind} `)) keys.push(`${foldTitle(title)}/${ward.slice(kind.length + 1)}`);
    return keys;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "cong chuc mot cua" in "cong chuc bo phan mot cua …": same first word, every word in order.
function looselyHolds(candidate: string, key: string): boolean {
    const have = candidate.split(' ');
    const want = key.split(' ');
    if (have[0] !== want[0]) return false;
    let i = 0;
    for (const word of have) {
        if (word === want[i]) i++;
        if (i === want.length) return true;
    }
    return false;
}

function withoutOf(key: string): string {
    return key.replace(/ cua /g, ' ');
}

function leadersOf(unit: TitleMatch): TitleMatch {
    if (unit.kind === 'match') return { ...unit, reference: `leaders of ${unit.reference}` };
    if (unit.kind === 'several') return { kind: 'several', references: unit.references.map(r => `leaders of ${r}`) };
    return unit;
}

function assign(found: TitleMatch): TitleMatch {
    if (found.kind === 'match' && found.reference !== 'applicant') return { ...found, reference: `${found.reference} assigned` };
    if (found.kind === 'several') return { kind: 'several', references: found.references.map(r => `${r} assigned`) };
    return found;
}

/** Splits a responsibility cell naming several performers ("A hoặc B", "A/B", "A; B", one per line). */
export function splitPerformers(text: string): string[] {
    return text.split(/\s+hoặc\s+|\s*\/\s*|\s*;\s*|\n+/u).map(t => t.replace(/^[-+•]\s*/u, '').replace(/[.,:]$/u, '').trim()).filter(Boolean);
}
