import type { DiagramDiagnostic } from '../graph/graph-model.js';

// Reviewers read Vietnamese: the tooltips name a finding's severity as the review site does.
const SEVERITY_LABELS: Readonly<Record<DiagramDiagnostic['severity'], string>> = {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
    hint: 'Gợi ý'
};

/** The tooltip of a list of diagnostics: one `Lỗi: message` line each (the message in the build's language). */
export function diagnosticsTooltip(diagnostics: readonly DiagramDiagnostic[]): string {
    return diagnostics.map(d => `${SEVERITY_LABELS[d.severity]}: ${d.message}`).join('\n');
}
