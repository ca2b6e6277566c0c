import type { LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver';
import { isTthcFile, type Duration, type Form, type Position, type Procedure, type Province, type Step, type Unit } from '../../generated/ast.js';
import { isLevelWord, lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/** The outline kind of each declaration. */
export const declarationSymbolKinds = {
    Province: SymbolKind.Namespace,
    Unit: SymbolKind.Class,
    Position: SymbolKind.Field,
    Form: SymbolKind.Struct,
    Procedure: SymbolKind.Module,
    Step: SymbolKind.Function
} as const;

type Declaration = Province | Unit | Position | Form | Procedure | Step;

/**
 * The outline and breadcrumbs: each province with its units (and their positions) and forms, each
 * procedure with its steps and own forms, in the order they are written. A symbol's name is the
 * declared name and its detail the title, followed by the level for a unit and the time for a step;
 * what is at the abolished district level is tagged deprecated.
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
            case 'Procedure': return [...node.steps, ...node.forms];
            default: return [];
        }
    }

    protected detailOf(node: Declaration): string {
        // The texts of the locale at this request: a change of language needs no restart.
        const texts = lspTexts(this.tthcServices.i18n.Locale);
        const parts = [node.title ?? ''];
        if (node.$type === 'Unit' && node.level) parts.push(isLevelWord(node.level) ? texts.text(`levelName.${node.level}`) : node.level);
        if (node.$type === 'Step' && node.time) parts.push(durationText(node.time, texts));
        return parts.filter(part => part.length > 0).join(' · ');
    }
}

function durationText(duration: Duration, texts: LspTexts): string {
    const value = texts.duration(duration.value);
    return duration.workingEquivalent ? texts.text('symbol.equivalent', { value, equivalent: texts.duration(duration.workingEquivalent) }) : value;
}
