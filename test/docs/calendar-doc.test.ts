import { computeDuePlan, type WorkingCalendar, type WorkingSession } from '@tthc/language';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

// "How due times are computed" in docs/calendar.md and docs/vi/calendar.md: the same sections, the same example
// (byte for byte), and the example's output is what the computation gives.
const english = readFileSync(join(ROOT, 'docs/calendar.md'), 'utf8');
const vietnamese = readFileSync(join(ROOT, 'docs/vi/calendar.md'), 'utf8');
const section = (page: string, heading: string) => page.slice(page.indexOf(heading)).split(/\n## /)[0];
const dueSections = [section(english, '## How due times are computed'), section(vietnamese, '## Cách tính thời hạn')];
const blocks = (text: string) => [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(match => ({ language: match[1], text: match[2] }));
const levels = (text: string) => [...text.matchAll(/^(#{2,4}) /gm)].map(match => match[1]);

const SESSIONS: readonly WorkingSession[] = [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }];
// The example's calendar: the sessions of the tables above, the 15:00 cut-off, 1 January 2027 declared, 2027 not covered.
const calendar: WorkingCalendar = {
    sessions: { 1: SESSIONS, 2: SESSIONS, 3: SESSIONS, 4: SESSIONS, 5: SESSIONS },
    cutOff: '15:00',
    daysOff: [{ date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday', source: 'Bộ luật Lao động 2019, Điều 112' }],
    makeUpDays: [],
    yearsCovered: [2025, 2026]
};

describe('how due times are computed (docs/calendar.md, docs/vi/calendar.md)', () => {
    test('both pages have the section, with the same headings', () => {
        expect(english).toContain('## How due times are computed');
        expect(vietnamese).toContain('## Cách tính thời hạn');
        expect(levels(dueSections[1])).toEqual(levels(dueSections[0]));
    });

    test('the examples are byte-identical', () => {
        expect(blocks(dueSections[0]).length).toBe(2);
        expect(blocks(dueSections[1])).toEqual(blocks(dueSections[0]));
    });

    test('the example\'s output is what the computation gives', () => {
        const [program, output] = blocks(dueSections[0]);
        expect(program.text).toContain("received: '2026-12-31T15:30'");
        const plan = computeDuePlan({
            calendar,
            received: '2026-12-31T15:30',
            limit: { kind: 'same-day' },
            steps: [
                { name: 'TiepNhan', duration: { kind: 'working-minutes', minutes: 60 } },
                { name: 'ThamDinh', duration: { kind: 'working-minutes', minutes: 240 } },
                { name: 'KyDuyet', duration: { kind: 'working-minutes', minutes: 120 } },
                { name: 'TraKetQua', notCounted: 'not-counted' }
            ]
        });
        expect(JSON.parse(output.text)).toEqual(JSON.parse(JSON.stringify(plan)));
    });
});
