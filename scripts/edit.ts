/**
 * npm run edit [-- --port 4321]
 *
 * Starts the editor: the site's dev server with Keystatic in it
 * (src/editor/), on this machine only (127.0.0.1), and prints the address
 * to open. It edits the files in content/ and data/ (or CONTENT_DIR and
 * DATA_DIR) in place. Stop it with Ctrl+C.
 */

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port ${values.port}: expected a port number, like 4321`);
  process.exit(1);
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// The editor listens on this machine's own address only: it writes files and commits.
const host = '127.0.0.1';
const child = spawn(process.execPath, [astro, 'dev', '--host', host, '--port', String(port), '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, EDIT: '1', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// Say where the editor is once it answers (Astro prints the site's address, not the editor's).
const address = `http://${host}:${port}/keystatic/`;
const deadline = Date.now() + 120_000;
for (;;) {
  const ready = await fetch(`http://${host}:${port}/api/editor/check`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  if (Date.now() > deadline || child.exitCode !== null) process.exit(child.exitCode ?? 1);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.log(`\n  The editor is ready. Open ${address} in your browser.\n  Stop it with Ctrl+C.\n`);
