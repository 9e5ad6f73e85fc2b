/**
 * The loaded content: what the files say, after validation, in the shapes
 * that pages and scripts use. Built by load.ts; checked by checks.ts.
 */

import type { BreakdownChoice, GapChoice } from './breakdowns.ts';
import type { ConsultationFileConfig } from './consultation-schema.ts';
import type { DeliveryReturn } from './delivery-load.ts';
import type { ComponentUse } from '../mdx/parse.ts';
import type { Place } from './problems.ts';
import type {
  Area,
  Indicator,
  SectionFrontMatter,
  SiteConfig,
  StrategyConfig,
  UpdateFrontMatter,
  VersionConfig,
} from './schemas.ts';

export interface TargetUse {
  readonly indicator: string;
  readonly value: number;
  readonly baseline: number | undefined;
  /** The baseline's period, as written (undefined: the earliest period in the series). */
  readonly since: string | undefined;
  /** The period by which `value` should be reached. */
  readonly by: string;
  /** The area the target is for, as written (undefined: the strategy's area). */
  readonly area: string | undefined;
  /** The breakdown the target is for (`sex`, `age`, `category`, `categoryType`); undefined: the headline. */
  readonly breakdown?: BreakdownChoice | undefined;
  /** A promise about the gap between two categories (`between` and `and`), rather than one value. */
  readonly gap?: GapChoice | undefined;
  /** The sentence inside the component. */
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Where each attribute is written, so a problem can point at `baseline` itself. */
  readonly places: Readonly<Record<string, Place>>;
}

export interface MeasureUse {
  readonly indicator: string;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly places: Readonly<Record<string, Place>>;
}

export interface Section {
  /** Matches the section across versions. */
  readonly id: string;
  /** The NN prefix of the file name. */
  readonly order: number;
  /** Path relative to the content folder. */
  readonly file: string;
  /** Absolute path, for the renderer. */
  readonly path: string;
  readonly title: string;
  readonly kind: SectionFrontMatter['kind'];
  readonly signatories: SectionFrontMatter['signatories'];
  /** The MDX body, front matter blanked out (line numbers stay true to the file). */
  readonly body: string;
  readonly components: readonly ComponentUse[];
  readonly targets: readonly TargetUse[];
  readonly measures: readonly MeasureUse[];
}

export interface Version {
  /** The folder name: "7.1", "8.0". Always a string. */
  readonly id: string;
  readonly strategyId: string;
  /** Path of the folder relative to the content folder. */
  readonly dir: string;
  readonly date: string;
  readonly status: VersionConfig['status'];
  readonly note?: string | undefined;
  readonly updated?: string | undefined;
  /** In the order of their NN prefixes. */
  readonly sections: readonly Section[];
  /** What people said about this version when it was consulted on, and what was done (consultation.yaml). */
  readonly consultation?: ConsultationFile | undefined;
}

/** A version's consultation.yaml, read and validated. */
export interface ConsultationFile extends ConsultationFileConfig {
  /** Path relative to the content folder. */
  readonly file: string;
}

export interface Strategy extends StrategyConfig {
  readonly id: string;
  /** Oldest first, ordered as version numbers (7.9, 7.10, 8.0). */
  readonly versions: readonly Version[];
}

export interface Update extends UpdateFrontMatter {
  /** The file name without .mdx: "2026-11-02-consultation-opens". */
  readonly id: string;
  readonly date: string;
  readonly file: string;
  readonly path: string;
  readonly body: string;
}

export interface Content {
  readonly contentDir: string;
  readonly dataDir: string;
  readonly site: SiteConfig;
  /** Ordered by id. */
  readonly strategies: readonly Strategy[];
  readonly areas: readonly Area[];
  /** Ordered by id. */
  readonly indicators: readonly Indicator[];
  /** Newest first. */
  readonly updates: readonly Update[];
  /** Delivery returns (data/delivery/), by strategy id, then oldest period first. */
  readonly delivery: readonly DeliveryReturn[];
  /**
   * Ids of every strategy folder and indicator file present, readable or not,
   * so that a reference to a file with its own problems is not also reported
   * as a reference to nothing.
   */
  readonly present: {
    readonly strategies: ReadonlySet<string>;
    readonly indicators: ReadonlySet<string>;
    /** Undefined when areas.json could not be read at all: area references are then not judged. */
    readonly areas: ReadonlySet<string> | undefined;
  };
  /** Where a field is written in a file (path relative to its folder), for problems found across files. */
  locate(file: string, path: readonly PropertyKey[]): Place;
  /** A file's YAML or JSON as written (before validation), or undefined when it could not be read. */
  dataOf(file: string): unknown;
}
