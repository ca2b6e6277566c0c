/**
 * The one way text from a source (or from disk) goes into XML, HTML or SVG: every producer (the
 * XML builder behind the opencps and bpmn targets, the publication table, the SVG diagrams, the
 * review site, the extension's webviews) escapes with these functions, so the rules below hold for
 * every output (docs/config-format.md, "Text in the output").
 *
 * Characters that markup cannot carry: C0 controls other than tab, line feed and carriage return,
 * lone surrogates and U+FFFE/U+FFFF, which XML 1.0 forbids even as character references (a document
 * holding one is not well-formed), and DEL and the C1 controls, which XML 1.0 discourages and HTML
 * reports as parse errors. Each becomes U+FFFD, the replacement character, rather than disappearing:
 * dropping would silently join the text around it (`Hồ\u0000sơ` would read `Hồsơ`) and leave a
 * reviewer nothing to see, while U+FFFD shows, in every viewer, that something unprintable stood
 * there, and the check's source position finds it. Nothing here can make a document ill-formed, so no
 * output fails to load over one stray byte in one title.
 */

// One quick test (without the `u` flag, which makes matching much slower) for the common case of a
// text with none of them; paired surrogates also match it and are sorted out by `UNSAFE`.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character markup cannot carry (see above) replaced by U+FFFD. */
export function replaceUnsafeCharacters(text: string): string {
    return UNUSUAL.test(text) ? text.replace(UNSAFE, '\ufffd') : text;
}

// Anything escaping may have to touch, in one test: most values (ids, numbers, codes) have none.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

// References that XML and HTML both know. A carriage return is written as a reference, as a parser would
// otherwise turn it into a line feed; in an attribute, so are tab and line feed, which attribute-value
// normalisation would turn into spaces.
const REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/**
 * A text as element content (XML, HTML or SVG): unsafe characters replaced, then `&`, `<` and `>` as
 * references, so `<script>` or `]]>` stay text. Quotes are left as they are: they mean nothing there.
 */
export function escapeMarkupText(text: string): string {
    if (!TEXT_SPECIAL.test(text)) return text;
    return replaceUnsafeCharacters(text).replace(/[&<>\r]/g, c => REFERENCES[c]);
}

/**
 * A text as an attribute value in double quotes, the only quotes the producers write: unsafe
 * characters replaced, then `&`, `<`, `>`, `"`, tab and line ends as references, so the value can
 * neither end its quotes nor change when parsed. An apostrophe stays as it is: place names have them
 * (`Đưng K'Nớ`), and inside double quotes it means nothing.
 */
export function escapeMarkupAttribute(value: string): string {
    if (!ATTRIBUTE_SPECIAL.test(value)) return value;
    return replaceUnsafeCharacters(value).replace(/[&<>"\t\n\r]/g, c => REFERENCES[c]);
}
