/** Colours, fonts and markers of the diagram: one place, presentation attributes only (no CSS needed). */

/** Fonts with Vietnamese glyphs first; the generic family last. */
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

export const COLORS = {
    text: '#111827',
    muted: '#4b5563',
    laneStroke: '#9ca3af',
    groupFill: { province: '#e0e7ff', commune: '#dcfce7', partner: '#fef3c7', applicant: '#fce7f3' },
    laneFill: ['#ffffff', '#f9fafb'],
    stepFill: '#ffffff',
    exceptionStepFill: '#f3f4f6',
    partnerFill: '#eff6ff',
    edge: '#374151',
    exception: '#6b7280',
    handover: '#2563eb',
    critical: '#c2410c',
    over: '#b91c1c',
    ok: '#15803d',
    severity: { error: '#dc2626', warning: '#d97706', info: '#2563eb', hint: '#6b7280' }
} as const;

/** Dash patterns: exception flows are dashed, hand-over messages dotted. */
export const DASH = { exception: '6 4', handover: '2 3' } as const;

/** Arrowhead markers, one per edge style, referenced as `url(#arrow-…)`. */
export function markerDefs(): string {
    const marker = (id: string, color: string) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
    return `<defs>${marker('arrow', COLORS.edge)}${marker('arrow-critical', COLORS.critical)}${marker('arrow-exception', COLORS.exception)}${marker('arrow-handover', COLORS.handover)}</defs>`;
}
