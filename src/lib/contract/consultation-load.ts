/**
 * Reading a version's consultation.yaml, when it has one, through the same
 * located YAML reading and validation as every other file.
 */

import { consultationFileSchema } from './consultation-schema.ts';
import type { ConsultationFile } from './model.ts';
import type { Problem } from './problems.ts';
import type { Located } from './source.ts';
import { validate, type Validated } from './validate.ts';

/** The file's name in a version folder. */
export const CONSULTATION_FILE = 'consultation.yaml';

/** What the loader needs from the content reader (load.ts's Reader has it). */
export interface ConsultationReader {
  yaml(file: string): Located | undefined;
  report(...problems: Problem[]): void;
  parsed<T>(result: Validated<T>): T | undefined;
}

/** The version folder's consultation.yaml (`dir` relative to the content folder), or undefined when it has none or it is unreadable. */
export function readConsultationFile(reader: ConsultationReader, dir: string): ConsultationFile | undefined {
  const file = `${dir}/${CONSULTATION_FILE}`;
  const source = reader.yaml(file);
  if (!source || source.data === undefined) return undefined;
  const config = reader.parsed(validate(consultationFileSchema, source, file));
  return config && { ...config, file };
}
