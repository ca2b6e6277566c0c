import { ruleAnchor } from '@tthc/language';
import type { TthcLanguage } from '@tthc/language';

/**
 * The address of a rule's documentation, `<docs>/rules.md#<anchor>` (`<docs>/vi/rules.md#…` for Vietnamese): the
 * anchors are those the editor links to (`ruleAnchor`). `docs` is the address where the documentation folder is
 * published (`--docs-url`); without it there is no address to give.
 */
export function ruleHelpUri(code: string, docs: string | undefined, language: TthcLanguage): string | undefined {
    if (docs === undefined) return undefined;
    return `${docsPage(docs, language === 'vi' ? 'vi/rules.md' : 'rules.md')}#${ruleAnchor(code)}`;
}

/** The address of a page of the documentation folder published at `docs`. */
export function docsPage(docs: string, page: string): string {
    return `${docs.replace(/\/+$/, '')}/${page}`;
}

/** Whether `value` is an absolute http(s) address, as `--docs-url` must be. */
export function isWebAddress(value: string): boolean {
    try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hash === '' && url.search === '';
    } catch {
        return false;
    }
}
