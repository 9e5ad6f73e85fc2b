/**
 * consultation.yaml: what people said about a version that was consulted on,
 * theme by theme, and what the partnership did about each ("you said, we
 * did"). It sits in the version's folder, next to version.yaml; the changes a
 * theme names are checked against the next version by the diff engine
 * (lib/strategy/consultation-checks.ts). Every field is documented where it is
 * declared, for authors reading it in their editor; docs/authoring.md says
 * the same in prose.
 */

import { z } from 'zod';
import { LANGUAGE_TAG_RE, THEME_OUTCOMES } from '../core/vocabulary.ts';
import { idString, isoDate } from './schemas.ts';

const text = (what: string) => z.string({ error: what }).trim().min(1, { error: what });

/** A count of responses: YAML reads 1,124 as text, so the message says how to write it. */
const wholeNumber = z
  .number({ error: 'a whole number written without commas, like 1124' })
  .int({ error: 'a whole number, like 214 (a count of responses has no decimals)' })
  .min(0, { error: 'a whole number of 0 or more' });

const responseSchema = z.strictObject(
  {
    /** How people responded: "Online survey", "Events", "Emails and letters". */
    channel: text('how people responded, in words, like "Online survey"'),
    /** How many responses came this way. */
    count: wholeNumber,
  },
  { error: 'a channel and its count, written { channel: Online survey, count: 214 }' },
);

const quoteSchema = z.strictObject(
  {
    /** The words, as the respondent wrote or said them. */
    text: text('the words quoted'),
    /** Who said it, without their name: "Resident, Maidstone". */
    from: text('who said it, in words, like "Resident, Maidstone"').optional(),
    /**
     * The language of the words, when it is not English ("cy" Welsh, "pl"
     * Polish, "so" Somali), so that screen readers pronounce them properly.
     */
    lang: z
      .string({ error: 'a language code like "cy" (Welsh), "pl" (Polish) or "pt-BR"' })
      .regex(LANGUAGE_TAG_RE, { error: 'a language code like "cy" (Welsh), "pl" (Polish) or "pt-BR"' })
      .optional(),
  },
  { error: 'a quote, written { text: "...", from: "Resident, Maidstone" }' },
);

const CHANGE = 'where the next version shows it: { section: <section id> } or { target: <indicator id> }';

/**
 * One object with one of two fields, rather than a union of two objects, so
 * that a misspelt field name is reported as one ("sectoin": did you mean
 * "section"?) rather than as a value that fits neither.
 */
const changeSchema = z
  .strictObject(
    {
      /** The id of a section of the next version whose text changed (or that is new). */
      section: idString.optional(),
      /** The id of an indicator whose <Target> in the next version has new figures (or is new). */
      target: idString.optional(),
    },
    { error: CHANGE },
  )
  .check((ctx) => {
    // A misspelt field is reported as one; its change then names nothing, which need not be said too.
    if (ctx.issues.length > 0) return;
    if ((ctx.value.section === undefined) === (ctx.value.target === undefined)) {
      ctx.issues.push({ code: 'custom', message: `one place, ${CHANGE}`, input: ctx.value });
    }
  })
  .transform((c): { readonly section: string } | { readonly target: string } =>
    c.section !== undefined ? { section: c.section } : { target: c.target ?? '' },
  );

const themeSchema = z.strictObject(
  {
    /**
     * Unique in the file. It is the theme's address on the page
     * (#theme-alcohol-target) and what the compare page links to, so keep it
     * when you reword the title.
     */
    id: idString,
    /** What people said, in one sentence: "The alcohol target is not realistic". */
    title: text('what people said, in one sentence'),
    /** How many responses raised it. */
    count: wholeNumber.optional(),
    /** More on what people said, in words. */
    summary: text('a summary, in words').optional(),
    /** Respondents' own words. */
    quotes: z.array(quoteSchema, { error: 'a list of quotes, each starting with "- "' }).default([]),
    /** What you did: changed, partly-changed, not-changed or already-covered. */
    outcome: z.enum(THEME_OUTCOMES, { error: `one of ${THEME_OUTCOMES.map((o) => `"${o}"`).join(', ')}` }),
    /** What you did and why, in words. Needed when the outcome is not-changed: say why not. */
    response: text('what you did and why, in words').optional(),
    /**
     * Where the next version shows it: sections and targets. Needed when the
     * outcome is changed or partly-changed; for already-covered, where the
     * strategy already covers it.
     */
    changes: z.array(changeSchema, { error: 'a list of changes, each starting with "- "' }).default([]),
  },
  { error: 'a theme, with at least id, title and outcome' },
);

export const consultationFileSchema = z.strictObject(
  {
    /**
     * The day you publish what you heard and what you did. Pages and the
     * updates feed show it from that day on (judged on the day the site is
     * built, like the consultation's dates). Default: the date of the next
     * version.
     */
    published: isoDate.optional(),
    /**
     * True when some counts, themes or quotes were made up to show how the
     * page works (example content); the page then says "Illustrative".
     */
    illustrative: z.boolean({ error: 'true or false' }).default(false),
    /** How many responses came, by channel. */
    responses: z
      .array(responseSchema, { error: 'a list of channels, each written - { channel: ..., count: ... }' })
      .default([]),
    /** What people said, theme by theme, and what you did about each. */
    themes: z
      .array(themeSchema, { error: 'a list of themes, each starting with "- id: ..."' })
      .min(1, { error: 'at least one theme: what people said, and what you did about it' }),
  },
  { error: 'a consultation file with "themes:" (and, usually, "responses:")' },
);

export type ConsultationFileConfig = z.output<typeof consultationFileSchema>;
export type ConsultationTheme = ConsultationFileConfig['themes'][number];
export type ThemeChange = ConsultationTheme['changes'][number];
