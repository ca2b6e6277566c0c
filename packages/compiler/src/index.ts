export * from './model/procedure-model.js';
export { lowerWorkspace } from './lower/lower-workspace.js';
export { lowerProcedure, lowerProcedures } from './lower/lower-procedure.js';
export { lowerProvince } from './lower/lower-province.js';
export { type OutputFile, type Target, relativeSource } from './targets/target.js';
export { safeFileName } from './targets/safe-file-name.js';
export { jsonTarget } from './targets/json/json-target.js';
export { CONFIG_SCHEMA_VERSION } from './targets/json/json-documents.js';
export { tableTarget } from './targets/table/table-target.js';
export { opencpsTarget } from './targets/opencps/opencps-target.js';
export { bpmnTarget } from './targets/bpmn/bpmn-target.js';
export { publicationTableHtml, TABLE_STYLE } from './targets/table/fragment.js';
export { escapeMarkupAttribute, escapeMarkupText, replaceUnsafeCharacters } from './markup/markup-text.js';
export { cleanText, escapeHtml, escapeHtmlAttribute, escapeMarkdown } from './targets/table/escape.js';
export { formatAmount, formatCalendarDays, formatDuration, formatNumber, formatWorkingMinutes } from './targets/table/vietnamese-time.js';
export { codeFromName, uniqueCodes } from './targets/opencps/codes.js';
export { CASE_TIME, CASE_TOTAL, FEE_NOTE, PROCEDURE_TOTAL, TIME_RULE_WORDS } from './targets/opencps/texts.js';
export { PART_LEVELS, PART_WORDS } from './targets/opencps/sequences.js';
export { CASE_CODE_NOTE, OWN_TIME, stepNotes } from './targets/opencps/process-flow.js';
export * from './layout/index.js';
export { buildProcessGraph, type ProcessGraph } from './targets/bpmn/bpmn-graph.js';
export { IdRegistry } from './targets/bpmn/bpmn-ids.js';
export {
    NOT_COUNTED, NOT_REGULATED, clockText, countedText, electronicTexts, feeText, performerText, performersText, receptionRuleTexts,
    statutoryText, totalText, uncountedText, unitText, vndText, writtenDuration
} from './targets/table/published-text.js';
export { holidayListXml, openCpsDate, openCpsHours, openCpsWeekday, workingTimeListXml } from './targets/opencps/working-calendar.js';
export * from './diff/index.js';
