import { Cancellation, interruptAndCheck, type AstNode, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { isPosition, isProcedure, isProvince, isUnit, type Procedure } from '../../generated/ast.js';
import { foldText } from '../../references/text-folding.js';
import { normaliseCode } from '../../workspace/declarations.js';
import { titleMatcher, titlesOf } from './declaration-titles.js';
import { declarationSymbolKinds } from './tthc-document-symbols.js';

/**
 * Go to Symbol in Workspace (`Ctrl+T`): the index's declarations (provinces, units, positions,
 * catalogue forms, procedures) found by name as Langium does, and also by title without case or
 * diacritics (`dang ky khai sinh` finds "Đăng ký khai sinh") and a procedure by its code (`1.001193`,
 * or part of it) or by the code of a member of its group. A symbol is named by its title, its name and code, so that the client, which
 * filters the list again on that text, keeps what the server found.
 */
export class TthcWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: Cancellation.CancellationToken): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        const matches = this.matcher(params.query);
        for (const description of this.indexManager.allElements()) {
            await interruptAndCheck(cancelToken ?? Cancellation.CancellationToken.None);
            if (matches(description)) {
                const symbol = this.getWorkspaceSymbol(description);
                if (symbol) symbols.push(symbol);
            }
        }
        return symbols;
    }

    /** Which declarations the query finds: by name (Langium's fuzzy match), by title, or by procedure code. */
    protected matcher(query: string): (description: AstNodeDescription) => boolean {
        const lowerCase = query.toLowerCase();
        const code = query.trim().length > 0 ? normaliseCode(query) : undefined;
        const byTitle = titleMatcher(query);
        return description => {
            if (this.fuzzyMatcher.match(lowerCase, description.name)) return true;
            const node = description.node;
            if (!node) return false;
            if (code !== undefined && isProcedure(node) && codesOf(node).some(c => normaliseCode(c).includes(code))) return true;
            return byTitle(node);
        };
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        const node = description.node;
        if (!symbol || !node) return symbol;
        const kind = declarationSymbolKinds[node.$type as keyof typeof declarationSymbolKinds];
        const containerName = containerOf(node);
        return { ...symbol, name: symbolName(node, description.name), ...(kind ? { kind } : {}), ...(containerName ? { containerName } : {}) };
    }
}

/**
 * `Đăng ký khai sinh · KhaiSinh · 1.001193 · dang ky khai sinh`: the title first, then the name, a
 * procedure's code, and the title without diacritics when it has any (the client's filter compares
 * letters as they are, so a query typed without diacritics must find them in the name).
 */
function symbolName(node: AstNode, name: string): string {
    const title = titlesOf(node)[0];
    const code = isProcedure(node) ? codesOf(node).join(', ') : undefined;
    const folded = title !== undefined && foldText(title) !== title.toLowerCase() ? foldText(title) : undefined;
    return [title, name, code, folded].filter(part => part !== undefined && part.length > 0).join(' · ');
}

// A procedure's code, then the codes of the members of its group ("Nhóm 07 TTHC": one internal procedure, several codes).
function codesOf(procedure: Procedure): string[] {
    return [procedure.code, ...procedure.members.map(member => member.code)].filter((c): c is string => c !== undefined);
}

// What a designer groups the declaration under: a position's unit, a unit's or form's province, a procedure's sector.
function containerOf(node: AstNode): string | undefined {
    if (isPosition(node) && isUnit(node.$container)) return node.$container.title;
    if (isProcedure(node)) return node.sector;
    if (isProvince(node.$container)) return node.$container.title;
    return undefined;
}
