import { AstUtils, CstUtils, type LangiumDocument, type LangiumDocuments, type Lexer, type ReferenceDescription } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, TextEdit, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isUnit } from '../../generated/ast.js';
import type { TthcLocale } from '../../i18n/tthc-locale.js';
import { lspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { renameTargetAt, type Renameable } from './rename-target.js';

/**
 * Rename across files, aware of qualified names (`Unit.Position`): renaming a unit rewrites the unit
 * segment of every `Unit.Position` that names one of its positions, renaming a position rewrites only
 * the position segment. References never cross projects, so neither does a rename.
 *
 * `prepareRename` answers nothing (null) on keywords, texts, comments and unresolved references; a new
 * name that is not a valid name (or is a keyword) is refused with an `InvalidParams` error that says why.
 */
export class TthcRenameProvider extends DefaultRenameProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly lexer: Lexer;
    protected readonly locale: TthcLocale;

    constructor(services: TthcLspServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.lexer = services.parser.Lexer;
        this.locale = services.i18n.Locale;
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return renameTargetAt(document, params.position, this.nameProvider, this.grammarConfig.nameRegexp)?.token.range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = renameTargetAt(document, params.position, this.nameProvider, this.grammarConfig.nameRegexp);
        if (!target) return undefined;
        // Names are NFC-normalised when read; writing them so keeps the file as the parser sees it.
        const newName = params.newName.normalize('NFC');
        this.checkName(newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, range: Range): void => {
            (changes[uri] ??= []).push(TextEdit.replace(range, newName));
        };
        const { declaration } = target;
        const nameNode = this.nameProvider.getNameNode(declaration);
        if (nameNode) add(AstUtils.getDocument(declaration).uri.toString(), nameNode.range);
        for (const ref of this.referencesTo(declaration)) {
            // The last segment names the declaration itself (`ChuTich` in `UBNDXa.ChuTich`, or the whole name).
            this.editSegment(ref, 'last', add);
        }
        if (isUnit(declaration)) {
            for (const position of declaration.positions) {
                for (const ref of this.referencesTo(position)) {
                    this.editSegment(ref, 'first', add);
                }
            }
        }
        return { changes };
    }

    /** Throws the error the client shows when `name` cannot be a TTHC name. */
    protected checkName(name: string): void {
        const { tokens, errors } = this.lexer.tokenize(name);
        if (errors.length === 0 && tokens.length === 1 && tokens[0].tokenType.name === 'ID' && tokens[0].image === name) return;
        // Langium names a keyword's token type after the keyword itself.
        const keyword = tokens.length === 1 && tokens[0].tokenType.name === name;
        // In the locale's language at this request.
        throw new ResponseError(ErrorCodes.InvalidParams, lspTexts(this.locale).text(keyword ? 'rename.keyword' : 'rename.invalid', { name: `'${name}'` }));
    }

    protected referencesTo(declaration: Renameable): ReferenceDescription[] {
        return this.references.findReferences(declaration, { includeDeclaration: false }).toArray();
    }

    // Edits one name token of a reference, found again in its document's syntax tree.
    protected editSegment(ref: ReferenceDescription, which: 'first' | 'last', add: (uri: string, range: Range) => void): void {
        const root = this.documents.getDocument(ref.sourceUri)?.parseResult.value.$cstNode;
        if (!root) return;
        const offset = which === 'first' ? ref.segment.offset : ref.segment.end - 1;
        const token = CstUtils.findLeafNodeAtOffset(root, offset);
        if (token && token.tokenType.name === 'ID') add(ref.sourceUri.toString(), token.range);
    }
}
