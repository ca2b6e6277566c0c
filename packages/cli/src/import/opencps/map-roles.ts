import type { RoleDoc } from './bundle-documents.js';
import { type ImportedCatalogue, leaderTitle } from './catalogue-model.js';
import { fold, nameOf } from './tthc-text.js';
import { trailingGroups } from './parse-texts.js';

/** What a role of a process is in the language. */
export type RoleMeaning =
    | { readonly kind: 'position'; readonly ref: string }
    | { readonly kind: 'leaders'; readonly ref: string }
    | { readonly kind: 'unit'; readonly ref: string }
    | { readonly kind: 'applicant' }
    | { readonly kind: 'single'; readonly name: string; readonly title: string };

/**
 * Reads a role (ProcessRole) as the target writes it: `Unit_Position` named `title (unit title)`, `Unit_LanhDao`
 * named `Lãnh đạo unit title`, `applicant`, or a unit or body by its own name and title (`single`, decided once
 * every role is read: a unit when the catalogue has it, a body of the procedure otherwise).
 */
export function readRole(role: RoleDoc, catalogue: ImportedCatalogue, knownUnits: ReadonlySet<string> = new Set()): RoleMeaning {
    if (role.code === 'applicant') return { kind: 'applicant' };
    const leaders = /^Lãnh đạo (.+)$/u.exec(role.name);
    if (leaders && role.code.endsWith('_LanhDao') && role.code.length > '_LanhDao'.length) {
        const unit = catalogue.unit(nameOf(role.code.slice(0, -'_LanhDao'.length)), leaders[1]!, role);
        catalogue.performers.set(fold(role.name), `leaders of ${unit.name}`);
        return { kind: 'leaders', ref: `leaders of ${unit.name}` };
    }
    const { head, groups } = trailingGroups(role.name);
    // Unit names hold `_` themselves (`TanHoi_KinhTe`), position names seldom: a unit the bundle names elsewhere
    // (a leadership role, an agency, a role of the unit alone) wins, else the last `_` splits unit and position.
    const known = [...knownUnits].filter(unit => role.code.startsWith(`${unit}_`)).sort((a, b) => b.length - a.length)[0];
    const cut = known !== undefined ? known.length : role.code.lastIndexOf('_');
    if (groups.length > 0 && cut > 0 && cut < role.code.length - 1) {
        const unit = catalogue.unit(nameOf(role.code.slice(0, cut)), groups[groups.length - 1]!, role);
        const title = groups.length > 1 ? `${head} (${groups.slice(0, -1).join(') (')})` : head;
        const position = catalogue.position(unit, nameOf(role.code.slice(cut + 1)), title);
        if (leaderTitle(title)) position.leader = true;
        return { kind: 'position', ref: `${unit.name}.${position.name}` };
    }
    return { kind: 'single', name: nameOf(role.code), title: role.name };
}
