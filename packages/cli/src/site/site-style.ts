import { TABLE_STYLE } from '@tthc/compiler';

// The width under which the index and the due times turn into stacked rows, and the publication tables' columns
// keep a readable width and scroll inside their box: seven columns of Vietnamese text at 13pt do not fit in less,
// and a phone held upright (390 px) is far below it.
const NARROW = '760px';

/**
 * The review site's stylesheet: the tables' print-first style, then what a screen from a 390-px phone to a
 * 1920-px monitor needs. No page scrolls sideways: titles wrap; on a narrow screen the index and the due
 * times become one block per row, each value with its column's name; the publication tables keep their
 * columns (they are the annex a reviewer compares with) and scroll inside their own box; the diagram
 * zooms with the radio buttons before it and pans inside its own scrolling box (no script).
 */
export const SITE_STYLE = `${TABLE_STYLE}
body { max-width: none; overflow-wrap: break-word; }
nav a, a { color: #0b57d0; }
.findings li { margin: 0.2em 0; overflow-wrap: anywhere; }
.error { color: #b00020; } .warning { color: #8a5a00; } .info { color: #444; }
input[type=search] { font: inherit; padding: 4pt 6pt; width: 30em; max-width: 100%; box-sizing: border-box; margin: 0 0 1em; }
td.num { text-align: right; }
table.index td:nth-child(2) { white-space: normal; }
table.index td:nth-child(3), table.index td:nth-child(6), table.index td.times span { white-space: nowrap; }
.diagram-box { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.2em; margin: 1em 0; }
.diagram-box > input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.diagram-box > label { cursor: pointer; padding: 1pt 7pt; border: 1px solid #0b57d0; border-radius: 3pt; color: #0b57d0; white-space: nowrap; }
.diagram-box > input:checked + label { background: #0b57d0; color: #fff; }
.diagram-box > input:focus-visible + label { outline: 3px solid #0b57d0; outline-offset: 2px; }
.zoom-title { margin-right: 0.5em; }
.diagram { flex: 1 0 100%; overflow: auto; max-height: 85vh; border: 1px solid #ccc; background: #fff; }
.diagram:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
.diagram svg { display: block; max-width: none; height: auto; width: var(--diagram-width, auto); }
#zoom-fit:checked ~ .diagram svg { width: 100%; }
#zoom-50:checked ~ .diagram svg { width: calc(var(--diagram-width) * 0.5); }
#zoom-150:checked ~ .diagram svg { width: calc(var(--diagram-width) * 1.5); }
#zoom-200:checked ~ .diagram svg { width: calc(var(--diagram-width) * 2); }
.publication table { display: block; overflow-x: auto; }
@media (min-width: ${NARROW}) {
  .publication table { display: table; }
}
@media (max-width: ${NARROW}) {
  body { margin: 0.75em auto; padding: 0 0.6em; }
  h1 { font-size: 13pt; }
  table.stacked, table.stacked tbody, table.stacked tr, table.stacked td { display: block; width: auto; }
  table.stacked thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stacked tr { border: 1px solid #000; margin: 0 0 0.6em; }
  table.stacked tr[hidden] { display: none; }
  table.stacked td { border: 0; border-top: 1px solid #ccc; text-align: left; white-space: normal; }
  table.stacked td:first-child { border-top: 0; }
  table.stacked td:empty { display: none; }
  table.stacked td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
  .publication th, .publication td { min-width: 5.5em; }
  table.index td:nth-child(1) { text-align: left; }
  table.index td:nth-child(3), table.index td:nth-child(6), table.index td.times span { white-space: normal; }
}
@media print {
  .diagram-box > input, .diagram-box > label, .zoom-title { display: none; }
  .diagram { overflow: visible; max-height: none; border: 0; }
  .diagram svg { width: 100%; }
}
`;
