import { holidayListXml, openCpsHours, openCpsWeekday, workingTimeListXml } from '@tthc/compiler';
import type { WorkingCalendar } from '@tthc/language';
import { describe, expect, test } from 'vitest';

const EMPTY: WorkingCalendar = { sessions: {}, daysOff: [], makeUpDays: [], yearsCovered: [] };

describe('the calendar in the opencps target', () => {
    test('ISO weekdays become Java Calendar.DAY_OF_WEEK numbers: Sunday 1, Monday 2, Saturday 7', () => {
        expect([1, 2, 3, 4, 5, 6, 7].map(day => openCpsWeekday(day as 1))).toEqual([2, 3, 4, 5, 6, 7, 1]);
    });
    test('a day of one session gets an empty afternoon, not a text OpenCPS would replace by its default day', () => {
        expect(openCpsHours([{ start: '07:30', end: '11:30' }])).toBe('07:30-11:30,11:30-11:30');
        expect(openCpsHours([{ start: '07:00', end: '11:00' }, { start: '13:00', end: '17:00' }])).toBe('07:00-11:00,13:00-17:00');
        expect(openCpsHours([{ start: '07:00', end: '09:00' }, { start: '10:00', end: '11:00' }, { start: '13:00', end: '17:00' }]))
            .toBe('07:00-09:00,10:00-17:00');
    });
    test('a Saturday morning and a Sunday: both listed, in ISO order (Monday first)', () => {
        const xml = workingTimeListXml({ ...EMPTY, sessions: { 6: [{ start: '07:30', end: '11:30' }], 7: [{ start: '08:00', end: '10:00' }] } })!;
        expect(xml).toContain('<workTimeDay>7</workTimeDay>\n    <workTimeHours>07:30-11:30,11:30-11:30</workTimeHours>');
        expect(xml.indexOf('<workTimeDay>7</workTimeDay>')).toBeLessThan(xml.indexOf('<workTimeDay>1</workTimeDay>'));
    });
    test('no days off and no sessions: no document (the schema needs at least one entry)', () => {
        expect(holidayListXml(EMPTY)).toBeUndefined();
        expect(workingTimeListXml(EMPTY)).toBeUndefined();
    });
});
