// `@tthc/compiler/markup`: the sanitiser alone, for code that must not load the rest of the compiler
// (the extension's client bundle).
export { escapeMarkupAttribute, escapeMarkupText, replaceUnsafeCharacters } from './markup-text.js';
