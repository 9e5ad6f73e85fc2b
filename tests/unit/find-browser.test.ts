/**
 * How `npm test` finds a browser, or plans to install one, on made-up
 * machines: the file test, os-release, uid and sudo are all given, so nothing
 * is looked up or installed for real.
 */

import { describe, expect, it } from 'vitest';
import { findBrowser, osReleaseValue, requireBrowser, type Machine } from '../support/find-browser.ts';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

interface FakeMachine extends Machine {
  /** Every path the search asked about, in order. */
  readonly asked: string[];
}

/** A Debian root machine with no browser, unless told otherwise. */
function machine(options: Partial<Machine> & { files?: string[]; sudo?: boolean } = {}): FakeMachine {
  const { files = [], sudo, ...rest } = options;
  const asked: string[] = [];
  return {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux',
    osRelease: DEBIAN,
    uid: 0,
    isExecutable: (path) => {
      asked.push(path);
      return files.includes(path);
    },
    sudoWithoutPassword: () => {
      if (sudo === undefined) throw new Error('sudo was asked about, but should not have been');
      return sudo;
    },
    ...rest,
    asked,
  };
}

describe('search order', () => {
  it('takes CHROMIUM_PATH first, without looking anywhere else', () => {
    const m = machine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    });
    expect(findBrowser(m)).toEqual({ kind: 'found', path: '/opt/chrome/chrome', via: 'CHROMIUM_PATH' });
    expect(m.asked).toEqual(['/opt/chrome/chrome']);
  });

  it('on Linux tries the usual places in order, then each PATH folder for each name', () => {
    const m = machine({ env: { PATH: '/home/me/bin:/usr/bin/:' }, osRelease: FEDORA });
    expect(findBrowser(m).kind).toBe('missing');
    expect(m.asked).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/home/me/bin/chromium',
      '/home/me/bin/chromium-browser',
      '/home/me/bin/google-chrome',
      '/home/me/bin/google-chrome-stable',
      // /usr/bin/ on PATH adds nothing new; the empty entry (the current folder) is skipped.
    ]);
  });

  it('stops at the first place that has one', () => {
    const m = machine({ files: ['/snap/bin/chromium', '/usr/bin/google-chrome'] });
    expect(findBrowser(m)).toEqual({ kind: 'found', path: '/usr/bin/google-chrome', via: 'usual place' });
    expect(m.asked).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
  });

  it('finds one on PATH after the usual places', () => {
    const m = machine({ env: { PATH: '/nix/profile/bin' }, files: ['/nix/profile/bin/google-chrome-stable'] });
    expect(findBrowser(m)).toEqual({ kind: 'found', path: '/nix/profile/bin/google-chrome-stable', via: 'PATH' });
  });

  it('on macOS tries the apps in /Applications, then PATH', () => {
    const m = machine({ platform: 'darwin', osRelease: '', uid: 501, env: { PATH: '/opt/homebrew/bin' } });
    findBrowser(m);
    expect(m.asked.slice(0, 3)).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/opt/homebrew/bin/chromium',
    ]);
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    const m = machine({ env: { CHROMIUM_PATH: '' }, files: ['/usr/bin/chromium'] });
    expect(findBrowser(m)).toEqual({ kind: 'found', path: '/usr/bin/chromium', via: 'usual place' });
  });
});

describe('CHROMIUM_PATH naming no executable', () => {
  it('is an error, not a fall-back to another browser or an install', () => {
    const m = machine({ env: { CHROMIUM_PATH: '/opt/chrom' }, files: ['/usr/bin/chromium'] });
    const plan = findBrowser(m);
    expect(m.asked).toEqual(['/opt/chrom']);
    expect(plan.kind === 'missing' && plan.message).toMatchInlineSnapshot(`
      "CHROMIUM_PATH is /opt/chrom, which is not an executable file.
      Point it at a Chromium or Chrome executable, or unset it to let npm test look in the usual places."
    `);
  });

  it('on macOS says to point inside the app', () => {
    const m = machine({ platform: 'darwin', env: { CHROMIUM_PATH: '/Applications/Google Chrome.app' } });
    const plan = findBrowser(m);
    expect(plan.kind === 'missing' && plan.message).toMatchInlineSnapshot(`
      "CHROMIUM_PATH is /Applications/Google Chrome.app, which is not an executable file.
      That is a macOS app; point it at the program inside: /Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
    `);
  });
});

describe('no browser anywhere', () => {
  it('installs Debian chromium with apt-get when root on Debian, without asking sudo', () => {
    const plan = findBrowser(machine());
    expect(plan).toEqual({
      kind: 'install',
      commands: [
        ['apt-get', 'update'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'],
      ],
      announce:
        "No Chromium or Chrome found for the browser tests; installing Debian's chromium: apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    });
  });

  it('installs through sudo -n on Ubuntu (ID_LIKE=debian) when sudo needs no password', () => {
    const plan = findBrowser(machine({ osRelease: UBUNTU, uid: 1000, sudo: true }));
    expect(plan.kind === 'install' && plan.commands).toEqual([
      ['sudo', '-n', 'apt-get', 'update'],
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'],
    ]);
  });

  it('says what to run on Debian when sudo needs a password', () => {
    const plan = findBrowser(machine({ uid: 1000, sudo: false }));
    expect(plan.kind === 'missing' && plan.message).toMatchInlineSnapshot(`
      "No Chromium or Chrome found for the browser tests. Install Debian's chromium: sudo apt-get update && sudo apt-get install -y chromium
      Or point CHROMIUM_PATH at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chromium npm test
      Looked for CHROMIUM_PATH, then /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable, /snap/bin/chromium, then chromium, chromium-browser, google-chrome, google-chrome-stable on PATH."
    `);
  });

  it('says what to install on macOS, and never asks sudo there', () => {
    const plan = findBrowser(machine({ platform: 'darwin', osRelease: '', uid: 501 }));
    expect(plan.kind === 'missing' && plan.message).toMatchInlineSnapshot(`
      "No Chromium or Chrome found for the browser tests. Install Google Chrome: brew install --cask google-chrome (or download it from https://www.google.com/chrome/)
      Or point CHROMIUM_PATH at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chromium npm test
      Looked for CHROMIUM_PATH, then /Applications/Google Chrome.app/Contents/MacOS/Google Chrome, /Applications/Chromium.app/Contents/MacOS/Chromium, then chromium, chromium-browser, google-chrome, google-chrome-stable on PATH."
    `);
  });

  it('says what to install on a Linux that is not Debian, even as root', () => {
    const plan = findBrowser(machine({ osRelease: FEDORA }));
    expect(plan.kind === 'missing' && plan.message.split('\n')[0]).toMatchInlineSnapshot(
      `"No Chromium or Chrome found for the browser tests. Install Chromium with your package manager (the package is usually chromium, e.g. sudo dnf install chromium)"`,
    );
  });

  it('asks for CHROMIUM_PATH where it does not look (Windows)', () => {
    const plan = findBrowser(machine({ platform: 'win32', osRelease: '', uid: undefined }));
    expect(plan.kind === 'missing' && plan.message).toMatchInlineSnapshot(`
      "No Chromium or Chrome found for the browser tests. On Windows, npm test does not look for one: set CHROMIUM_PATH to a Chromium or Chrome executable.
      For example: CHROMIUM_PATH=/path/to/chrome npm test"
    `);
  });

  it('in the tests themselves is an error that says npm test installs it', () => {
    expect(() => requireBrowser(machine())).toThrowErrorMatchingInlineSnapshot(`
      [Error: No Chromium or Chrome found for the browser tests. \`npm test\` installs Debian's chromium on this machine before it runs them:
      apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
      Or point CHROMIUM_PATH at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chromium npm test]
    `);
  });
});

describe('os-release', () => {
  it('reads plain, double- and single-quoted values', () => {
    const text = 'ID=linuxmint\nID_LIKE="ubuntu debian"\nNAME=\'Mint\'\n';
    expect(osReleaseValue(text, 'ID')).toBe('linuxmint');
    expect(osReleaseValue(text, 'ID_LIKE')).toBe('ubuntu debian');
    expect(osReleaseValue(text, 'NAME')).toBe('Mint');
    expect(osReleaseValue(text, 'VERSION_ID')).toBe('');
  });

  it('counts a derivative of a derivative as Debian (ID_LIKE="ubuntu debian")', () => {
    const plan = findBrowser(machine({ osRelease: 'ID=linuxmint\nID_LIKE="ubuntu debian"\n' }));
    expect(plan.kind).toBe('install');
  });
});
