import { NATIONAL_DAYS_OFF, NATIONAL_MAKE_UP_DAYS } from '@tthc/language';
import { safeFileName } from '@tthc/compiler';
import { BundleError } from './bundle-error.js';
import type { BundleDocuments, HolidayDoc, ServiceProcessDoc, WorkingTimeDoc } from './bundle-documents.js';
import { ImportedCatalogue, kindOfTitle, levelOfTitle } from './catalogue-model.js';
import { type RoleMeaning, readRole } from './map-roles.js';
import { groupText } from './map-group.js';
import { type MappedProcedure, type UnresolvedItem, mapProcedure } from './map-procedure.js';
import { importMessages as say } from './opencps-import-messages.js';
import { nameFromTitle, str } from './tthc-text.js';

/** The province the catalogue declares: the bundle does not say it (`--province`, `--province-title`, …). */
export interface ProvinceOptions {
    readonly name: string;
    readonly title: string;
    readonly code?: string;
    readonly agency?: string;
}

/** A file of the workspace to write, relative to the output folder. */
export interface WorkspaceFile {
    readonly path: string;
    readonly text: string;
}

/** The workspace made of a bundle. */
export interface MappedWorkspace {
    readonly files: readonly WorkspaceFile[];
    readonly procedures: readonly MappedProcedure[];
    readonly units: number;
    readonly forms: number;
    readonly unresolved: readonly UnresolvedItem[];
    /** Documents that could not be used (no ServiceInfo refers to them): errors like unreadable ones. */
    readonly errors: readonly BundleError[];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

function byString<T>(key: (item: T) => string): (a: T, b: T) => number {
    return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

// `works monday to friday 07:30 to 11:30, 13:30 to 17:30`: consecutive weekdays of the same hours in one line.
function workingWeek(times: readonly WorkingTimeDoc[], errors: BundleError[]): string[] {
    const byDay = new Map<number, string>();
    for (const time of times) {
        const sessions = time.hours.split(',').map(s => /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(s.trim()));
        if (time.day < 1 || time.day > 7 || sessions.length === 0 || sessions.some(s => !s)) {
            errors.push(new BundleError({ file: time.file, line: time.line }, say.badWorkingTime(String(time.day), time.hours)));
            continue;
        }
        // An empty afternoon (`11:30-11:30`) is how the target writes a day of one session.
        const kept = sessions.filter(s => s![1] !== s![2]).map(s => `${s![1]!.padStart(5, '0')} to ${s![2]!.padStart(5, '0')}`);
        if (kept.length > 0) byDay.set(time.day, kept.join(', '));
    }
    // Monday (2) first, Sunday (1) last.
    const order = [2, 3, 4, 5, 6, 7, 1];
    const lines: string[] = [];
    for (let i = 0; i < order.length;) {
        const hours = byDay.get(order[i]!);
        if (hours === undefined) { i++; continue; }
        let j = i;
        while (j + 1 < order.length && byDay.get(order[j + 1]!) === hours) j++;
        const first = WEEKDAYS[order[i]! - 1]!;
        const last = WEEKDAYS[order[j]! - 1]!;
        lines.push(`works ${first}${j > i ? ` to ${last}` : ''} ${hours}`);
        i = j + 1;
    }
    return lines;
}

// The days of Holiday.xml that are not the national ones tthc ships; all of them, `without national-holidays`,
// when a national day of a year the file covers is missing from it.
function calendarYears(holidays: readonly HolidayDoc[]): string[] {
    if (holidays.length === 0) return [];
    const listed = new Set(holidays.map(h => `${h.date}/${h.type}`));
    const years = new Set(holidays.map(h => h.date.slice(0, 4)));
    const national = new Set([...NATIONAL_DAYS_OFF.map(d => `${d.date}/0`), ...NATIONAL_MAKE_UP_DAYS.map(d => `${d.date}/1`)]);
    const keepsNational = [...national].filter(key => years.has(key.slice(0, 4))).every(key => listed.has(key));
    const own = holidays.filter(h => !keepsNational || !national.has(`${h.date}/${h.type}`));
    const lines: string[] = keepsNational ? [] : ['without national-holidays'];
    const ownYears = [...new Set(own.map(h => h.date.slice(0, 4)))].sort();
    for (const year of ownYears) {
        lines.push(`year ${year} {`);
        for (const h of own.filter(d => d.date.startsWith(year)).sort(byString(d => d.date))) {
            const date = h.date;
            // OpenCPS works a make-up day with Monday's hours (docs/opencps-target.md).
            lines.push(h.type === 1 ? `    make-up ${date} ${str(h.description)} works-like monday` : `    holiday ${date} ${str(h.description)}`);
        }
        lines.push('}');
    }
    return lines;
}

function catalogueText(province: ProvinceOptions, catalogue: ImportedCatalogue, docs: BundleDocuments, errors: BundleError[], unresolved: UnresolvedItem[]): string {
    const header = [`province ${province.name} ${str(province.title)}`];
    if (province.code !== undefined) header.push(`code ${province.code}`);
    if (province.agency !== undefined) header.push(`agency ${province.agency}`);
    // OpenCPS counts working time only (its due dates skip weekends and holidays).
    header.push('days working');
    const lines = [`${header.join(' ')} {`];
    const week = workingWeek(docs.workingTimes, errors);
    const years = calendarYears(docs.holidays);
    if (week.length > 0 || years.length > 0) {
        lines.push('    calendar {', ...[...week, ...years].map(l => `        ${l}`), '    }');
    }
    for (const unit of [...catalogue.units.values()].sort(byString(u => u.name))) {
        const kind = kindOfTitle(unit.title);
        const seen = [...(catalogue.levelsSeen.get(unit.name) ?? [])];
        const level = unit.level ?? levelOfTitle(unit.title, kind) ?? (seen.length === 1 ? seen[0] : undefined);
        const words = [`unit ${unit.name} ${str(unit.title)}`];
        if (level) words.push(`level ${level}`);
        if (kind) words.push(`kind ${kind}`);
        if (unit.agencyCode !== undefined && /^[0-9A-Za-z_.]+$/.test(unit.agencyCode)) words.push(`agency ${unit.agencyCode}`);
        if (!level) {
            const item = { file: unit.origin.file, line: unit.origin.line, what: `unit ${unit.name}`, why: say.noUnitLevel };
            unresolved.push(item);
            words.push(`unresolved ${str(`${item.what} (${item.file}:${item.line}): ${item.why}`)}`);
        }
        lines.push('');
        const positions = [...unit.positions.values()];
        lines.push(`    ${words.join(' ')}${positions.length > 0 ? ' {' : ''}`);
        for (const position of positions) lines.push(`        position ${position.name} ${str(position.title)}${position.leader ? ' leader' : ''}`);
        if (positions.length > 0) lines.push('    }');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

/**
 * Maps the documents of a bundle to a workspace: `catalogue.tthc` (the province, its calendar from Holiday.xml and
 * WorkingTime.xml, the units and positions of the processes' roles, the agencies and the hand-over partners) and
 * `procedures/<code>.tthc`, one per ServiceInfo with its DossierTemplate and ServiceProcess. What cannot be mapped
 * faithfully is written as `unresolved "…"` and listed in `unresolved`.
 */
export function mapBundle(docs: BundleDocuments, province: ProvinceOptions): MappedWorkspace {
    const catalogue = new ImportedCatalogue();
    const errors: BundleError[] = [...docs.errors];
    const rolesOf = new Map<ServiceProcessDoc, Map<string, RoleMeaning>>();
    // Unit names the bundle gives whole: leadership roles (`Unit_LanhDao`), roles of a unit alone, agencies
    // written as the unit's name.
    const knownUnits = new Set<string>([
        ...docs.processes.flatMap(p => p.roles.filter(r => r.code.endsWith('_LanhDao')).map(r => r.code.slice(0, -'_LanhDao'.length))),
        ...docs.processes.flatMap(p => p.roles.filter(r => !r.name.endsWith(')') && !r.name.startsWith('Lãnh đạo ')).map(r => r.code)),
        ...docs.services.map(s => s.administrationCode)
    ]);
    for (const process of docs.processes) {
        const roles = new Map<string, RoleMeaning>();
        for (const role of process.roles) roles.set(role.code, readRole(role, catalogue, knownUnits));
        rolesOf.set(process, roles);
    }
    // A role that names a unit (by its own id and title) is that unit when the catalogue has it or its title
    // reads as a unit's; otherwise a body the procedure sets up (docs/import.md).
    for (const [process, roles] of rolesOf) {
        for (const [code, meaning] of roles) {
            const role = process.roles.find(r => r.code === code)!;
            if (meaning.kind === 'single' && !catalogue.units.has(meaning.name) && kindOfTitle(meaning.title) !== undefined) catalogue.unit(meaning.name, meaning.title, role);
        }
    }
    // A position that approves (signs) is a leader.
    for (const [process, roles] of rolesOf) {
        for (const step of process.steps) {
            const meaning = roles.get(step.roleCode);
            if (step.groupName === 'Phê duyệt, ký' && meaning?.kind === 'position') {
                const [unit, position] = meaning.ref.split('.');
                const found = catalogue.units.get(unit!)?.positions.get(position!);
                if (found) found.leader = true;
            }
        }
    }
    const templates = new Map(docs.templates.map(t => [t.templateNo, t]));
    const processes = new Map(docs.processes.map(p => [p.processNo, p]));
    const used = new Set<object>();
    const names = new Set<string>();
    const fileNames = new Set<string>();
    const procedures: MappedProcedure[] = [];
    const files: WorkspaceFile[] = [];
    // Services that name one process are the members of a group (map-group.ts): one file for them all.
    const servicesOf = new Map<string, number>();
    for (const service of docs.services) servicesOf.set(service.processNo, (servicesOf.get(service.processNo) ?? 0) + 1);
    const groups = new Map<ServiceProcessDoc, MappedProcedure[]>();
    const uniqueName = (title: string): string => {
        let name = nameFromTitle(title);
        for (let n = 2; names.has(name.toLowerCase()); n++) name = `${nameFromTitle(title)}_${n}`;
        names.add(name.toLowerCase());
        return name;
    };
    const fileOf = (code: string): string => {
        let file = safeFileName(code);
        for (let n = 2; fileNames.has(file.toLowerCase()); n++) file = safeFileName(`${code}-${n}`);
        fileNames.add(file.toLowerCase());
        return `procedures/${file}.tthc`;
    };
    for (const service of [...docs.services].sort(byString(s => s.code))) {
        const template = templates.get(service.templateNo);
        const process = processes.get(service.processNo);
        if (template) used.add(template);
        if (process) used.add(process);
        const name = uniqueName(service.name);
        const mapped = mapProcedure({
            service, ...(template ? { template } : {}), ...(process ? { process } : {}),
            roles: process ? rolesOf.get(process)! : new Map(), catalogue, name, provinceTitle: province.title
        });
        procedures.push(mapped);
        if (process && servicesOf.get(service.processNo)! > 1) {
            const members = groups.get(process) ?? [];
            groups.set(process, members);
            members.push(mapped);
            continue;
        }
        files.push({ path: fileOf(service.code), text: mapped.text });
    }
    for (const [process, members] of groups) {
        files.push({ path: fileOf(members[0]!.code), text: groupText(uniqueName(process.name), process.name, members) });
    }
    files.sort(byString(f => f.path));
    // A template or process no service names is an error of its own, unless its service is the one that could not be read.
    const unreadServices = new Set(docs.errors.map(e => e.place.file).filter(f => f.startsWith('services/')).map(f => f.slice('services/'.length)));
    for (const doc of [...docs.templates, ...docs.processes]) {
        if (!used.has(doc) && !unreadServices.has(doc.file.slice(doc.file.indexOf('/') + 1))) errors.push(new BundleError({ file: doc.file, line: doc.line }, say.orphan));
    }
    // The members of a group map the process they share each: its items once.
    const seen = new Set<string>();
    const unresolved: UnresolvedItem[] = procedures.flatMap(p => p.unresolved).filter(item => {
        const key = `${item.file}\u0000${item.line}\u0000${item.what}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
    const catalogueFile = catalogueText(province, catalogue, docs, errors, unresolved);
    const forms = procedures.reduce((n, p) => n + (p.text.match(/^ {4}form /gm)?.length ?? 0), 0);
    return {
        files: [{ path: 'catalogue.tthc', text: catalogueFile }, ...files],
        procedures, units: catalogue.units.size, forms, unresolved,
        errors: errors.sort(byString(e => `${e.place.file}\u0000${String(e.place.line ?? 0).padStart(8, '0')}`))
    };
}

