import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isBody, isCalendarEntry, isCase, isChannelSubmission, isDossierComponent, isForm, isLegalCitation, isMember, isPart, isPosition, isProcedure, isProvince, isStep, isUnit } from '../../generated/ast.js';
import { calendarEntryHover } from './calendar-hover.js';
import { bodyHover, caseHover, documentHover, memberHover, partHover } from './construct-hover.js';
import { lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { formHover, legalHover, positionHover, provinceHover, unitHover } from './declaration-hover.js';
import { procedureHover, stepHover } from './time-hover.js';

/**
 * Hover on units, positions, forms, steps, procedures, cases, parts, bodies, members of a group,
 * legal citations, dossier components and the entries of the calendar, on their declarations and
 * on the references to them. On `Unit.Position`, the unit part shows the unit. Everything else falls
 * back to Langium's (documentation comments).
 */
export class TthcHoverProvider extends MultilineCommentHoverProvider {
    protected readonly services: TthcLspServices;

    constructor(services: TthcLspServices) {
        super(services);
        this.services = services;
    }

    /** The texts of the locale at this request: a change of language needs no restart. */
    protected get texts(): LspTexts {
        return lspTexts(this.services.i18n.Locale);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (root) {
            const offset = document.textDocument.offsetAt(params.position);
            // A calendar entry has no name to find: anywhere on it shows the entry.
            const entry = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
            if (isCalendarEntry(entry) && entry.$cstNode) {
                return { contents: { kind: 'markdown', value: calendarEntryHover(entry, this.texts) }, range: entry.$cstNode.range };
            }
            const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
            if (leaf && leaf.end > offset) {
                const target = this.targetAt(leaf);
                const value = target ? hoverMarkdown(target, this.texts, this.services.calendar.Clock.now()) : undefined;
                if (value) {
                    return { contents: { kind: 'markdown', value }, range: leaf.range };
                }
            }
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return hoverMarkdown(node, this.texts, this.services.calendar.Clock.now()) ?? super.getAstNodeHoverContent(node);
    }

    /** What a leaf names: a reference's target (the unit, for the unit part of `Unit.Position`) or the declaration it names. */
    protected targetAt(leaf: CstNode): AstNode | undefined {
        const container = leaf.astNode;
        for (const reference of AstUtils.streamReferences(container).map(info => info.reference)) {
            const refNode = reference.$refNode;
            if (!refNode || leaf.offset < refNode.offset || leaf.end > refNode.end || !('ref' in reference)) {
                continue;
            }
            const target = reference.ref;
            const dot = refNode.text.indexOf('.');
            if (isPosition(target) && dot >= 0 && leaf.offset < refNode.offset + dot) {
                return target.$container;
            }
            return target;
        }
        // A legal citation has no name: anywhere on it will do.
        if (isLegalCitation(container)) {
            return container;
        }
        // Nor has a dossier component: anywhere on it, its `… for …` clauses included, but its form.
        if (isDossierComponent(container)) return container;
        if (isChannelSubmission(container)) return container.$container;
        const nameNode = this.references.findDeclarations(leaf)[0];
        return nameNode;
    }
}

/**
 * The hover markdown of a node the language describes, or undefined; English unless `texts` says otherwise. With
 * `now` (local time in Vietnam), a procedure's hover ends with a worked example of its due time.
 */
export function hoverMarkdown(node: AstNode, texts: LspTexts = lspTexts('en'), now?: string): string | undefined {
    if (isUnit(node)) return unitHover(node, texts);
    if (isPosition(node)) return positionHover(node, texts);
    if (isForm(node)) return formHover(node, texts);
    if (isStep(node)) return stepHover(node, texts);
    if (isProcedure(node)) return procedureHover(node, texts, now);
    if (isLegalCitation(node)) return legalHover(node, texts);
    if (isCase(node)) return caseHover(node, texts);
    if (isPart(node)) return partHover(node, texts);
    if (isBody(node)) return bodyHover(node, texts);
    if (isMember(node)) return memberHover(node, texts, now);
    if (isProvince(node)) return provinceHover(node, texts);
    if (isCalendarEntry(node)) return calendarEntryHover(node, texts);
    if (isDossierComponent(node)) return documentHover(node, texts);
    return undefined;
}
