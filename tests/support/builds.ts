/**
 * The site variants the browser tests build, and how to build one: `astro
 * build` (which checks the content first, as `npm run build` does), with the
 * variant's environment. Every variant shares one build cache, emptied when
 * the run starts: `root` builds cold and `again` warm, so the determinism
 * test proves a warm build byte-identical to a cold one.
 */

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the variants are built; TEST_BUILDS_DIR moves it, so that two test runs can share a checkout. */
export const BUILDS_DIR = process.env.TEST_BUILDS_DIR
  ? path.resolve(process.env.TEST_BUILDS_DIR)
  : path.join(REPO_ROOT, '.cache', 'test-builds');
/** The build cache (src/lib/core/build-cache.ts) of a test run: apart from `.cache/build/`, and emptied with the builds. */
export const BUILD_CACHE_DIR = `${BUILDS_DIR}-build-cache`;
const HOSTILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'hostile');
const CONSULTATION = path.join(REPO_ROOT, 'tests', 'fixtures', 'consultation');
const GOOD = path.join(REPO_ROOT, 'tests', 'fixtures', 'good');
/** The real Fingertips export's 10 indicators, imported with the importer (tests/fixtures/fingertips-site/README.md). */
const FINGERTIPS = path.join(REPO_ROOT, 'tests', 'fixtures', 'fingertips-site');
/** The day the consultation fixtures' dates sit around (see tests/fixtures/consultation/). */
export const CONSULTATION_BUILD_DATE = '2026-06-15';
/**
 * One "today" for every variant of a test run, so that builds either side of
 * midnight still agree (the determinism test compares two of them).
 */
const RUN_DATE = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);

export interface BuildVariant {
  /** The path the site is served under: '/' or '/health/'. */
  readonly base: string;
  /** Environment for this variant, on top of the defaults (which are cleared first). */
  readonly env: Readonly<Record<string, string>>;
}

export const BUILDS = {
  /** Built first, with the build cache empty. */
  root: { base: '/', env: {} },
  /** The same input again, every chart, comparison and parsed section read from the cache `root` filled. */
  again: { base: '/', env: {} },
  health: { base: '/health/', env: { BASE_PATH: '/health/' } },
  hostile: {
    base: '/',
    env: { CONTENT_DIR: path.join(HOSTILE, 'content'), DATA_DIR: path.join(HOSTILE, 'data') },
  },
  consultation: {
    base: '/',
    env: {
      CONTENT_DIR: path.join(CONSULTATION, 'content'),
      DATA_DIR: path.join(GOOD, 'data'),
      BUILD_DATE: CONSULTATION_BUILD_DATE,
    },
  },
  fingertips: {
    base: '/',
    env: { CONTENT_DIR: path.join(FINGERTIPS, 'content'), DATA_DIR: path.join(FINGERTIPS, 'data') },
  },
} as const satisfies Record<string, BuildVariant>;

export type BuildName = keyof typeof BUILDS;
export const BUILD_NAMES = Object.keys(BUILDS) as BuildName[];

/** The output folder of one variant. */
export function buildDir(name: BuildName): string {
  return path.join(BUILDS_DIR, name);
}

/** Variables that choose what is built; cleared so that `root` really gets the defaults. */
const SITE_VARIABLES = ['BASE_PATH', 'OUT_DIR', 'CONTENT_DIR', 'DATA_DIR'] as const;

function variantEnv(name: BuildName): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !(SITE_VARIABLES as readonly string[]).includes(key)),
  );
  // Children run on the same Node as vitest (24 under npx), whatever the shell's `node` is.
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ''}`;
  return {
    ...env,
    BUILD_DATE: RUN_DATE,
    ...BUILDS[name].env,
    OUT_DIR: buildDir(name),
    ASTRO_CACHE_DIR: `${BUILDS_DIR}-astro-cache`,
    BUILD_CACHE_DIR,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

function astroBin(): string {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

export class BuildError extends Error {}

const MAX_LINES = 300;

function tail(text: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  if (lines.length <= MAX_LINES) return lines.join('\n');
  return [`... (${lines.length - MAX_LINES} earlier lines in the log file)`, ...lines.slice(-MAX_LINES)].join('\n');
}

/** Builds one variant (checking it first) into a clean folder; returns the time it took in milliseconds. */
export async function buildVariant(name: BuildName): Promise<number> {
  const started = performance.now();
  const out = buildDir(name);
  const log = `${out}.log`;
  await rm(out, { recursive: true, force: true });
  await mkdir(BUILDS_DIR, { recursive: true });
  const env = variantEnv(name);
  const steps: [string, string[]][] = [['astro build', [astroBin(), 'build']]];
  let transcript = '';
  for (const [label, args] of steps) {
    const result = await run(args, env);
    transcript += `$ ${label}\n${result.output}\n`;
    await writeFile(log, transcript);
    if (result.code !== 0) {
      const variables = Object.entries(BUILDS[name].env).map(([k, v]) => `${k}=${v}`);
      throw new BuildError(
        [
          `Build "${name}" failed: \`${label}\` exited with ${String(result.code)}.`,
          `Environment: ${[...variables, `OUT_DIR=${out}`].join(' ')}`,
          `Full log: ${log}`,
          '',
          tail(result.output),
        ].join('\n'),
      );
    }
  }
  return performance.now() - started;
}
