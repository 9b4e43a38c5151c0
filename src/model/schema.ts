/**
 * The roadmap model, declared once. Types (`Infer`), the published JSON Schema
 * (`roadmap-elements/schema.json`) and `validateRoadmap` all come from these declarations.
 * Collections are flat and linked by id; every entity has `id` and a `title` or `name`;
 * imported entities carry `source` with 1-based line numbers. The JSON Schema's descriptions are
 * in `json-schema.ts`, so that the elements' bundles do not carry them.
 */
import { isPlainDate } from './dates.js';
import { INVALID, Schema, s, warn, type CheckContext, type Infer, type InferInput, type Invalid, type JsonSchema } from './schema-kit.js';

export const SCHEMA_VERSION = '1.0';

const text = () => s.string();
const nonEmpty = () => s.string({ minLength: 1 });
const opt = s.optional;
const list = <T, I>(item: Schema<T, I>) => s.withDefault(s.array(item), () => [] as T[]);

/** Calendar date "YYYY-MM-DD", never shifted by a time zone. */
export const PlainDateSchema = s.named(
  'PlainDate',
  s.string({ format: { name: 'date', test: isPlainDate, expected: 'a calendar date YYYY-MM-DD' } }),
);
/** Identifier unique within one roadmap. */
export const IdSchema = s.named('Id', s.string({ minLength: 1, maxLength: 200, pattern: /^\S+$/ }));
const id = () => IdSchema;
const ids = () => opt(s.array(IdSchema));

export const PrecisionSchema = s.named('Precision', s.enum(['day', 'week', 'month', 'quarter', 'half', 'year'] as const));
export const TimeUnitSchema = s.named('TimeUnit', s.enum(['day', 'week', 'month', 'quarter', 'year'] as const));

const sourceSpanShape = {
  /** File name, when it differs from `meta.source.file`. */
  file: opt(text()),
  /** 1-based first line. */
  line: s.integer({ min: 1 }),
  /** 1-based last line (inclusive). */
  endLine: opt(s.integer({ min: 1 })),
  column: opt(s.integer({ min: 1 })),
  endColumn: opt(s.integer({ min: 1 })),
  /** Verbatim text of the span after encoding repair. */
  raw: opt(text()),
  /** The damaged text before encoding repair, when it differed. */
  repairedFrom: opt(text()),
  derivation: opt(s.enum(['explicit', 'inferred', 'merged', 'synthetic'] as const)),
};
export const SourceSpanSchema = s.named('SourceSpan', s.object(sourceSpanShape));
/** Where an entity came from in the original document. */
export const SourceRefSchema = s.named(
  'SourceRef',
  s.object({ ...sourceSpanShape, alsoAt: opt(s.array(SourceSpanSchema)) }),
);

const entity = {
  id: id(),
  source: opt(SourceRefSchema),
  /** Namespaced data of the author's own ("x-acme:costCenter"). */
  extensions: opt(s.record(s.json())),
};

// ───────── time ─────────

const TimeSpecObjectSchema = s.named(
  'TimeSpecObject',
  s.object({
    raw: text(),
    kind: s.enum(['absolute', 'relative', 'ordinal', 'unknown'] as const),
    precision: opt(PrecisionSchema),
    start: opt(PlainDateSchema),
    end: opt(PlainDateSchema),
    edtf: opt(text()),
    focus: opt(s.object({ raw: text(), start: PlainDateSchema, end: PlainDateSchema, precision: PrecisionSchema })),
    offset: opt(s.object({ from: s.number(), to: opt(s.number()), unit: TimeUnitSchema })),
    anchor: opt(
      s.object({
        date: opt(PlainDateSchema),
        entityId: opt(IdSchema),
        edge: opt(s.enum(['start', 'end'] as const)),
        basis: s.enum(['meta.asOf', 'meta.date', 'meta.updated', 'entity', 'caller', 'none'] as const),
      }),
    ),
    ordinal: opt(s.integer({ min: 1 })),
    inferred: opt(s.array(s.enum(['year', 'quarter', 'month', 'day', 'anchor'] as const))),
    approximate: opt(s.boolean()),
    uncertain: opt(s.boolean()),
    confidence: opt(s.number({ min: 0, max: 1 })),
    candidates: opt(s.array(s.object({ start: PlainDateSchema, end: PlainDateSchema, edtf: opt(text()) }))),
  }),
);

type TimeSpecObject = Infer<typeof TimeSpecObjectSchema>;

/** Reads a time written as text into a TimeSpec: `parseTimeText` (time.ts). */
export type TimeTextReader = (text: string) => TimeSpecObject | undefined;

/**
 * The reader of times written as text that the check in progress uses, set by `checkRoadmap`
 * (validate.ts) for the length of one check. It is most of the model's date code, and roadmaps
 * handed to a view as objects rarely write a time as text, so the views load it on first need:
 * a check without it only notes that it met such a time (`missed`).
 */
export const timeText: { read?: TimeTextReader | undefined; missed: boolean } = { missed: false };

/**
 * A TimeSpec, or as a shorthand the text itself ("2025-03-31", "2025-03", "Q1 2025", "H2 2025",
 * "December 2024", "Next 3 months"), which is read into a TimeSpec. Text that holds no time is
 * kept as `{raw, kind: 'unknown'}` with a warning.
 */
class TimeSpecInputSchema extends Schema<TimeSpecObject, InferInput<typeof TimeSpecObjectSchema> | string> {
  check(value: unknown, path: string, ctx: CheckContext): TimeSpecObject | Invalid {
    if (typeof value !== 'string') return TimeSpecObjectSchema.check(value, path, ctx);
    // Past the length any text may have: the same error as any other text (and as the JSON Schema).
    if (value.length > 100_000) {
      s.string().check(value, path, ctx);
      return INVALID;
    }
    if (value.length > 200) {
      warn(ctx, path, 'time.unparsed', 'time text too long to read; kept as text');
      return { raw: value, kind: 'unknown' };
    }
    const read = timeText.read;
    if (!read) {
      timeText.missed = true;
      return { raw: value, kind: 'unknown' };
    }
    const parsed = read(value);
    if (parsed) return parsed;
    warn(ctx, path, 'time.unparsed', `could not read a date or period from '${value}'; kept as text`);
    return { raw: value, kind: 'unknown' };
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { anyOf: [{ type: 'string', maxLength: 100_000 }, TimeSpecObjectSchema.toJson(defs)] };
  }
}
export const TimeSpecSchema = s.named('TimeSpec', new TimeSpecInputSchema());


// ───────── vocabularies ─────────

export const STATUS_VALUES = ['planned', 'in-progress', 'done', 'at-risk', 'blocked', 'on-hold', 'cancelled', 'unknown'] as const;
export const StatusSchema = s.named('Status', s.enum(STATUS_VALUES));
export const HealthSchema = s.named(
  'Health',
  s.object({ value: s.enum(['on-track', 'at-risk', 'off-track', 'unknown'] as const), note: opt(text()), asOf: opt(TimeSpecSchema) }),
);
export const PrioritySchema = s.named(
  'Priority',
  s.object({
    key: nonEmpty(),
    rank: s.integer({ min: 0 }),
    label: opt(text()),
    schemeId: opt(IdSchema),
    basis: opt(s.enum(['explicit', 'framework', 'inferred'] as const)),
  }),
);
export const PartyRefSchema = s.named(
  'PartyRef',
  s.object({ text: nonEmpty(), personId: opt(IdSchema), teamId: opt(IdSchema), role: opt(text()) }),
);
export const RefSchema = s.named(
  'Ref',
  s.object({
    id: opt(IdSchema),
    targetType: opt(
      s.enum(['initiative', 'checklist-item', 'milestone', 'goal', 'theme', 'person', 'team', 'external', 'metric', 'risk', 'period'] as const),
    ),
    text: text(),
    resolution: s.enum(['exact', 'key', 'fuzzy', 'ambiguous', 'unresolved', 'external'] as const),
    confidence: opt(s.number({ min: 0, max: 1 })),
    candidates: opt(s.array(s.object({ id: IdSchema, score: s.number() }))),
  }),
);

// ───────── metrics ─────────

export const DirectionSchema = s.named('Direction', s.enum(['higher-is-better', 'lower-is-better', 'in-range', 'unknown'] as const));
export const UnitKindSchema = s.named(
  'UnitKind',
  s.enum(['percent', 'duration', 'currency', 'count', 'rate', 'ratio', 'score', 'factor', 'data', 'other'] as const),
);
const QuantitySchema = s.named(
  'Quantity',
  s.object({ value: s.number(), unit: opt(text()), unitKind: opt(UnitKindSchema), currency: opt(text()), scaleMax: opt(s.number()) }),
);
export const MetricTargetSchema = s.named(
  'MetricTarget',
  s.object({
    raw: text(),
    mode: s.enum(['level', 'change', 'factor', 'qualitative'] as const),
    comparator: opt(s.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'between', 'approx'] as const)),
    comparatorImplied: opt(s.boolean()),
    value: opt(s.number()),
    valueMax: opt(s.number()),
    unit: opt(text()),
    unitKind: opt(UnitKindSchema),
    currency: opt(text()),
    scaleMax: opt(s.number()),
    statistic: opt(text()),
    per: opt(s.union([QuantitySchema, s.object({ text: text() })] as const, 'a quantity or {text}')),
    period: opt(TimeUnitSchema),
    baseline: opt(text()),
    by: opt(TimeSpecSchema),
    subject: opt(text()),
    direction: DirectionSchema,
    directionBasis: opt(s.enum(['explicit', 'comparator', 'keyword', 'subject', 'default'] as const)),
    confidence: opt(s.number({ min: 0, max: 1 })),
  }),
);

const MeasurementSchema = s.named(
  'Measurement',
  s.object({ value: s.number(), at: opt(PlainDateSchema), note: opt(text()), source: opt(SourceRefSchema) }),
);

// ───────── entities ─────────

export const ChecklistItemSchema = s.named(
  'ChecklistItem',
  s.object({
    ...entity,
    text: text(),
    title: opt(text()),
    detail: opt(text()),
    done: s.nullable(s.boolean()),
    status: opt(StatusSchema),
    group: opt(text()),
    priority: opt(PrioritySchema),
    version: opt(text()),
    metric: opt(MetricTargetSchema),
  }),
);

const CriterionSchema = s.named(
  'Criterion',
  s.object({ ...entity, text: text(), met: opt(s.nullable(s.boolean())), target: opt(MetricTargetSchema) }),
);

const LabeledListSchema = s.named(
  'LabeledList',
  s.object({
    ...entity,
    label: text(),
    key: text(),
    inline: opt(s.boolean()),
    items: s.array(s.object({ text: text(), qualifier: opt(text()), source: opt(SourceRefSchema) })),
  }),
);

const LabeledFieldSchema = s.named(
  'LabeledField',
  s.object({ label: text(), key: text(), value: text(), refs: opt(s.array(RefSchema)), source: opt(SourceRefSchema) }),
);

const NoteSchema = s.named(
  'Note',
  s.object({
    kind: s.enum(['note', 'expected', 'rationale', 'assumption', 'constraint', 'other'] as const),
    label: opt(text()),
    text: text(),
    refs: opt(s.array(RefSchema)),
    source: opt(SourceRefSchema),
  }),
);

const LinkSchema = s.named(
  'Link',
  s.object({
    href: text(),
    text: opt(text()),
    rel: opt(s.enum(['internal-anchor', 'external', 'ticket'] as const)),
    source: opt(SourceRefSchema),
  }),
);

export const ScheduleSchema = s.named(
  'Schedule',
  s.object({
    periodIds: ids(),
    start: opt(TimeSpecSchema),
    end: opt(TimeSpecSchema),
    target: opt(TimeSpecSchema),
  }),
);

export const InitiativeSchema = s.named(
  'Initiative',
  s.object({
    ...entity,
    key: opt(text()),
    title: nonEmpty(),
    ordinal: opt(s.integer({ min: 0 })),
    kind: s.withDefault(s.enum(['initiative', 'item', 'bundle', 'synthetic'] as const), () => 'initiative' as const),
    category: opt(text()),
    productId: opt(IdSchema),
    description: opt(text()),
    objective: opt(text()),
    owner: opt(PartyRefSchema),
    teamIds: ids(),
    status: opt(StatusSchema),
    statusLabel: opt(text()),
    health: opt(HealthSchema),
    progress: opt(s.object({ value: s.number({ min: 0, max: 1 }), source: s.enum(['manual', 'checklist', 'children'] as const) })),
    priority: opt(PrioritySchema),
    schedule: opt(ScheduleSchema),
    themeIds: ids(),
    goalIds: ids(),
    parentId: opt(IdSchema),
    checklist: opt(s.array(ChecklistItemSchema)),
    acceptanceCriteria: opt(s.array(CriterionSchema)),
    metricIds: ids(),
    dependencyIds: ids(),
    lists: opt(s.array(LabeledListSchema)),
    fields: opt(s.array(LabeledFieldSchema)),
    notes: opt(s.array(NoteSchema)),
    links: opt(s.array(LinkSchema)),
    externalRefIds: ids(),
    tags: opt(s.array(text())),
  }),
);

export const PeriodSchema = s.named(
  'Period',
  s.object({
    ...entity,
    label: nonEmpty(),
    shortLabel: opt(text()),
    name: opt(text()),
    kind: s.enum(['month', 'quarter', 'half', 'year', 'horizon', 'release', 'sprint', 'custom'] as const),
    time: TimeSpecSchema,
    order: s.withDefault(s.integer({ min: 0 }), () => 0),
    icon: opt(text()),
    description: opt(text()),
    parentId: opt(IdSchema),
  }),
);

export const ThemeSchema = s.named(
  'Theme',
  s.object({
    ...entity,
    name: nonEmpty(),
    ordinal: opt(s.integer({ min: 0 })),
    description: opt(text()),
    icon: opt(text()),
    color: opt(text()),
    periodIds: ids(),
    priority: opt(PrioritySchema),
    keywords: opt(s.array(text())),
  }),
);

export const GoalSchema = s.named(
  'Goal',
  s.object({
    ...entity,
    statement: text(),
    title: opt(text()),
    ordinal: opt(s.integer({ min: 0 })),
    kind: opt(s.enum(['strategic', 'objective', 'period-goal', 'year-end', 'principle'] as const)),
    themeIds: ids(),
    periodIds: ids(),
    due: opt(TimeSpecSchema),
    owner: opt(PartyRefSchema),
    metricIds: ids(),
    initiativeRefs: opt(s.array(RefSchema)),
    milestoneIds: ids(),
    status: opt(StatusSchema),
  }),
);

export const MilestoneSchema = s.named(
  'Milestone',
  s.object({
    ...entity,
    title: nonEmpty(),
    kind: s.withDefault(s.enum(['release', 'milestone', 'deadline', 'review', 'launch', 'state'] as const), () => 'milestone' as const),
    version: opt(text()),
    stage: opt(s.enum(['mvp', 'alpha', 'beta', 'rc', 'ga', 'other'] as const)),
    date: TimeSpecSchema,
    periodId: opt(IdSchema),
    status: opt(StatusSchema),
    initiativeIds: ids(),
    description: opt(text()),
  }),
);

export const DependencySchema = s.named(
  'Dependency',
  s.object({
    ...entity,
    from: RefSchema,
    to: RefSchema,
    type: s.withDefault(s.enum(['requires', 'blocks', 'precedes', 'approval', 'relates'] as const), () => 'requires' as const),
    anchors: opt(s.object({ from: s.enum(['start', 'end'] as const), to: s.enum(['start', 'end'] as const) })),
    lagDays: opt(s.number()),
    raw: opt(text()),
  }),
);

const RatingValueSchema = s.named(
  'RatingValue',
  s.object({ level: s.integer({ min: 1, max: 10 }), label: opt(text()), raw: opt(text()), probability: opt(s.number({ min: 0, max: 1 })) }),
);
export const RiskAssessmentSchema = s.named(
  'RiskAssessment',
  s.object({
    likelihood: opt(RatingValueSchema),
    impact: opt(RatingValueSchema),
    score: opt(s.number()),
    band: opt(text()),
    assessedAt: opt(TimeSpecSchema),
    note: opt(text()),
  }),
);
const MitigationSchema = s.named(
  'Mitigation',
  s.object({
    text: text(),
    strategy: opt(s.enum(['avoid', 'mitigate', 'transfer', 'accept', 'escalate', 'exploit', 'enhance', 'share'] as const)),
    owner: opt(PartyRefSchema),
    status: opt(StatusSchema),
    due: opt(TimeSpecSchema),
    source: opt(SourceRefSchema),
  }),
);

export const RiskSchema = s.named(
  'Risk',
  s.object({
    ...entity,
    key: opt(text()),
    title: nonEmpty(),
    description: opt(text()),
    cause: opt(text()),
    effect: opt(text()),
    category: opt(text()),
    type: opt(s.enum(['threat', 'opportunity'] as const)),
    owner: opt(PartyRefSchema),
    status: opt(s.enum(['open', 'monitoring', 'mitigating', 'closed', 'occurred', 'unknown'] as const)),
    inherent: opt(RiskAssessmentSchema),
    residual: opt(RiskAssessmentSchema),
    target: opt(RiskAssessmentSchema),
    proximity: opt(TimeSpecSchema),
    mitigations: opt(s.array(MitigationSchema)),
    affects: opt(s.array(RefSchema)),
    refs: opt(s.array(RefSchema)),
    ordinal: opt(s.integer({ min: 0 })),
  }),
);

export const RiskModelSchema = s.named(
  'RiskModel',
  s.object({
    likelihood: s.array(s.object({ level: s.integer({ min: 1 }), label: text(), description: opt(text()) })),
    impact: s.array(s.object({ level: s.integer({ min: 1 }), label: text(), description: opt(text()) })),
    scoring: s.enum(['product', 'sum', 'lookup'] as const),
    cells: opt(s.array(s.array(text()))),
    bands: s.array(s.object({ key: text(), label: text(), min: opt(s.number()), max: opt(s.number()), color: opt(text()) })),
  }),
);

export const MetricSchema = s.named(
  'Metric',
  s.object({
    ...entity,
    name: nonEmpty(),
    raw: opt(text()),
    groupId: opt(IdSchema),
    scope: opt(
      s.object({
        level: s.enum(['roadmap', 'goal', 'initiative', 'period', 'criterion'] as const),
        initiativeId: opt(IdSchema),
        goalId: opt(IdSchema),
        periodId: opt(IdSchema),
      }),
    ),
    target: opt(MetricTargetSchema),
    targets: opt(s.array(MetricTargetSchema)),
    baseline: opt(MeasurementSchema),
    current: opt(MeasurementSchema),
    history: opt(s.array(MeasurementSchema)),
    direction: opt(DirectionSchema),
    unit: opt(text()),
    format: opt(
      s.object({
        style: s.enum(['decimal', 'percent', 'currency', 'unit'] as const),
        unit: opt(text()),
        currency: opt(text()),
        notation: opt(s.enum(['standard', 'compact'] as const)),
        maximumFractionDigits: opt(s.integer({ min: 0, max: 20 })),
        scale: opt(s.enum(['linear', 'nines', 'log'] as const)),
      }),
    ),
    thresholds: opt(s.array(s.object({ key: text(), label: opt(text()), min: opt(s.number()), max: opt(s.number()) }))),
    status: opt(
      s.object({ value: s.enum(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const), basis: s.enum(['stated', 'computed'] as const) }),
    ),
    owner: opt(PartyRefSchema),
    sameAs: ids(),
  }),
);

const MetricGroupSchema = s.named(
  'MetricGroup',
  s.object({ ...entity, name: nonEmpty(), order: s.withDefault(s.integer({ min: 0 }), () => 0), parentId: opt(IdSchema) }),
);

const PersonSchema = s.named(
  'Person',
  s.object({ ...entity, name: nonEmpty(), role: opt(text()), teamIds: ids(), aliases: opt(s.array(text())) }),
);

const TeamSchema = s.named(
  'Team',
  s.object({
    ...entity,
    name: nonEmpty(),
    aliases: opt(s.array(text())),
    kind: opt(s.enum(['team', 'function', 'org'] as const)),
    lead: opt(PartyRefSchema),
    memberIds: ids(),
  }),
);

const ProductSchema = s.named('Product', s.object({ ...entity, name: nonEmpty(), description: opt(text()) }));

const AllocationSchema = s.named(
  'Allocation',
  s.object({
    ...entity,
    kind: s.enum(['focus', 'headcount', 'budget-share', 'budget', 'capacity'] as const),
    teamId: opt(IdSchema),
    category: opt(text()),
    periodId: opt(IdSchema),
    time: opt(TimeSpecSchema),
    quantity: opt(QuantitySchema),
    delta: opt(QuantitySchema),
    note: opt(text()),
    focus: opt(s.array(RefSchema)),
    lead: opt(PartyRefSchema),
  }),
);

const PrioritySchemeSchema = s.named(
  'PriorityScheme',
  s.object({
    ...entity,
    name: opt(text()),
    levels: s.array(
      s.object({ key: text(), rank: s.integer({ min: 0 }), label: opt(text()), meaning: opt(text()), source: opt(SourceRefSchema) }),
    ),
    assignments: opt(s.array(s.object({ level: text(), ref: RefSchema, source: opt(SourceRefSchema) }))),
  }),
);

const CadenceSchema = s.named(
  'Cadence',
  s.object({
    ...entity,
    purpose: s.enum(['review', 'communication', 'planning', 'other'] as const),
    frequency: s.enum(['continuous', 'daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'] as const),
    interval: opt(text()),
    rule: opt(text()),
    activity: opt(text()),
    audience: opt(text()),
    raw: opt(text()),
  }),
);

const ExternalRefSchema = s.named(
  'ExternalRef',
  s.object({
    ...entity,
    key: nonEmpty(),
    system: opt(text()),
    kind: opt(s.enum(['incident', 'security-review', 'issue', 'ticket', 'document', 'person-work', 'other'] as const)),
    title: opt(text()),
    status: opt(text()),
    party: opt(PartyRefSchema),
    url: opt(text()),
  }),
);

const StatementSchema = s.named(
  'Statement',
  s.object({
    ...entity,
    kind: s.enum(['mission', 'vision', 'summary', 'principle', 'focus', 'current-state', 'conclusion', 'note'] as const),
    label: opt(text()),
    text: text(),
  }),
);

const SectionSchema = s.named(
  'Section',
  s.object({
    ...entity,
    title: opt(text()),
    path: s.withDefault(s.array(text()), () => []),
    level: s.withDefault(s.integer({ min: 0, max: 6 }), () => 0),
    role: opt(s.enum(['summary', 'conclusion', 'toc', 'communication', 'current-state', 'notes', 'unknown'] as const)),
    blocks: s.array(
      s.object({
        type: s.enum(['paragraph', 'list', 'table', 'code', 'quote', 'html', 'heading', 'other'] as const),
        markdown: text(),
        source: opt(SourceRefSchema),
      }),
    ),
    hidden: opt(s.boolean()),
  }),
);

export const DiagnosticSchema = s.named(
  'Diagnostic',
  s.object({
    code: nonEmpty(),
    severity: s.enum(['error', 'warning', 'info'] as const),
    message: text(),
    path: opt(text()),
    source: opt(SourceRefSchema),
    entityId: opt(IdSchema),
    data: opt(s.record(s.json())),
  }),
);

const EncodingRepairSchema = s.named(
  'EncodingRepair',
  s.object({
    line: s.integer({ min: 1 }),
    column: opt(s.integer({ min: 1 })),
    original: text(),
    repaired: s.nullable(text()),
    scheme: s.enum(['cp1252-as-utf8', 'macroman-as-utf8', 'utf16-low-bytes', 'other'] as const),
    confidence: opt(s.number({ min: 0, max: 1 })),
  }),
);

const ApprovalSchema = s.named(
  'Approval',
  s.object({
    party: PartyRefSchema,
    status: s.enum(['approved', 'pending', 'rejected', 'unknown'] as const),
    date: opt(TimeSpecSchema),
    source: opt(SourceRefSchema),
  }),
);

export const RoadmapMetaSchema = s.named(
  'RoadmapMeta',
  s.object({
    title: nonEmpty(),
    subtitle: opt(text()),
    authors: opt(s.array(PartyRefSchema)),
    owners: opt(s.array(PartyRefSchema)),
    approvals: opt(s.array(ApprovalSchema)),
    version: opt(text()),
    date: opt(TimeSpecSchema),
    updated: opt(TimeSpecSchema),
    asOf: opt(TimeSpecSchema),
    coverage: opt(TimeSpecSchema),
    nextReview: opt(TimeSpecSchema),
    fiscalYearStartMonth: opt(s.integer({ min: 1, max: 12 })),
    locale: opt(text()),
    encoding: opt(s.object({ detected: text(), repairs: s.array(EncodingRepairSchema) })),
    source: opt(SourceRefSchema),
  }),
);

/** The whole roadmap document. */
export const RoadmapSchema = s.object({
  $schema: opt(text()),
  schemaVersion: s.string({ pattern: /^1\.\d+$/ }),
  meta: RoadmapMetaSchema,
  statements: list(StatementSchema),
  products: list(ProductSchema),
  periods: list(PeriodSchema),
  themes: list(ThemeSchema),
  goals: list(GoalSchema),
  initiatives: list(InitiativeSchema),
  milestones: list(MilestoneSchema),
  dependencies: list(DependencySchema),
  risks: list(RiskSchema),
  riskModel: opt(RiskModelSchema),
  metrics: list(MetricSchema),
  metricGroups: list(MetricGroupSchema),
  people: list(PersonSchema),
  teams: list(TeamSchema),
  allocations: list(AllocationSchema),
  priorityScheme: opt(PrioritySchemeSchema),
  cadences: list(CadenceSchema),
  externalRefs: list(ExternalRefSchema),
  sections: list(SectionSchema),
  diagnostics: opt(s.array(DiagnosticSchema)),
});

export type Roadmap = Infer<typeof RoadmapSchema>;
/** What a hand-written document may look like: collections may be left out. */
export type RoadmapInput = InferInput<typeof RoadmapSchema>;
export type RoadmapMeta = Infer<typeof RoadmapMetaSchema>;
export type SourceRef = Infer<typeof SourceRefSchema>;
export type TimeSpec = Infer<typeof TimeSpecSchema>;
export type Status = Infer<typeof StatusSchema>;
export type Health = Infer<typeof HealthSchema>;
export type Priority = Infer<typeof PrioritySchema>;
export type PartyRef = Infer<typeof PartyRefSchema>;
export type Ref = Infer<typeof RefSchema>;
export type Direction = Infer<typeof DirectionSchema>;
export type UnitKind = Infer<typeof UnitKindSchema>;
export type Quantity = Infer<typeof QuantitySchema>;
export type MetricTarget = Infer<typeof MetricTargetSchema>;
export type Measurement = Infer<typeof MeasurementSchema>;
export type ChecklistItem = Infer<typeof ChecklistItemSchema>;
export type Criterion = Infer<typeof CriterionSchema>;
export type LabeledList = Infer<typeof LabeledListSchema>;
export type LabeledField = Infer<typeof LabeledFieldSchema>;
export type Note = Infer<typeof NoteSchema>;
export type Link = Infer<typeof LinkSchema>;
export type Schedule = Infer<typeof ScheduleSchema>;
export type Initiative = Infer<typeof InitiativeSchema>;
export type Period = Infer<typeof PeriodSchema>;
export type Theme = Infer<typeof ThemeSchema>;
export type Goal = Infer<typeof GoalSchema>;
export type Milestone = Infer<typeof MilestoneSchema>;
export type Dependency = Infer<typeof DependencySchema>;
export type RatingValue = Infer<typeof RatingValueSchema>;
export type RiskAssessment = Infer<typeof RiskAssessmentSchema>;
export type Mitigation = Infer<typeof MitigationSchema>;
export type Risk = Infer<typeof RiskSchema>;
export type RiskModel = Infer<typeof RiskModelSchema>;
export type Metric = Infer<typeof MetricSchema>;
export type MetricGroup = Infer<typeof MetricGroupSchema>;
export type Person = Infer<typeof PersonSchema>;
export type Team = Infer<typeof TeamSchema>;
export type Product = Infer<typeof ProductSchema>;
export type Allocation = Infer<typeof AllocationSchema>;
export type PriorityScheme = Infer<typeof PrioritySchemeSchema>;
export type Cadence = Infer<typeof CadenceSchema>;
export type ExternalRef = Infer<typeof ExternalRefSchema>;
export type Statement = Infer<typeof StatementSchema>;
export type Section = Infer<typeof SectionSchema>;
export type Diagnostic = Infer<typeof DiagnosticSchema>;
export type EncodingRepair = Infer<typeof EncodingRepairSchema>;
export type Approval = Infer<typeof ApprovalSchema>;
