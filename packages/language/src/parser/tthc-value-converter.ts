import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Converts token text into AST values. Every name and text is NFC-normalised, so that a name typed
 * with combining accents (`Tư` as `T` + `u` + U+031B) is the same name as its precomposed form.
 * Integers may group digits with underscores (`200_000`).
 */
export class TthcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        // INT keeps its text: inside the datatype rules `AdminCode` and `Amount`, `01` and `200_000`
        // must survive as written. Only `Count` is a number.
        if (rule.name === 'INT') {
            return input;
        }
        if (rule.name === 'Count') {
            return Number(input.replaceAll('_', ''));
        }
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? value.normalize('NFC') : value;
    }
}
