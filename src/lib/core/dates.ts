const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "5 December 2023" from "2023-12-05" (GOV.UK date style). */
export function formatDate(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`));
}

/** What a date must look like, as the "expected" half of a message. */
export const DATE_FORM = 'a date written as YYYY-MM-DD, like 2024-03-31';

/** The months, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why `text` is not a date written YYYY-MM-DD, in words an author can act
 * on, or undefined when it is one. "2026-13-01" names month 13 and
 * "2026-02-30" names 30 February 2026 rather than repeating the form the
 * author already used; "31/03/2026" is turned round for them.
 */
export function dateProblem(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month < 1 || month > 12) {
      // Day and month written the other way round ("2026-13-01" for 13 January) is the usual slip.
      const turned = day >= 1 && day <= 12 && month >= 1 && month <= new Date(Date.UTC(year, day, 0)).getUTCDate();
      const meant = turned ? `; for ${month} ${MONTH_NAMES[day - 1]} ${year}, write ${iso[1]}-${iso[3]}-${iso[2]}` : '';
      return `a date that exists: there is no month ${month} (write the year, then the month from 01 to 12, then the day${meant})`;
    }
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) {
      const name = MONTH_NAMES[month - 1] ?? '';
      return day < 1
        ? `a date that exists: there is no day 0 (days start at 01)`
        : `a date that exists: there is no ${day} ${name} ${year} (${name} ${year} has ${days} days)`;
    }
    return undefined;
  }
  const british = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (british) {
    const [, d = '', m = '', y = ''] = british;
    return `${DATE_FORM}: the year first, then the month, then the day (${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')} for ${text})`;
  }
  const unpadded = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (unpadded) {
    const [, y = '', m = '', d = ''] = unpadded;
    return `${DATE_FORM}, with two digits for the month and the day (${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')})`;
  }
  return DATE_FORM;
}
