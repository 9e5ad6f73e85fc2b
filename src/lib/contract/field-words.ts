/**
 * Field paths in words, for the people who did not write the code:
 * "series[7].value" is "the 8th value (2024/25, Kent)" (with its sex, age
 * band or group when it is a breakdown: "(2024/25, Kent, female)"), and
 * "workstreams[0].projects[1].rag" is "the 2nd project ("Antenatal
 * vaccinations") in the 1st workstream ("Healthy weight")". The path stays
 * in the message beside the words (tests and editors rely on it); the words
 * are read from the file as written, so they work for a file that failed
 * validation too.
 */

import type { Problem } from './problems.ts';

/** What one item of each list is called. */
const ITEM: Readonly<Record<string, string>> = {
  series: 'value',
  workstreams: 'workstream',
  projects: 'project',
  kpis: 'KPI',
  risks: 'risk',
  escalations: 'escalation',
  actions: 'action',
  nextSteps: 'next step',
  outcomes: 'outcome',
  rationale: 'reason',
  organisations: 'organisation',
  signatories: 'signatory',
  issues: 'problem',
  disproportionateBurden: 'problem',
  outOfScope: 'item',
  comparators: 'comparator',
  // consultation.yaml
  responses: 'channel',
  themes: 'theme',
  quotes: 'quote',
  changes: 'change',
};

/** Reads a field path back into its parts: "series[7].value" -> ["series", 7, "value"]. */
export function parseFieldPath(field: string): (string | number)[] | undefined {
  if (!/^[\w-]+(?:\.[\w-]+|\[\d+\])*$|^(?:\[\d+\])+(?:\.[\w-]+|\[\d+\])*$/.test(field)) return undefined;
  return [...field.matchAll(/([\w-]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

const SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (SUFFIX[n % 10] ?? 'th')}`;
}

/**
 * The items a path goes through, innermost first, in words, or undefined when
 * it goes through no list. `data` is the file as read; `areaName` names an
 * area id; `file` tells the list of areas (areas.json is a list itself).
 */
export function fieldInWords(
  file: string,
  path: readonly (string | number)[],
  data: unknown,
  areaName: (id: string) => string,
): string | undefined {
  const parts: string[] = [];
  let value: unknown = data;
  path.forEach((key, i) => {
    const container = value;
    value = isRecord(container) ? container[key as keyof typeof container] : undefined;
    if (typeof key !== 'number') return;
    const listName = i === 0 ? (file === 'areas.json' ? 'area' : 'item') : (ITEM[String(path[i - 1])] ?? 'item');
    const label = labelOf(path[i - 1], value, areaName);
    parts.unshift(`the ${ordinal(key + 1)} ${listName}${label ? ` (${label})` : ''}`);
  });
  return parts.length === 0 ? undefined : parts.join(' in ');
}

function labelOf(list: string | number | undefined, item: unknown, areaName: (id: string) => string): string {
  if (!isRecord(item)) return '';
  if (list === 'series') {
    const period = typeof item.period === 'string' || typeof item.period === 'number' ? String(item.period) : '';
    const area = typeof item.area === 'string' ? areaName(item.area) : '';
    // A breakdown value is told from the headline by its sex, age band or group.
    const breakdown = [item.sex, item.age, item.category].filter((v): v is string => typeof v === 'string');
    return [period, area, ...breakdown].filter((s) => s !== '').join(', ');
  }
  for (const key of ['title', 'name', 'id', 'text', 'channel']) {
    const v = item[key];
    if (typeof v === 'string' && v.trim() !== '') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  }
  return '';
}

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Problems with their field paths given in words, where a path goes through a list. */
export function withFieldWords(
  problems: readonly Problem[],
  dataOf: (file: string) => unknown,
  areaName: (id: string) => string,
): Problem[] {
  return problems.map((p) => {
    const path = p.field === '' ? undefined : parseFieldPath(p.field);
    if (!path) return p;
    const words = fieldInWords(p.file, path, dataOf(p.file), areaName);
    return words === undefined ? p : { ...p, words };
  });
}
