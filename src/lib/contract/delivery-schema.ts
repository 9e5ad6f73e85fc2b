/**
 * One delivery return: data/delivery/<strategy-id>/<period>.json, what a
 * board's delivery plan reported for one reporting period (the monitoring
 * template of a logic model). The file name is the period (file-names.ts).
 *
 * Workstreams and projects keep their ids from period to period: that is how
 * the history and "what changed" are worked out. A project that moves to
 * another workstream says so with `movedFrom`.
 *
 * Every field is documented where it is declared, and every `error` text is
 * the "expected ..." half of a problem message, so it is written for authors.
 * Objects are strict: a misspelt field name is reported, not ignored.
 */

import { z } from 'zod';
import { idString, isoDate, periodString } from './schemas.ts';
import { UNITS } from '../core/vocabulary.ts';
import { RAG_KEYS } from '../core/vocabulary.ts';

const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => `"${v}"`).join(', ')}`;
const text = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const texts = (what: string) => z.array(text(what), { error: `a list of texts, written [ "...", "..." ]` }).default([]);
const finite = (what: string) => z.number({ error: what }).refine(Number.isFinite, { error: what });

export const RAG_EXPECTED = `${oneOf(RAG_KEYS)} (write "not-started" with a hyphen)`;

export const kpiSchema = z.strictObject({
  /** Matches the KPI across periods; default: its indicator id, else its title. Unique within the project. */
  id: idString.optional(),
  /** What is measured, as the board reports it: "Two doses of MMR by age 5". */
  title: text('the KPI title, as text'),
  /** An indicator id (a file in data/indicators/): the page links the KPI to the indicator's page. */
  indicator: idString.optional(),
  /** The value reported this period, as it was reported (the indicator's figures may be revised later). */
  value: finite('a number').optional(),
  /** The value aimed for. */
  target: finite('a number (the target)').optional(),
  /** How the value and target are expressed; default: the indicator's unit, else a count. */
  unit: z.enum(UNITS, { error: oneOf(UNITS) }).optional(),
  /** The period the value is for, when it differs from the reporting period: "2023/24". */
  period: periodString.optional(),
  /** Whose target, or why there is none yet: "World Health Organization target", "Local target to be agreed". */
  targetNote: text('a note on the target, as text').optional(),
  /** Anything else a reader needs to read the value, in words. */
  note: text('a note, as text').optional(),
});
export type Kpi = z.output<typeof kpiSchema>;

export const riskSchema = z.strictObject({
  /** What could go wrong, in words. */
  risk: text('the risk, in words'),
  /** What is being done about it, in words. */
  mitigation: text('the mitigation, in words').optional(),
});
export type Risk = z.output<typeof riskSchema>;

/** The PLUS groups of Core20PLUS5 that the template asks about: what the project does for each. */
export const plusGroupsSchema = z.strictObject({
  /** People with severe mental illness (SMI). */
  severeMentalIllness: text('what the project does for people with severe mental illness').optional(),
  /** People with a learning disability (LD). */
  learningDisability: text('what the project does for people with a learning disability').optional(),
  /** People who are homeless. */
  homelessness: text('what the project does for people who are homeless').optional(),
});

export const projectSchema = z.strictObject({
  /** Matches the project across periods. Unique within the file. Keep it when the title changes. */
  id: idString,
  /** The project's name: "Antenatal vaccinations". */
  title: text('the project title, as text'),
  /** What the project is and does, in a sentence or two. */
  description: text('a description, as text').optional(),
  /** The deliverables or actions, one a line. */
  actions: texts('an action, in words'),
  /** The subgroup or board responsible: "LLR Immunisation Board". */
  governance: text('who is responsible, as text').optional(),
  /** The lead officer, by name or role. */
  lead: text('the lead officer, as text').optional(),
  /**
   * The id of the workstream this project was in at the previous period, when
   * it has moved. Without it, a project that changes workstream is reported
   * as a mistake (usually an id typed in the wrong place).
   */
  movedFrom: idString.optional(),
  /** The RAG rating for this period. */
  rag: z.enum(RAG_KEYS, { error: RAG_EXPECTED }),
  /** Why it has this rating, in words. Required for red and amber. */
  reason: text('the reason for the rating, in words').optional(),
  /** What happened this period, in words. */
  update: text('the update, in words').optional(),
  /** What happens next, one step a line. */
  nextSteps: texts('a next step, in words'),
  /** Key performance indicators: values and targets. */
  kpis: z.array(kpiSchema, { error: 'a list of KPIs, written [ {...}, {...} ]' }).default([]),
  /** What the project does for each PLUS group. */
  plusGroups: plusGroupsSchema.default({}),
  /** Risks, each with its mitigation. */
  risks: z.array(riskSchema, { error: 'a list of risks, written [ {...}, {...} ]' }).default([]),
});
export type Project = z.output<typeof projectSchema>;

export const escalationSchema = z.strictObject({
  /** What the board is asked to do or know, in words. */
  text: text('the point for escalation, in words'),
  /** The id of the project it is about, in this workstream. */
  project: idString.optional(),
});
export type Escalation = z.output<typeof escalationSchema>;

export const workstreamSchema = z.strictObject({
  /** Matches the workstream across periods. Unique within the file. */
  id: idString,
  /** "Childhood immunisations". */
  title: text('the workstream title, as text'),
  /** What the workstream is for, in a sentence. */
  objective: text('the objective, as text').optional(),
  /** Why it matters, one reason a line. */
  rationale: texts('a reason, in words'),
  /** The board or subgroup that oversees it. */
  governance: text('the governance arrangement, as text').optional(),
  /** The outcomes it works towards, one a line. */
  outcomes: texts('an outcome, in words'),
  /** Points for escalation to the board this period. Shown first on the page. */
  escalations: z.array(escalationSchema, { error: 'a list of escalations, written [ {...}, {...} ]' }).default([]),
  /** The projects reporting this period. */
  projects: z
    .array(projectSchema, { error: 'a list of projects, written [ {...}, {...} ]' })
    .min(1, { error: 'at least one project' }),
});
export type Workstream = z.output<typeof workstreamSchema>;

export const deliveryReturnSchema = z.strictObject({
  /** The date of the return: when it was put together or went to the board. */
  date: isoDate.optional(),
  /** Who it was reported to: "Health and Wellbeing Board, 10 October 2024". */
  reportedTo: text('who the return was reported to, as text').optional(),
  /** True when some ratings, values or words were made up to show how the site works; pages then say so. */
  illustrative: z.boolean({ error: 'true or false' }).default(false),
  /** Anything a reader should know about this return, in words. */
  notes: text('notes, as text').optional(),
  /** The workstreams, in the order the page shows them. */
  workstreams: z
    .array(workstreamSchema, { error: 'a list of workstreams, written [ {...}, {...} ]' })
    .min(1, { error: 'at least one workstream' }),
});
export type DeliveryReturnFile = z.output<typeof deliveryReturnSchema>;
