/**
 * The build's "today": the date that consultation states are judged against
 * and that pages show as "checked on". BUILD_DATE=YYYY-MM-DD pins it (tests,
 * or a rebuild that must reproduce an earlier one); otherwise it is the
 * current date in UTC, so two builds on the same day are byte-identical.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The build date as YYYY-MM-DD. Throws on a malformed BUILD_DATE rather than
 * quietly using today: a pinned date that is ignored would publish wrong states.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.BUILD_DATE?.trim();
  if (pinned) {
    if (!isIsoDate(pinned)) {
      throw new Error(`BUILD_DATE is "${pinned}"; expected a date written YYYY-MM-DD, like 2026-11-23`);
    }
    return pinned;
  }
  return now.toISOString().slice(0, 10);
}
