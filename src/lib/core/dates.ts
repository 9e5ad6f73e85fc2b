const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "5 December 2023" from "2023-12-05" (GOV.UK date style). */
export function formatDate(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`));
}
