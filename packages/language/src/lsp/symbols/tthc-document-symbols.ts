import type { LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver';
import { isTthcFile, type Body, type Case, type Duration, type Form, type Member, type Part, type Position, type Procedure, type Province, type Step, type TotalTime, type Unit } from '../../generated/ast.js';
import { isLevelWord, lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** The outline kind of each declaration. */
export const declarationSymbolKinds = {
    Province: SymbolKind.Namespace,
    Unit: SymbolKind.Class,
    Position: SymbolKind.Field,
    Form: SymbolKind.Struct,
    Procedure: SymbolKind.Module,
    Step: SymbolKind.Function,
    Member: SymbolKind.Module,
    Case: SymbolKind.Event,
    Part: SymbolKind.Enum,
    Body: SymbolKind.Object
} as const;

type Declaration = Province | Unit | Position | Form | Procedure | Step | Member | Case | Part | Body;

/**
 * The outline and breadcrumbs: each province with its units (and their positions) and forms, each
 * procedure with its members, cases, parts, bodies, steps and own forms, in the order they are written.
 * A symbol's name is the declared name and its detail the title, followed by the level for a unit, the
 * time for a step, the statutory time and total for a case, the subtotal or shared time for a part and
 * the code for a member; what is at the abolished district level is tagged deprecated.
 */
export class TthcDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    constructor(protected readonly tthcServices: TthcLspServices) {
        super(tthcServices);
    }

    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isTthcFile(root)) return [];
        return this.symbolsOf([...root.provinces, ...root.procedures]);
    }

    protected symbolsOf(nodes: Declaration[]): DocumentSymbol[] {
        return nodes
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
            .flatMap(node => this.declarationSymbol(node) ?? []);
    }

    protected declarationSymbol(node: Declaration): DocumentSymbol | undefined {
        const nameNode = this.nameProvider.getNameNode(node);
        if (!node.name || !nameNode || !node.$cstNode) return undefined;
        const symbol: DocumentSymbol = {
            name: node.name,
            detail: this.detailOf(node),
            kind: declarationSymbolKinds[node.$type],
            range: node.$cstNode.range,
            selectionRange: nameNode.range
        };
        if ('level' in node && node.level === 'district') symbol.tags = [SymbolTag.Deprecated];
        const children = this.symbolsOf(this.childrenOf(node));
        if (children.length > 0) symbol.children = children;
        return symbol;
    }

    protected childrenOf(node: Declaration): Declaration[] {
        switch (node.$type) {
            case 'Province': return [...node.units, ...node.forms];
            case 'Unit': return [...node.positions];
            case 'Procedure': return [...node.members, ...node.cases, ...node.parts, ...node.bodies, ...node.steps, ...node.forms];
            default: return [];
        }
    }

    protected detailOf(node: Declaration): string {
        // The texts of the locale at this request: a change of language needs no restart.
        const texts = lspTexts(this.tthcServices.i18n.Locale);
        const parts = [node.title ?? ''];
        if (node.$type === 'Unit' && node.level) parts.push(isLevelWord(node.level) ? texts.text(`levelName.${node.level}`) : node.level);
        if (node.$type === 'Step' && node.time) parts.push(durationText(node.time, texts));
        if (node.$type === 'Case') {
            if (node.time) parts.push(texts.statutory(node.time));
            if (node.total) parts.push(texts.text('symbol.total', { time: totalText(node.total, texts) }));
        }
        if (node.$type === 'Part') {
            if (node.subtotal) parts.push(texts.text('symbol.subtotal', { time: totalText(node.subtotal, texts) }));
            if (node.time) parts.push(durationText(node.time, texts));
        }
        if (node.$type === 'Member' && node.code) parts.push(node.code);
        return parts.filter(part => part.length > 0).join(' · ');
    }
}

function totalText(total: TotalTime, texts: LspTexts): string {
    return total.duration ? durationText(total.duration, texts) : texts.published(total);
}

function durationText(duration: Duration, texts: LspTexts): string {
    const value = texts.duration(duration.value);
    return duration.workingEquivalent ? texts.text('symbol.equivalent', { value, equivalent: texts.duration(duration.workingEquivalent) }) : value;
}
