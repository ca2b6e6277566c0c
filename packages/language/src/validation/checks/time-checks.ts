import type { ValidationAcceptor } from 'langium';
import type { Duration, Procedure } from '../../generated/ast.js';
import { isCalendar, parseDuration } from '../../semantics/durations.js';
import { timingOf } from '../../semantics/timing.js';
import { report } from '../report.js';

// Totals are compared to a hundredth of a minute, so that 0.1d + 0.2d is not "over" 0.3d.
const EPSILON = 0.01;

/**
 * The longest main-flow path against each channel's statutory time, and calendar days mixed with
 * working time without a conversion.
 */
export function checkProcedureTime(procedure: Procedure, accept: ValidationAcceptor): void {
    const timing = timingOf(procedure);
    for (const duration of timing.unconverted) {
        report(accept, 'mixed-day-kinds', { value: duration.value }, { node: duration, property: 'value' });
    }
    const critical = timing.critical;
    if (!critical || critical.steps.length === 0) {
        return;
    }
    for (const channel of procedure.channels) {
        const statutory = timing.statutory(channel);
        if (statutory === undefined) {
            continue;
        }
        const common = { procedure: procedure.name, channel: channel.kind, planned: timing.format(critical.cost), statutory: timing.format(statutory) };
        if (critical.cost > statutory + EPSILON) {
            report(accept, 'time-over-statutory', { ...common, over: timing.format(critical.cost - statutory), path: critical.steps.map(s => s.name) }, { node: channel, property: 'time' });
        } else if (critical.cost < statutory - EPSILON) {
            report(accept, 'time-under-statutory', { ...common, under: timing.format(statutory - critical.cost) }, { node: channel, property: 'time' });
        }
    }
}

/** A duration of zero, or an `as` conversion that converts nothing or converts into calendar days. */
export function checkDuration(duration: Duration, accept: ValidationAcceptor): void {
    const parsed = parseDuration(duration.value);
    if (parsed && parsed.amount === 0) {
        report(accept, 'invalid-duration', { value: duration.value, reason: 'zero' }, { node: duration, property: 'value' });
    }
    if (duration.workingEquivalent && parsed) {
        const equivalent = parseDuration(duration.workingEquivalent);
        if (!isCalendar(parsed.unit)) {
            report(accept, 'invalid-duration', { value: duration.value, reason: 'conversion-on-working' }, { node: duration, property: 'workingEquivalent' });
        } else if (equivalent && isCalendar(equivalent.unit)) {
            report(accept, 'invalid-duration', { value: duration.workingEquivalent, reason: 'conversion-to-calendar' }, { node: duration, property: 'workingEquivalent' });
        }
    }
}
