/**
 * Where the browser tests find Chromium or Chrome, and what to do when there
 * is none: the one search order used by `npm test` (scripts/ensure-browser.ts,
 * which may install Debian's chromium), the browser tests
 * (tests/support/browser.ts) and the Lighthouse part of the bench.
 *
 * `findBrowser` is pure: it is given the machine (environment, platform, a
 * file test, /etc/os-release, uid, whether sudo works without a password) so
 * its unit test can play any machine without installing anything.
 */

import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';

export interface Machine {
  /** The environment: CHROMIUM_PATH and PATH are read. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** True when the path names an executable file. */
  readonly isExecutable: (path: string) => boolean;
  /** The text of /etc/os-release, or '' where there is none. */
  readonly osRelease: string;
  /** process.getuid(); undefined where there is none (Windows). */
  readonly uid: number | undefined;
  /** Whether `sudo -n true` succeeds. Asked only when a browser must be installed, since it runs sudo. */
  readonly sudoWithoutPassword: () => boolean;
}

export type BrowserPlan =
  /** `via` says which rule found it, for the line `npm test` prints. */
  | { readonly kind: 'found'; readonly path: string; readonly via: 'CHROMIUM_PATH' | 'usual place' | 'PATH' }
  /** Commands to run one after another (argv), and the line to print before them. */
  | { readonly kind: 'install'; readonly commands: readonly (readonly string[])[]; readonly announce: string }
  /** Nothing found and nothing this machine can install unasked: what the reader should do. */
  | { readonly kind: 'missing'; readonly message: string };

/** Where each platform's installers put the browser, in the order they are tried. */
export const USUAL_PLACES: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** Names looked up on PATH after the usual places. */
export const PATH_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const APT_UPDATE = ['apt-get', 'update'] as const;
const APT_INSTALL = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'] as const;
export const POINT_AT_ONE =
  'Or point CHROMIUM_PATH at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chromium npm test';

/** Every path tried after CHROMIUM_PATH, in order, without repeats. */
function candidates(machine: Pick<Machine, 'env' | 'platform'>): string[] {
  const places = USUAL_PLACES[machine.platform] ?? [];
  // PATH is searched only where the names above mean something (Windows would need .exe).
  const dirs = machine.platform in USUAL_PLACES ? (machine.env.PATH ?? '').split(':').filter((dir) => dir !== '') : [];
  const onPath = dirs.flatMap((dir) => PATH_NAMES.map((name) => `${dir.replace(/\/+$/, '')}/${name}`));
  return [...new Set([...places, ...onPath])];
}

/**
 * Finds the browser: CHROMIUM_PATH when set, else the platform's usual
 * places, else the names on PATH. A CHROMIUM_PATH that names no executable is
 * an error, not a reason to look elsewhere: whoever set it meant that browser,
 * and testing with another one (or installing one) would hide their mistake.
 */
export function findBrowser(machine: Machine): BrowserPlan {
  const chosen = machine.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (machine.isExecutable(chosen)) return { kind: 'found', path: chosen, via: 'CHROMIUM_PATH' };
    return { kind: 'missing', message: badChromiumPath(chosen) };
  }
  const places = new Set(USUAL_PLACES[machine.platform] ?? []);
  for (const path of candidates(machine)) {
    if (machine.isExecutable(path)) return { kind: 'found', path, via: places.has(path) ? 'usual place' : 'PATH' };
  }
  const sudo = installPrefix(machine);
  if (sudo === undefined) return { kind: 'missing', message: missingMessage(machine) };
  const commands = [
    [...sudo, ...APT_UPDATE],
    [...sudo, ...APT_INSTALL],
  ];
  return {
    kind: 'install',
    commands,
    announce: `No Chromium or Chrome found for the browser tests; installing Debian's chromium: ${shellLine(commands)}`,
  };
}

/** What apt-get needs in front of it here: nothing as root, `sudo -n` with passwordless sudo; undefined when it cannot run unasked. */
function installPrefix(machine: Machine): string[] | undefined {
  if (!isDebianLike(machine)) return undefined;
  if (machine.uid === 0) return [];
  return machine.sudoWithoutPassword() ? ['sudo', '-n'] : undefined;
}

/** Commands as one line a reader can copy. */
export function shellLine(commands: readonly (readonly string[])[]): string {
  return commands.map((argv) => argv.join(' ')).join(' && ');
}

/** True on Debian and its derivatives (Ubuntu, ...), by ID or ID_LIKE in /etc/os-release. */
function isDebianLike(machine: Machine): boolean {
  if (machine.platform !== 'linux') return false;
  const ids = ['ID', 'ID_LIKE'].flatMap((key) => osReleaseValue(machine.osRelease, key).split(/\s+/));
  return ids.includes('debian') || ids.includes('ubuntu');
}

/** A value from os-release text (`KEY=value`, `KEY="value"` or `KEY='value'`), '' when absent. */
export function osReleaseValue(text: string, key: string): string {
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] === key) return (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
  }
  return '';
}

function badChromiumPath(chosen: string): string {
  const app = /([^/]+)\.app\/?$/.exec(chosen);
  const fix = app
    ? `That is a macOS app; point it at the program inside: ${chosen.replace(/\/$/, '')}/Contents/MacOS/${app[1]}`
    : 'Point it at a Chromium or Chrome executable, or unset it to let npm test look in the usual places.';
  return `CHROMIUM_PATH is ${chosen}, which is not an executable file.\n${fix}`;
}

function missingMessage(machine: Machine): string {
  const first = 'No Chromium or Chrome found for the browser tests.';
  const lookedIn = `Looked for CHROMIUM_PATH, then ${candidatesSummary(machine)}.`;
  switch (machine.platform) {
    case 'linux':
      return [
        isDebianLike(machine)
          ? `${first} Install Debian's chromium: sudo apt-get update && sudo apt-get install -y chromium`
          : `${first} Install Chromium with your package manager (the package is usually chromium, e.g. sudo dnf install chromium)`,
        POINT_AT_ONE,
        lookedIn,
      ].join('\n');
    case 'darwin':
      return [
        `${first} Install Google Chrome: brew install --cask google-chrome (or download it from https://www.google.com/chrome/)`,
        POINT_AT_ONE,
        lookedIn,
      ].join('\n');
    default:
      return [
        `${first} On ${machine.platform === 'win32' ? 'Windows' : machine.platform}, npm test does not look for one: set CHROMIUM_PATH to a Chromium or Chrome executable.`,
        'For example: CHROMIUM_PATH=/path/to/chrome npm test',
      ].join('\n');
  }
}

function candidatesSummary(machine: Machine): string {
  const places = USUAL_PLACES[machine.platform] ?? [];
  return `${places.join(', ')}, then ${PATH_NAMES.join(', ')} on PATH`;
}

/** This machine, for findBrowser. */
export function thisMachine(): Machine {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    osRelease: readOrEmpty('/etc/os-release') || readOrEmpty('/usr/lib/os-release'),
    uid: process.getuid?.(),
    sudoWithoutPassword: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The browser's path, or an error saying what to do. For the tests
 * themselves, which never install: `npm test` has done that before they run.
 */
export function requireBrowser(machine: Machine = thisMachine()): string {
  const plan = findBrowser(machine);
  switch (plan.kind) {
    case 'found':
      return plan.path;
    case 'missing':
      throw new Error(plan.message);
    case 'install':
      throw new Error(
        [
          "No Chromium or Chrome found for the browser tests. `npm test` installs Debian's chromium on this machine before it runs them:",
          shellLine(plan.commands),
          POINT_AT_ONE,
        ].join('\n'),
      );
  }
}
