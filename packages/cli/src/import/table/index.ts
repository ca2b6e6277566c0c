// What `tthc import table` offers to tests and to other tools: the readers, the recogniser, the matcher and the
// whole import of one document.
export { readDocx } from './read-docx.js';
export { openZip, MAX_ENTRY_BYTES } from './read-zip.js';
export { readXlsx, cellAddress } from './read-xlsx.js';
export { TableReadError, type GridCell, type GridRow, type SourceDocument, type SourceTable, type ReadFailure } from './table-model.js';
export { findHeader, headerRole, type ColumnRole } from './table-headers.js';
export { readHeading, type TableHeading } from './table-heading.js';
export { recogniseTables, type PublishedProcedure, type PublishedStep, type PublishedCase, type PublishedPart, type CellRef } from './recognise-tables.js';
export { CatalogueMatcher, splitPerformers, type CatalogueTitles, type TitleMatch } from './catalogue-match.js';
export { foldText, foldTitle, identifierOf, fileNameOf } from './fold-text.js';
export { stepTime, totalTime, durationLiteral, type StepTime } from './table-durations.js';
export { stepKindOf } from './step-kinds.js';
export { importTable, documentKind, type TableImport, type ImportedProcedure } from './import-table.js';
export { loadCatalogue } from './load-catalogue.js';
export type { TableProblem, TableProblemCode } from './table-problems.js';
export { readPerformerCell, matchPerformerText, type PerformerCell } from './performer-cell.js';
export { readTaskCell, handoverChannel, type TaskCell } from './task-cell.js';
export { readTimeCell, type TimeCell } from './time-cell.js';
export { readExceptionTable, isExceptionTable, type PublishedException, type ExceptionOutcome } from './exception-table.js';
export { readTitleMap, TitleMap, type TitleMapEntry, type TitleMapFault, type TitleMapRead } from './title-map.js';
