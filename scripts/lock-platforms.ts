/**
 * `npm run lock:platforms`: the registry these machines use lacks some
 * platform builds of the Astro compiler (darwin, windows, arm64, wasm), so
 * `npm install` leaves them out of package-lock.json, and `npm ci` then
 * refuses the lock file as out of sync. This adds a lock entry, with its
 * `os`/`cpu`/`libc`, for every optional dependency the lock names but lacks;
 * npm ci skips each one as not for this platform, so nothing is fetched.
 * Run it after every `npm install` that changes the lock file.
 */

import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  license?: string;
  optionalDependencies?: Record<string, string>;
}

const FILE = 'package-lock.json';
const PLATFORM =
  /[-/](android|darwin|linux|win32|windows|freebsd|wasm32)-?(arm64|x64|ia32|arm|wasi)?(?:-(gnu|musl|msvc|gnueabihf))?$/;
/** Names some packages give their platforms, as Node calls them. */
const OS_NAMES: Readonly<Record<string, string>> = { windows: 'win32' };

const lock = JSON.parse(readFileSync(FILE, 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;
const added: string[] = [];

for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (packages[target]) continue;
    const match = PLATFORM.exec(name);
    if (!match) {
      console.error(`${key}: optional dependency ${name} is missing from the lock file and is not a platform build.`);
      process.exitCode = 1;
      continue;
    }
    const [, os, cpu, libc] = match;
    const wasm = os === 'wasm32';
    packages[target] = {
      version,
      cpu: [wasm ? 'wasm32' : (cpu ?? 'x64')],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc === 'gnu' || libc === 'musl' ? { libc: [libc === 'gnu' ? 'glibc' : 'musl'] } : {}),
      optional: true,
      ...(wasm ? {} : { os: [OS_NAMES[os ?? ''] ?? os ?? ''] }),
    };
    added.push(name);
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(FILE, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(
  added.length
    ? `Added ${added.length} platform entries: ${added.join(', ')}`
    : 'The lock file already lists every platform build.',
);
