/**
 * The content contract as zod schemas: one per kind of file, each field
 * documented where it is declared (authors see these comments in their
 * editor; docs/authoring.md says the same in prose). Every `error` text is
 * the "expected ..." half of a problem message, so it is written for authors.
 *
 * Objects are strict: a misspelt field name ("stauts") is reported rather
 * than silently ignored.
 */

import { z } from 'zod';
import { dateProblem, DATE_FORM } from '../core/dates.ts';
import { parsePeriod, PERIOD_FORMS } from '../core/periods.ts';
import {
  AREA_TYPES,
  BENCHMARK_KEYS,
  COMPARISONS,
  POLARITIES,
  SECTION_KINDS,
  SEXES,
  TREND_KEYS,
  UNITS,
  VERSION_STATUSES,
} from '../core/vocabulary.ts';

const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => `"${v}"`).join(', ')}`;

const text = (what = 'some text') => z.string({ error: what }).trim().min(1, { error: what });

/**
 * An ISO date such as 2024-03-31 (YAML reads an unquoted date as text, which is
 * what we want). A date that does not exist is named: "there is no month 13".
 */
export const isoDate = z.string({ error: DATE_FORM }).check((ctx) => {
  const why = dateProblem(ctx.value);
  if (why !== undefined) ctx.issues.push({ code: 'custom', message: why, input: ctx.value });
});

/** A web address. */
const url = z.url({ protocol: /^https?$/, error: 'a web address starting with https:// or http://' });

/** Lower-case words joined by hyphens: "physical-inactivity". ONS codes ("E92000001") are allowed for areas. */
export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AREA_ID_RE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z][0-9A-Z]{2,15})$/;
export const idString = z.string({ error: 'an id' }).regex(ID_RE, {
  error: 'an id of lower-case letters, digits and hyphens, like "physical-inactivity"',
});
export const areaId = z.string({ error: 'an area id' }).regex(AREA_ID_RE, {
  error: 'an area id: an ONS code like "E92000001", or lower-case words joined by hyphens',
});

/**
 * A period in one of the five forms. A bare year written without quotes in
 * YAML arrives as a number, which is accepted and kept as its text.
 */
export const periodString = z
  .union([z.string(), z.number().int().min(1000).max(9999)], { error: PERIOD_FORMS })
  .transform((v) => String(v))
  .check((ctx) => {
    const result = parsePeriod(ctx.value);
    if (!result.ok) ctx.issues.push({ code: 'custom', message: result.expected, input: ctx.value });
  });

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'a colour written as #rrggbb, like #1d70b8' });

// ---------------------------------------------------------------- site.yaml

export const siteSchema = z.strictObject({
  /** The site's name, shown in the header and the browser tab. */
  name: text('the site name, as text'),
  /** The organisation that publishes the site. */
  organisation: z
    .strictObject({
      /** Its name: "Kent County Council". */
      name: text('the organisation name'),
      /** Its home page. */
      url: url.optional(),
    })
    .optional(),
  /** The address the site will live at, for canonical links and the feed. */
  url: url.optional(),
  /** Brand colour for the header; must give white text a contrast of at least 4.5:1. */
  colour: hexColour.default('#1d70b8'),
  /** A logo for the header: an image in public/ and its alternative text. */
  logo: z
    .strictObject({
      /** Path of the image inside public/, like "images/logo.svg". */
      src: text('the path of an image in public/'),
      /** What the logo says, for people who cannot see it: usually the organisation's name. */
      alt: text('alternative text for the logo'),
    })
    .optional(),
  /** How residents reach the team. */
  contact: z
    .strictObject({
      email: z.email({ error: 'an email address' }).optional(),
      phone: text('a phone number').optional(),
      address: text('a postal address').optional(),
      /** A sentence on asking for large print, easy read, audio or another language. */
      otherFormats: text('a sentence on asking for other formats').optional(),
    })
    .default({}),
  /** Facts for the accessibility statement. */
  accessibility: z
    .strictObject({
      /** How far the site meets WCAG 2.2 AA. */
      status: z.enum(['full', 'partial', 'not'], { error: oneOf(['full', 'partial', 'not']) }).default('partial'),
      /** When the site was last tested. */
      tested: isoDate.optional(),
      /** When the statement was first prepared. */
      prepared: isoDate.optional(),
      /** When the statement was last reviewed. */
      reviewed: isoDate.optional(),
      /** Who tested it: "the Digital Accessibility Centre", "our own digital team". */
      testedBy: text('who tested the site, in words').optional(),
      /**
       * Known failures of WCAG, each in words, or with the success criterion
       * it fails and when it will be fixed: { text, criterion: "1.1.1", fixBy: 2027-03-31 }.
       */
      issues: z
        .array(
          z.union(
            [
              text('a known problem, in words'),
              z.strictObject({
                text: text('the problem, in words'),
                criterion: z
                  .string({ error: 'a WCAG success criterion number, like "1.4.3"' })
                  .regex(/^\d\.\d{1,2}\.\d{1,2}$/, { error: 'a WCAG success criterion number, like "1.4.3"' })
                  .optional(),
                fixBy: isoDate.optional(),
              }),
            ],
            { error: 'a known problem, in words, or { text, criterion, fixBy }' },
          ),
        )
        .default([]),
      /** Problems you will not fix now because the cost would be a disproportionate burden, each in words. */
      disproportionateBurden: z.array(text('a problem, in words')).default([]),
      /** Content outside the regulations (old PDFs, maps, third-party content), each in words. */
      outOfScope: z.array(text('some content, in words')).default([]),
      /** What you are doing to improve accessibility, in words. */
      improvements: text('what you are doing, in words').optional(),
    })
    .default({ status: 'partial', issues: [], disproportionateBurden: [], outOfScope: [] }),
});
export type SiteConfig = z.output<typeof siteSchema>;

// ------------------------------------------------------------ strategy.yaml

export const strategySchema = z.strictObject({
  /** The strategy's title. */
  title: text('the strategy title, as text'),
  /** One or two plain sentences on what the strategy is for. */
  summary: text('a summary, as text').optional(),
  /** The partners, by name. */
  organisations: z.array(text('an organisation name')).default([]),
  /** The years the strategy covers. */
  period: z
    .strictObject({
      start: periodString,
      end: periodString,
    })
    .optional(),
  /** The area (id in areas.json) that targets refer to unless a target says otherwise. */
  area: areaId.optional(),
  /** Consultation dates and how to respond, when the strategy is or was consulted on. */
  consultation: z
    .strictObject({
      /** The first day responses are accepted. */
      opens: isoDate,
      /** The last day responses are accepted. */
      closes: isoDate,
      /** How to respond, in words. */
      respond: text('how to respond, in words').optional(),
      /** A link to the response form. */
      respondUrl: url.optional(),
      /** An email address for responses, when it is not site.yaml's contact email. */
      email: z.email({ error: 'an email address' }).optional(),
      /** A phone number for responses, when it is not site.yaml's contact phone. */
      phone: text('a phone number').optional(),
      /** A postal address for responses (a freepost address, say), when it is not site.yaml's contact address. */
      address: text('a postal address').optional(),
      /** Where the outcome of the consultation is published. */
      outcomeUrl: url.optional(),
    })
    .optional(),
});
export type StrategyConfig = z.output<typeof strategySchema>;

// ------------------------------------------------------------- version.yaml

export const versionSchema = z.strictObject({
  /** The date of this version. */
  date: isoDate,
  /** Where this version stands. */
  status: z.enum(VERSION_STATUSES, { error: oneOf(VERSION_STATUSES) }),
  /** What changed, in a sentence or two. */
  note: text('a note, as text').optional(),
  /** The date of a later correction to this version. */
  updated: isoDate.optional(),
});
export type VersionConfig = z.output<typeof versionSchema>;

// ---------------------------------------------------- section front matter

export const sectionSchema = z.strictObject({
  /** The section heading. */
  title: text('the section title, as text'),
  /** What matches this section across versions; defaults to the file name without its number. */
  id: idString.optional(),
  /** What kind of section this is; it shapes how the section is shown. */
  kind: z.enum(SECTION_KINDS, { error: oneOf(SECTION_KINDS) }).default('section'),
  /** For a foreword: who signed it. */
  signatories: z
    .array(
      z.strictObject({
        name: text('a name'),
        role: text('a role').optional(),
      }),
    )
    .default([]),
});
export type SectionFrontMatter = z.output<typeof sectionSchema>;

// ------------------------------------------------------ update front matter

export const updateSchema = z.strictObject({
  /** The headline. */
  title: text('the headline, as text'),
  /** One sentence for lists and the feed. */
  summary: text('a summary, as text').optional(),
  /** The id of the strategy it is about. */
  strategy: idString.optional(),
});
export type UpdateFrontMatter = z.output<typeof updateSchema>;

// --------------------------------------------------------------- areas.json

export const areaSchema = z.strictObject({
  /** An ONS code ("E92000001") or lower-case words joined by hyphens. */
  id: areaId,
  /** The name readers know it by. */
  name: text('the area name'),
  /** What kind of area it is. */
  type: z.enum(AREA_TYPES, { error: oneOf(AREA_TYPES) }),
  /** The id of the area it sits inside. */
  parent: areaId.optional(),
});
export const areasSchema = z.array(areaSchema, { error: 'a list of areas, written [ {...}, {...} ]' });
export type Area = z.output<typeof areaSchema>;

// ----------------------------------------------------------- indicator JSON

const finite = (what: string) => z.number({ error: what }).refine(Number.isFinite, { error: what });

export const pointSchema = z.strictObject({
  /** When the value was measured. */
  period: periodString,
  /** Where: an id from areas.json. */
  area: areaId,
  /**
   * A breakdown by sex: "male" or "female". Leave it out (or write "persons")
   * for everyone, the usual headline figure. When the indicator has figures
   * for one sex only (some are published for men only), that is the headline.
   */
  sex: z.enum(SEXES, { error: oneOf(SEXES) }).optional(),
  /**
   * A breakdown by age: the age band as the source writes it ("10-14 yrs").
   * Leave it out for the indicator's usual age band (its `age`).
   */
  age: text('an age band, as text, like "10-14 yrs"').optional(),
  /**
   * The kind of group `category` belongs to, as the source writes it:
   * "County & UA deprivation deciles in England (IMD2019, 4/21 geography)",
   * "Ethnic groups". Give both or neither.
   */
  categoryType: text('the kind of group, as text, like "Ethnic groups"').optional(),
  /** The group within `categoryType`: "Most deprived decile", "Asian". Give both or neither. */
  category: text('the group, as text, like "Most deprived decile"').optional(),
  /** The value, or null when it is suppressed or missing (then `note` says why). */
  value: z.union([finite('a number'), z.null()], {
    error: 'a number, or null with a note saying why there is no value',
  }),
  /** Lower 95% confidence limit. */
  lower: finite('a number (the lower 95% confidence limit)').optional(),
  /** Upper 95% confidence limit. */
  upper: finite('a number (the upper 95% confidence limit)').optional(),
  /** Lower 99.8% confidence limit: used when the indicator's `comparison` is "ci99.8". */
  lower998: finite('a number (the lower 99.8% confidence limit)').optional(),
  /** Upper 99.8% confidence limit: used when the indicator's `comparison` is "ci99.8". */
  upper998: finite('a number (the upper 99.8% confidence limit)').optional(),
  /** The number of events or people counted. */
  count: finite('a number (the count)').optional(),
  /** The population the count is out of. */
  denominator: finite('a number (the denominator)').optional(),
  /** Why a value is missing or needs care, in words. */
  note: text('a note, as text').optional(),
  /**
   * The judgements the source (Fingertips) published with this value, kept
   * as the source's, not the site's: its recent trend and its comparison
   * with England, as the site's keys. `npm run check` warns where the site's
   * own judgement differs.
   */
  published: z
    .strictObject({
      /** Fingertips' "Recent trend" for the series up to this value. */
      trend: z.enum(TREND_KEYS, { error: oneOf(TREND_KEYS) }).optional(),
      /** Fingertips' "Compared to England" for this value. */
      benchmark: z.enum(BENCHMARK_KEYS, { error: oneOf(BENCHMARK_KEYS) }).optional(),
    })
    .optional(),
});
export type Point = z.output<typeof pointSchema>;

export const indicatorSchema = z.strictObject({
  /** Equal to the file name without .json. */
  id: idString,
  /** What is measured, as a short title. */
  title: text('the indicator title, as text'),
  /** What is measured, in plain words. */
  definition: text('a definition, as text').optional(),
  /** How values are expressed. */
  unit: z.enum(UNITS, { error: oneOf(UNITS) }),
  /** Whether higher or lower values are better. */
  polarity: z.enum(POLARITIES, { error: oneOf(POLARITIES) }),
  /** The usual age band of the headline figures, as the source writes it ("18+ yrs"). */
  age: text('an age band, as text, like "18+ yrs"').optional(),
  /** The indicator's number in Fingertips (93014): a newer export then imports into this file by itself. */
  fingertipsId: z
    .number({ error: 'a whole number, like 93014' })
    .int({ error: 'a whole number, like 93014' })
    .positive({ error: 'a whole number, like 93014' })
    .optional(),
  /**
   * How figures are compared with the benchmark: "ci95" (the 95% confidence
   * interval against the benchmark's value; the default), "ci99.8" (the
   * 99.8% interval, `lower998` and `upper998`) or "none" (no comparison).
   * Use the method the source uses, so that the two never disagree.
   */
  comparison: z.enum(COMPARISONS, { error: oneOf(COMPARISONS) }).optional(),
  /**
   * How many decimal places pages show (Fingertips shows most figures to 1);
   * default: each figure as written. Downloads always keep every decimal.
   */
  decimals: z
    .number({ error: 'a whole number of decimal places, from 0 to 6' })
    .int({ error: 'a whole number of decimal places, from 0 to 6' })
    .min(0, { error: 'a whole number of decimal places, from 0 to 6' })
    .max(6, { error: 'a whole number of decimal places, from 0 to 6' })
    .optional(),
  /** Where the figures come from. */
  source: z
    .strictObject({
      name: text('the name of the source'),
      url: url.optional(),
    })
    .optional(),
  /** When the figures were last published. */
  updated: isoDate.optional(),
  /** When the figures are next due. */
  nextUpdate: isoDate.optional(),
  /** The area to compare with; default: the one area of type country. */
  benchmark: areaId.optional(),
  /** Other areas to show alongside. */
  comparators: z.array(areaId).default([]),
  /** The area shown first; default: the strategy's area, else the first in the series. */
  defaultArea: areaId.optional(),
  /** True when some values were made up to show a trend; pages then say "Illustrative data". */
  illustrative: z.boolean({ error: 'true or false' }).default(false),
  /** Anything a reader should know, in words. */
  notes: text('notes, as text').optional(),
  /**
   * Everyday words a resident might search for that the title does not use
   * ("childhood obesity", "loneliness"): shown on the indicator's page as
   * "Other words for this" and found by the site's search.
   */
  keywords: z.array(text('a word or phrase, as text'), { error: 'a list of words, written ["...", "..."]' }).optional(),
  /** The values, by period and area (and breakdown: sex, age, category). */
  series: z.array(pointSchema, { error: 'a list of values, written [ {...}, {...} ]' }),
});
export type Indicator = z.output<typeof indicatorSchema>;
