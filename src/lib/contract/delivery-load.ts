/**
 * Reading data/delivery/<strategy-id>/<period>.json into delivery returns,
 * through the same located JSON reading and validation as every other file,
 * so each problem names its file, line, column and field.
 */

import { statSync } from 'node:fs';
import path from 'node:path';
import type { Period } from '../core/periods.ts';
import { comparePeriods } from '../core/periods.ts';
import { misnamed, type Problem } from './problems.ts';
import { ID_RE } from './schemas.ts';
import { list, type Located } from './source.ts';
import { validate, type Validated } from './validate.ts';
import { periodOfFileName } from './delivery-file-names.ts';
import { deliveryReturnSchema, type DeliveryReturnFile } from './delivery-schema.ts';

export interface DeliveryReturn extends DeliveryReturnFile {
  readonly strategyId: string;
  /** The file, relative to the data folder: "delivery/leicester/2024-Q3.json". */
  readonly file: string;
  /** The file name without .json: the URL segment of the period's page ("2024-Q3"). */
  readonly slug: string;
  /** The reporting period the file name stands for. */
  readonly period: Period;
}

/** What the loader needs from the content reader (load.ts's Reader has it). */
export interface DeliveryReader {
  readonly dataDir: string;
  json(file: string): Located | undefined;
  report(...problems: Problem[]): void;
  parsed<T>(result: Validated<T>): T | undefined;
}

/** Every readable return, grouped by strategy folder (in id order), oldest period first. */
export function readDelivery(reader: DeliveryReader): DeliveryReturn[] {
  const root = path.join(reader.dataDir, 'delivery');
  const returns: DeliveryReturn[] = [];
  for (const strategyId of list(root)) {
    const dir = path.join(root, strategyId);
    const relDir = `delivery/${strategyId}`;
    if (!statSync(dir).isDirectory()) continue;
    if (!ID_RE.test(strategyId)) {
      const expected =
        'a folder named by a strategy id: lower-case letters, digits and hyphens, like "leicester-health-care-wellbeing"';
      reader.report(misnamed(relDir, 'a delivery folder', strategyId, expected));
      continue;
    }
    const own: DeliveryReturn[] = [];
    for (const name of list(dir)) {
      const file = `${relDir}/${name}`;
      if (!name.endsWith('.json')) continue;
      const named = periodOfFileName(name);
      if (!named.ok) {
        reader.report(misnamed(file, 'a return file', name, named.expected));
        continue;
      }
      const source = reader.json(file);
      if (!source || source.data === undefined) continue;
      const data = reader.parsed(validate(deliveryReturnSchema, source, file));
      if (!data) continue;
      own.push({ ...data, strategyId, file, slug: named.slug, period: named.period });
    }
    returns.push(...own.sort((a, b) => comparePeriods(a.period, b.period)));
  }
  return returns;
}
