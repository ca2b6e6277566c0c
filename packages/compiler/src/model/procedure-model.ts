/**
 * The intermediate model of a province's procedures: plain, documented data that every target
 * compiles from. No AST nodes and no Langium types: a target is a pure function of this model.
 * Durations are normalised to working minutes (with what was written); units are resolved to their
 * agency codes and levels; every element keeps where it came from.
 */

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
}

/** A unit of the catalogue, as a step or procedure refers to it. */
export interface UnitRef {
    readonly id: string;
    readonly title: string;
    readonly level: LevelName;
    readonly kind: string;
    /** The agency electronic identification code, when the catalogue gives one. */
    readonly agencyCode?: string;
}

/** A position within a unit. `id` is `Unit.Position`. */
export interface PositionModel {
    readonly id: string;
    readonly name: string;
    readonly title: string;
    readonly leader: boolean;
    readonly source: SourceRef;
}

/** A unit of the catalogue with its positions. */
export interface UnitModel extends UnitRef {
    readonly positions: readonly PositionModel[];
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
    readonly source: SourceRef;
}

/** A fee or charge of a channel, in whole VND. */
export interface FeeModel {
    readonly amountVnd: number;
    readonly perPage: boolean;
    /** For tiered per-page fees: the first page this amount applies to. */
    readonly fromPage?: number;
    readonly capVnd?: number;
    readonly note?: string;
}

/** A way of filing, with its statutory processing time and fees. */
export interface ChannelModel {
    readonly kind: 'in-person' | 'online' | 'postal';
    readonly statutoryTime: DurationModel;
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
    readonly source: SourceRef;
}

/** What a transition is taken on: the default flow, or an outcome. */
export type OutcomeName = 'default' | 'approved' | 'rejected' | 'incomplete' | 'late';

/** A transition from a step to one step, or to several in parallel. */
export interface TransitionModel {
    readonly outcome: OutcomeName;
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
}

/** A step of the internal procedure. */
export interface StepModel {
    readonly id: string;
    /** 1-based position in the declaration order. */
    readonly sequence: number;
    readonly title: string;
    readonly kind?: string;
    readonly unit: UnitRef;
    readonly position?: PositionModel;
    readonly duration?: DurationModel;
    readonly task?: string;
    readonly produces: readonly FormModel[];
    readonly handover?: HandoverModel;
    readonly transitions: readonly TransitionModel[];
    /** On the main flow (reached from the first step without an exception branch). */
    readonly mainFlow: boolean;
    /** On the path that sets the total time. */
    readonly critical: boolean;
    /**
     * Time from the start of the procedure to the end of this step along its longest main-flow path,
     * in the procedure's time unit (see `ProcedureModel.timing`); absent off the main flow.
     */
    readonly cumulative?: number;
    readonly source: SourceRef;
}

/** The total time of the internal procedure against each channel's statutory time. */
export interface TimingModel {
    /** Working minutes, or calendar days for a procedure counted in calendar days. */
    readonly unit: 'working-minutes' | 'calendar-days';
    /** The longest main-flow path. */
    readonly planned: number;
    readonly criticalPath: readonly string[];
    readonly channels: ReadonlyArray<{ readonly kind: ChannelModel['kind']; readonly statutory: number }>;
}

/** A procedure: its record on the National Portal and its internal procedure. */
export interface ProcedureModel {
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
