import { cliLanguage } from '../cli-language.js';
import { isProblem, type CheckedFile } from '../workspace/load-workspace.js';

/** Counts of findings by severity. */
export interface Summary {
    readonly files: number;
    readonly filesWithFindings: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** Findings silenced by a `tthc-ignore` comment with a reason: reported, not counted above. */
    readonly suppressed: number;
}

/** Counts the findings of a check. */
export function summarise(files: readonly CheckedFile[]): Summary {
    let errors = 0, warnings = 0, infos = 0, suppressed = 0, filesWithFindings = 0;
    for (const file of files) {
        if (file.findings.some(isProblem)) filesWithFindings++;
        for (const finding of file.findings) {
            if (!isProblem(finding)) suppressed++;
            else if (finding.severity === 'error') errors++;
            else if (finding.severity === 'warning') warnings++;
            else infos++;
        }
    }
    return { files: files.length, filesWithFindings, errors, warnings, infos, suppressed };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * One line: `2 errors, 1 warning, 0 infos in 3 of 12 files.`, or in Vietnamese `2 lỗi, 1 cảnh báo,
 * 0 thông tin trong 3 trên 12 tệp.`; with suppressed findings, `… (4 suppressed).`
 */
export function summaryLine(summary: Summary): string {
    const line = countsLine(summary);
    if (summary.suppressed === 0) return line;
    const suppressed = cliLanguage() === 'vi' ? `${summary.suppressed} phát hiện được bỏ qua có lý do` : `${summary.suppressed} suppressed`;
    return `${line.slice(0, -1)} (${suppressed}).`;
}

function countsLine(summary: Summary): string {
    if (cliLanguage() === 'vi') {
        return summary.errors + summary.warnings + summary.infos === 0
            ? `Không có vấn đề nào trong ${summary.files} tệp.`
            : `${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.infos} thông tin trong ${summary.filesWithFindings} trên ${summary.files} tệp.`;
    }
    if (summary.errors + summary.warnings + summary.infos === 0) {
        return `No problems in ${plural(summary.files, 'file')}.`;
    }
    return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')} in ${summary.filesWithFindings} of ${plural(summary.files, 'file')}.`;
}
