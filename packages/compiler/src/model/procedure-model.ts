/**
 * The intermediate model of a province's procedures: plain, documented data that every target
 * compiles from. No AST nodes and no Langium types: a target is a pure function of this model.
 * Durations are normalised to working minutes (with what was written); units are resolved to their
 * agency codes and levels; every element keeps where it came from. A group of procedures ("Nhóm
 * TTHC") is lowered to one `ProcedureModel` per member code, each with the group's steps.
 */

import type { WorkingCalendar } from '@tthc/language';

/** Where an element was written: a document URI and a 1-based line and column range. */
export interface SourceRef {
    readonly uri: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}

/** A level of government: the two of the 2025 model, and `central` for partners outside it. */
export type LevelName = 'province' | 'commune' | 'central';

/** A duration as written and as it counts. */
export interface DurationModel {
    /** As written: `2h`, `0.5d`, `15cd`, `same-day`. */
    readonly text: string;
    /**
     * The written unit: working minutes, hours, a day as written (`d`, "ngày": what it counts as is in
     * `workingMinutes` or `calendarDays`), working days, calendar days, or the same working day.
     */
    readonly unit: 'min' | 'h' | 'd' | 'wd' | 'cd' | 'same-day';
    /** The written amount in that unit (1 for `same-day`). */
    readonly amount: number;
    /** Working minutes (1 working day = 480); absent for calendar days without an `as` conversion. */
    readonly workingMinutes?: number;
    /** Calendar days, for durations written in calendar days. */
    readonly calendarDays?: number;
    /** The event the duration is counted from, as the text says (`from "ngày họp hội đồng"`). */
    readonly from?: string;
    /** The earlier step a step's time counts from (`from HopHoiDong`): the step ends at that step's end plus this duration. */
    readonly fromStep?: string;
}

/** A unit of the catalogue, as a step or procedure refers to it. */
export interface UnitRef {
    readonly id: string;
    readonly title: string;
    readonly level: LevelName;
    readonly kind: string;
    /** The agency electronic identification code, when the catalogue gives one. */
    readonly agencyCode?: string;
    /** The unit's title in a ward, when it differs (`ward-title`: "Phòng Kinh tế, Hạ tầng và Đô thị"). */
    readonly wardTitle?: string;
}

/** A position within a unit. `id` is `Unit.Position`. */
export interface PositionModel {
    readonly id: string;
    readonly name: string;
    readonly title: string;
    readonly leader: boolean;
    /** The positions that took over its work (`succeeded-by`), when it declares any. */
    readonly successors?: readonly SuccessorModel[];
    readonly source: SourceRef;
}

/** `succeeded-by X for sector "A", "B"` or `… for level commune`: who took over a former district body's work. */
export interface SuccessorModel {
    /** The successor as written: a unit's name, or `Unit.Position`. */
    readonly target: string;
    readonly sectors: readonly string[];
    readonly level?: string;
}

/** A unit of the catalogue with its positions. */
export interface UnitModel extends UnitRef {
    readonly positions: readonly PositionModel[];
    /** The units that took over its work (`succeeded-by`), when it declares any. */
    readonly successors?: readonly SuccessorModel[];
    readonly source: SourceRef;
}

/** A form (template): one of the catalogue's shared forms or a procedure's own. */
export interface FormModel {
    readonly id: string;
    readonly title: string;
    /** The form's official number, e.g. `Mẫu số 02`, when given. */
    readonly code?: string;
    readonly source: SourceRef;
}

/** The province and its catalogue. */
export interface ProvinceModel {
    readonly id: string;
    readonly title: string;
    /** The two-digit administrative unit code. */
    readonly adminCode?: string;
    readonly agencyCode?: string;
    readonly units: readonly UnitModel[];
    readonly forms: readonly FormModel[];
    /** The working calendar the catalogue declares, with the shipped national holidays unless it opts out. */
    readonly calendar?: WorkingCalendar;
    readonly source: SourceRef;
}

/** What a fee is counted per: a page, a copy, a parcel of land, a dossier, an item, a certificate. */
export type FeeUnitName = 'page' | 'copy' | 'parcel' | 'dossier' | 'item' | 'certificate';

/** A fee or charge of a channel, in whole VND, as published. */
export interface FeeModel {
    /** `fee` is a lệ phí, `charge` a phí (Article 3 of Law 97/2015/QH13; see docs/language.md). */
    readonly kind: 'fee' | 'charge';
    readonly amountVnd: number;
    /** Kept from schema version 1: true when counted per page (`per` is then `page`). */
    readonly perPage: boolean;
    /** What the amount is counted per, if it is (`per copy`: "đồng/bản"). */
    readonly per?: FeeUnitName;
    /** For tiered per-page fees: the first page this amount applies to. */
    readonly fromPage?: number;
    /** For tiered per-unit fees: the first unit this amount applies to ("từ bản thứ 3"). */
    readonly fromUnit?: number;
    readonly capVnd?: number;
    /** The case the amount is for: a named case ("Cấp lần đầu") or one of the procedure's cases. */
    readonly when?: { readonly text: string; readonly caseId?: string };
    /** A discount on this channel, in percent. */
    readonly discountPercent?: number;
    /** A bracket of a formula: above `overVnd`, up to `upToVnd`, the amount plus `ratePercent` of the part above `overVnd`. */
    readonly overVnd?: number;
    readonly upToVnd?: number;
    readonly ratePercent?: number;
    /** What the bracket's rate is a percentage of ("Tổng chi phí thăm dò thực tế"). */
    readonly basis?: string;
    readonly note?: string;
}

/** A statutory time as the law states it: a duration, or no limit set by law ("Không quy định"). */
export interface StatutoryModel {
    /** Absent when the law sets no limit. */
    readonly duration?: DurationModel;
    readonly notRegulated: boolean;
    /** `same-day cut-off 15:00`: received after this time of day, handled the next working day. */
    readonly sameDayCutOff?: string;
    readonly note?: string;
}

/** A way of filing, with its statutory processing time and fees. */
export interface ChannelModel {
    readonly kind: 'in-person' | 'online' | 'postal';
    /** The statutory time; absent when the law sets none (`not-regulated`, see `notRegulated`). */
    readonly statutoryTime?: DurationModel;
    /** `time not-regulated`: the law sets no limit ("Không quy định"). */
    readonly notRegulated: boolean;
    /** `same-day cut-off 15:00`: received after this time of day, handled the next working day. */
    readonly sameDayCutOff?: string;
    readonly note?: string;
    readonly fees: readonly FeeModel[];
    readonly exemptions: readonly string[];
    readonly source: SourceRef;
}

/** A dossier component. */
export interface DocumentModel {
    readonly title: string;
    readonly paper?: 'original' | 'copy' | 'certified-copy';
    readonly quantity: number;
    readonly required: boolean;
    /** The form the document is written on. */
    readonly form?: FormModel;
    /** How it may be submitted: `electronic` (an e-form or a digital file counts), `paper` (the paper must be presented). */
    readonly media: ReadonlyArray<'electronic' | 'paper'>;
    /**
     * What the document is on the channels its `… for …` clauses name (`original for in-person electronic
     * for online`), in the Portal's order (in-person, online, postal): the clauses' paper kind and media,
     * the document's own where a clause leaves one out. Empty when it is the same on every channel; a
     * channel not listed takes `paper` and `media`.
     */
    readonly byChannel: readonly DocumentChannelModel[];
    readonly source: SourceRef;
}

/** What a dossier component is on one channel. */
export interface DocumentChannelModel {
    readonly channel: 'in-person' | 'online' | 'postal';
    readonly paper?: 'original' | 'copy' | 'certified-copy';
    readonly media: ReadonlyArray<'electronic' | 'paper'>;
}

/** What a transition is taken on: the default flow, or an outcome. */
export type OutcomeName = 'default' | 'approved' | 'rejected' | 'incomplete' | 'late';

/** A transition from a step to one step, or to several in parallel. */
export interface TransitionModel {
    readonly outcome: OutcomeName;
    /** `when Case -> …`: the id of the case that takes this transition instead of the default one. */
    readonly caseId?: string;
    /** Step ids; more than one is a parallel fork. */
    readonly targets: readonly string[];
    /** `rejected`, `incomplete` and `late` leave the main flow. */
    readonly exception: boolean;
    readonly source: SourceRef;
}

/** An inter-connection hand-over to a partner agency. */
export interface HandoverModel {
    readonly partner: UnitRef;
    readonly channel?: 'document-system' | 'LGSP' | 'NDXP' | 'postal';
    readonly deadline: DurationModel;
    /** The partner's time does not count towards the total (`handover … not-counted`). */
    readonly notCounted: boolean;
    readonly notCountedReason?: string;
}

/** Who a performer is, as the table writes it. */
export type PerformerKind = 'position' | 'unit' | 'leaders' | 'body' | 'applicant';

/** A body set up during the procedure (a council, an appraisal team). */
export interface BodyModel {
    readonly id: string;
    readonly title: string;
    readonly source: SourceRef;
}

/**
 * One performer as written: a position of a unit, a unit, the leadership of a unit ("Lãnh đạo Sở"), a
 * body set up during the procedure, or the applicant; `assigned` is "được phân công".
 */
export interface PerformerModel {
    readonly kind: PerformerKind;
    /** The unit (of the position, or the unit itself, or the unit whose leaders perform); absent for a body or the applicant. */
    readonly unit?: UnitRef;
    readonly position?: PositionModel;
    readonly body?: BodyModel;
    readonly assigned: boolean;
}

/** Who performs a step: the one who leads it, its alternatives ("A hoặc B") and its partners ("phối hợp"). */
export interface PerformersModel {
    readonly main: PerformerModel;
    readonly alternatives: readonly PerformerModel[];
    readonly partners: readonly PerformerModel[];
}

/** Why a step's time does not count: marked `not-counted`, the applicant's own step, or before the clock starts. */
export type UncountedReason = 'not-counted' | 'applicant' | 'before-clock';

/** A step of the internal procedure. */
export interface StepModel {
    readonly id: string;
    /** 1-based position in the declaration order. */
    readonly sequence: number;
    readonly title: string;
    readonly kind?: string;
    /**
     * The lane the step is drawn in: the main performer's unit, or for a body set up during the
     * procedure or the applicant a lane of its own (kind `body` or `applicant`); see `performers`.
     */
    readonly unit: UnitRef;
    /** The main performer's position, when it is one. */
    readonly position?: PositionModel;
    /** Who performs the step, as written. */
    readonly performers: PerformersModel;
    readonly duration?: DurationModel;
    /** False when the step's time does not count towards the total ("Không tính thời gian"). */
    readonly counted: boolean;
    /** Why it does not count, with the reason the text gives; absent when it counts. */
    readonly uncounted?: { readonly reason: UncountedReason; readonly note?: string };
    /** The part of the table the step belongs to (a part id). */
    readonly part?: string;
    /** The dossier is digitised at this step (số hóa hồ sơ). */
    readonly digitises: boolean;
    /** The result is signed digitally at this step (ký số). */
    readonly signsDigitally: boolean;
    /** The fee is paid online at this step. */
    readonly requestsPayment: boolean;
    readonly task?: string;
    readonly produces: readonly FormModel[];
    readonly handover?: HandoverModel;
    readonly transitions: readonly TransitionModel[];
    /** On the main flow (reached from the first step without an exception branch). */
    readonly mainFlow: boolean;
    /** On the path that sets the total time. */
    readonly critical: boolean;
    /**
     * Counted time from the start of the procedure's own flow to the end of this step, along the longest
     * path of that flow that reaches it (a join waits for its slowest branch), in the procedure's time
     * unit (see `ProcedureModel.timing`). The own flow takes the default transitions, never a case's
     * (`when Case ->`). For a step the own flow does not reach (a step of the cases only), the time the
     * cases give it when they all agree (`cumulativeByCase`). Absent off the main flow, when the cases
     * disagree, or when the step, or one before it on the flow, has no time.
     */
    readonly cumulative?: number;
    /**
     * The same on each case's flow that reaches the step with a time (from the case's start, taking its
     * `when Case ->` transitions), in the order the cases are declared; a case that reaches the step as
     * the own flow does is listed too. Empty without cases.
     */
    readonly cumulativeByCase: readonly CaseCumulativeModel[];
    readonly source: SourceRef;
}

/** A step's counted time at its end on one case's flow. */
export interface CaseCumulativeModel {
    readonly caseId: string;
    readonly time: number;
}

/** A published total ("Tổng thời gian giải quyết"), with the cut it states against the statutory time. */
export interface TotalModel {
    /** Absent for `total not-regulated`. */
    readonly duration?: DurationModel;
    readonly notRegulated: boolean;
    /** `cut 12d of 60d 20%`: "cắt giảm 12/60 ngày, tỷ lệ 20%". */
    readonly cut?: { readonly cut: DurationModel; readonly of: DurationModel; readonly ratioPercent?: number };
    readonly note?: string;
}

/** One way through the steps: the procedure's own flow, or a case's, with its critical path and totals. */
export interface FlowModel {
    /** The case's id; absent for the procedure's own flow. */
    readonly caseId?: string;
    /** The first step of the flow. */
    readonly start: string;
    /** The counted time of the longest path, in the procedure's time unit. */
    readonly planned: number;
    /** Time written on that path that does not count (returns, the applicant's steps, before the clock). */
    readonly uncounted: number;
    readonly criticalPath: readonly string[];
    /** The steps this flow can reach, in declaration order. */
    readonly steps: readonly string[];
}

/** The total time of the internal procedure against each channel's statutory time. */
export interface TimingModel {
    /** Working minutes, or calendar days for a procedure counted in calendar days. */
    readonly unit: 'working-minutes' | 'calendar-days';
    /**
     * The longest main-flow path, counted time only: of the procedure's own flow, or, when its own flow
     * splits into cases (`when Case ->` and no default), of its first case's.
     */
    readonly planned: number;
    /** Not-counted time written on that path. */
    readonly uncounted: number;
    readonly criticalPath: readonly string[];
    /** Each channel whose statutory time the law sets (`not-regulated` ones are left out). */
    readonly channels: ReadonlyArray<{ readonly kind: ChannelModel['kind']; readonly statutory: number }>;
    /** False when the procedure's own flow stops where it splits into cases: `planned` is then its first case's. */
    readonly ownFlowComplete: boolean;
    /** Every complete flow: the procedure's own (when complete), then each case's. */
    readonly flows: readonly FlowModel[];
}

/** How the procedure counts time (its own rules, else its province's). */
export interface TimeRulesModel {
    /** What a bare day ("ngày") means; absent when nobody said. */
    readonly dayKind?: 'working' | 'calendar';
    /** Working minutes in a working day ("tính mỗi ngày 08 giờ làm việc"). */
    readonly minutesPerDay: number;
    /** Received after this time of day, a dossier is forwarded at the start of the next working day. */
    readonly cutOff?: string;
    /** How fast paper dossiers reach the processing unit (`1wd`). */
    readonly forwardPaperWithin?: DurationModel;
    /** The province's target for stated cuts, in percent. */
    readonly cutTargetPercent?: number;
}

/** "Trường hợp …": a case with its own path and its own limit. */
export interface CaseModel {
    readonly id: string;
    readonly title: string;
    /** The statutory time in this case (`time`). */
    readonly limit?: StatutoryModel;
    /** The total the table publishes for this case. */
    readonly total?: TotalModel;
    /** The first step of the case's own table (`start`). */
    readonly start?: string;
    /** The step after which this case's clock starts (`clock starts after` in the case), when it has its own. */
    readonly clockStartsAfter?: string;
    readonly source: SourceRef;
}

/** A part of the table with its own subtotal, or one time shared by several steps. */
export interface PartModel {
    readonly id: string;
    readonly title: string;
    readonly subtotal?: TotalModel;
    /** One time shared by the part's steps (counted once). */
    readonly time?: DurationModel;
    /** `limit`: the most the part's counted steps may take on any path ("không quá 05 ngày làm việc"). */
    readonly limit?: DurationModel;
    /** `at commune` / `at province`: the level at which the part is done, when it says one. */
    readonly level?: LevelName | 'district';
    /** The part's steps, in declaration order. */
    readonly steps: readonly string[];
    readonly source: SourceRef;
}

/** The group a member procedure belongs to ("Nhóm 07 TTHC"): the procedure that holds the shared steps. */
export interface GroupModel {
    /** The group procedure's name. */
    readonly id: string;
    readonly title: string;
    /** Every member, in declaration order. */
    readonly members: ReadonlyArray<{ readonly id: string; readonly code: string; readonly title: string }>;
}

/** A procedure: its record on the National Portal and its internal procedure. */
export interface ProcedureModel {
    /** The procedure's name, or for a member of a group the member's name. */
    readonly id: string;
    readonly code: string;
    readonly title: string;
    readonly sector: string;
    readonly level: 'province' | 'commune';
    readonly authority?: UnitRef;
    readonly online?: 'full' | 'partial';
    readonly boundaryIndependent: boolean;
    readonly applicants: readonly string[];
    readonly requirements: readonly string[];
    readonly legalBasis: ReadonlyArray<{ readonly number: string; readonly title?: string }>;
    readonly channels: readonly ChannelModel[];
    readonly documents: readonly DocumentModel[];
    readonly forms: readonly FormModel[];
    readonly results: ReadonlyArray<{ readonly title: string; readonly form?: FormModel }>;
    readonly steps: readonly StepModel[];
    readonly timing: TimingModel;
    readonly timeRules: TimeRulesModel;
    /** The published total ("Tổng thời gian giải quyết"). */
    readonly total?: TotalModel;
    /** `clock starts after Step`: the step (included) up to which time is not counted. */
    readonly clockStartsAfter?: string;
    readonly cases: readonly CaseModel[];
    readonly parts: readonly PartModel[];
    readonly bodies: readonly BodyModel[];
    /** For a member of a group of procedures: the group (one model is lowered per member). */
    readonly group?: GroupModel;
    readonly source: SourceRef;
}

/** What is compiled: one province's catalogue and procedures. */
export interface ProvinceBuild {
    /** The project's root folder (the catalogue's folder) as a URI ending in `/`: source paths are relative to it. */
    readonly rootUri: string;
    readonly province: ProvinceModel;
    /** Sorted by code. */
    readonly procedures: readonly ProcedureModel[];
}
