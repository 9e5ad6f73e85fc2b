/**
 * `npm run edit` driven as a comms officer would drive it, in Chromium, on a
 * copy of the example content kept in a git repository of its own (with a
 * bare "council's repository" to publish to): create an update, edit a
 * sentence of a section, change a target's value in its form (and see the
 * check's problem in the editor and the preview), change a version's status,
 * date and note, start a new version, add a figure to an indicator, add a
 * response channel to a consultation, edit the site settings, and publish.
 * After each step the files on disk say what the author changed and nothing
 * else.
 *
 * Also: Keystatic's own serialiser, run in the page on every example section
 * and update, rewrites them; through the faithful save they come back
 * byte for byte. And the public build has no editor in it.
 */

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveMdx, forEditor, splitMdx } from '../../src/editor/save-mdx.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildDir, REPO_ROOT } from '../support/builds.ts';
import { envOutsideVitest, freePort } from '../support/ports.ts';

const work = mkdtempSync(path.join(tmpdir(), 'editor-test-'));
const remote = path.join(work, 'council.git');
const repo = path.join(work, 'site');
const contentDir = path.join(repo, 'content');
const dataDir = path.join(repo, 'data');
let server: ChildProcess | undefined;
let output = '';
let origin = '';
let browser: Browser;
let page: Page;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

/** Files changed since the last commit, relative to the repository. */
function changed(): string[] {
  return git('status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();
}

/** The lines a file gained and lost since the last commit. */
function diffLines(file: string): { added: string[]; removed: string[] } {
  const diff = git('diff', '--unified=0', '--', file).split('\n');
  return {
    added: diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    removed: diff.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
  };
}

const preview = (): FrameLocator => page.frameLocator('iframe[title="Preview of the page"]');

async function open(location: string): Promise<void> {
  await page.goto(`${origin}${location}`);
  // Keystatic shows the form once it has read the file.
  await page
    .getByRole('button', { name: 'Save' })
    .or(page.getByRole('button', { name: 'Create' }))
    .waitFor({ timeout: 90_000 });
}

/** How many times the check has run since the editor started. */
async function checkGeneration(): Promise<number> {
  const state = (await (await fetch(`${origin}/api/editor/check`)).json()) as { generation: number };
  return state.generation;
}

/**
 * Saves, and waits until the file is written (Keystatic's update request has
 * been answered) and the check has run on it: on a busy machine, reading the
 * file any sooner can catch it half written.
 */
async function save(): Promise<void> {
  const before = await checkGeneration();
  const written = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/keystatic/update',
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await written).status()).toBe(200);
  await expect.poll(checkGeneration, { timeout: 30_000 }).toBeGreaterThan(before);
}

/**
 * The preview's text. The dev server reloads it after each check; a new file
 * can reach Astro's content store a moment after that, so this reloads it
 * too, as a person would press reload.
 */
async function previewText(selector: string): Promise<string> {
  await page
    .locator('iframe[title="Preview of the page"]')
    .evaluate((frame: HTMLIFrameElement) => frame.contentWindow?.location.reload());
  await page.waitForTimeout(1000);
  return preview().locator(selector).innerText({ timeout: 30_000 });
}

async function verdict(): Promise<string> {
  return page.locator('[role="status"]').first().innerText();
}

beforeAll(async () => {
  // The council's repository, and the clone the editor works in.
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  mkdirSync(repo);
  cpSync(path.join(REPO_ROOT, 'content'), contentDir, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'data'), dataDir, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'public'), path.join(repo, 'public'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'Example content');
  git('remote', 'add', 'origin', remote);
  git('push', '--quiet', 'origin', 'main');

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/edit.ts'), '--port', String(port)], {
    cwd: REPO_ROOT,
    env: envOutsideVitest({
      CONTENT_DIR: contentDir,
      DATA_DIR: dataDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      NO_COLOR: '1',
      EDITOR_GIT_HOST: 'git',
      EDITOR_AUTHOR: 'Comms Officer <comms@example.org>',
      ...IDENTITY,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.on('exit', (code, signal) => (output += `\n[npm run edit exited: ${code ?? signal}]`));
  const deadline = Date.now() + 120_000;
  while (!output.includes('The editor is ready')) {
    if (Date.now() > deadline || output.includes('[npm run edit exited'))
      throw new Error(`npm run edit did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  // Keystatic asks before leaving a page with unsaved changes; a person would say yes.
  page.on('dialog', (dialog) => void dialog.accept());
});

// When a step fails, say what the editor was showing: Vite's error overlay, if it covered the page, and the
// end of the editor's own output. (Once, under heavy load, an overlay stopped a click; its text was lost.)
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || !page) return;
  const overlay = await page
    .evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '')
    .catch(() => '');
  console.log(
    `[editor] after the failed step: ${overlay ? `Vite's overlay says: ${overlay.slice(0, 2000)}` : 'no Vite overlay'}`,
  );
  console.log(`[editor] the editor's last output:\n${output.slice(-3000)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run edit', () => {
  it('prints its address and listens on this machine only', async () => {
    expect(output).toContain(`Open ${origin}/keystatic/ in your browser.`);
    expect((await fetch(`${origin}/api/editor/check`)).status).toBe(200);
    expect(output).toContain(`Local    ${origin}/`);
    expect(output).not.toMatch(/Network\s+http/);
    // Linux lists listening sockets in /proc: this port's are on 127.0.0.1 only (no connection is made to check).
    const port = Number(new URL(origin).port).toString(16).toUpperCase().padStart(4, '0');
    const tables = ['/proc/net/tcp', '/proc/net/tcp6'].filter((table) => existsSync(table));
    const listening = tables.flatMap((table) =>
      readFileSync(table, 'utf8')
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[1]?.endsWith(`:${port}`) && cols[3] === '0A')
        .map((cols) => cols[1]?.split(':')[0]),
    );
    if (tables.length > 0) expect(listening.length).toBeGreaterThan(0);
    for (const address of listening) expect(['0100007F', '0000000000000000FFFF00000100007F']).toContain(address);
  });

  it("keeps every example section and update as it is when Keystatic's serialiser writes it again", async () => {
    await open('/keystatic/collection/updates/create');
    const files = [
      ...listFiles(path.join(contentDir, 'strategies')).filter((f) => f.endsWith('.mdx')),
      ...listFiles(path.join(contentDir, 'updates')),
    ];
    const inputs = files.map((file) => ({ file, body: splitMdx(forEditor(readFileSync(file, 'utf8'))).body }));
    // Keystatic's MDX field, as the editor configures it, parses and serialises each body in the page.
    // (A string, so that vitest leaves its import() alone: it runs in the page, through the editor's dev server.)
    const written = (await page.evaluate(`(async (bodies) => {
      const { keystaticConfig } = await import('/src/editor/keystatic-config.ts');
      const settings = (await import('/@id/__x00__virtual:strategy-editor-settings')).default;
      const field = keystaticConfig(settings).collections.sections.schema.body;
      return bodies.map(({ file, body }) => {
        const value = field.parse(null, { content: new TextEncoder().encode(body), other: new Map(), external: new Map(), slug: 'x' });
        return { file, body: new TextDecoder().decode(field.serialize(value, { slug: 'x' }).content) };
      });
    })(${JSON.stringify(inputs)})`)) as { file: string; body: string }[];
    let rewrittenByKeystatic = 0;
    const notKept: string[] = [];
    for (const { file, body } of written) {
      const before = readFileSync(file, 'utf8');
      const { front } = splitMdx(before);
      const after = `---\n${front ?? ''}---\n${body}`;
      if (after !== before) rewrittenByKeystatic++;
      if (saveMdx(before, after, []) !== before) notKept.push(path.relative(repo, file));
    }
    console.log(
      `[editor] Keystatic's serialiser rewrites ${rewrittenByKeystatic} of ${files.length} example MDX files; the faithful save keeps all but ${notKept.length}.`,
    );
    expect(files.length).toBeGreaterThan(40);
    expect(rewrittenByKeystatic).toBeGreaterThan(0);
    expect(notKept).toEqual([]);
  });

  it('creates an update through the form', async () => {
    await open('/keystatic/collection/updates/create');
    await page.getByRole('textbox', { name: 'Title' }).fill('New clinic opens in Medway');
    await page.getByRole('textbox', { name: 'Summary' }).fill('A clinic for people with long-term conditions.');
    await page.locator('#editor-main [contenteditable="true"]').first().click();
    await page.keyboard.type('The clinic opens on 1 December. You can book from today.');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/item\//);
    const slug = decodeURIComponent(page.url().split('/item/')[1] ?? '');
    expect(slug).toMatch(/^\d{4}-\d{2}-\d{2}-new-clinic-opens-in-medway$/);
    const file = path.join(contentDir, 'updates', `${slug}.mdx`);
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: New clinic opens in Medway\nsummary: A clinic for people with long-term conditions.\n---\n\n' +
        'The clinic opens on 1 December. You can book from today.\n',
    );
    await expect.poll(() => previewText('main'), { timeout: 60_000 }).toContain('You can book from today.');
    expect(await preview().locator('h1').innerText()).toBe('New clinic opens in Medway');
    expect(await verdict()).toContain('No problems');
  });

  const section = 'kent-medway-integrated-care/8.0/06-healthy-living';
  const sectionFile = `content/strategies/${section}.mdx`;

  it("edits a section's sentence, and only that line changes", async () => {
    await open(`/keystatic/collection/sections/item/${encodeURIComponent(section)}`);
    const paragraph = page.locator('#editor-main [contenteditable="true"] p', { hasText: 'Pat now goes' });
    await paragraph.click({ clickCount: 3 });
    await page.keyboard.type('Pat now goes to a walking group twice a week. She feels safer and more confident.');
    await save();
    expect(diffLines(sectionFile)).toEqual({
      removed: [
        'Pat now goes to a weekly walking group. She says she feels safer and more confident than she did before her fall.',
      ],
      added: ['Pat now goes to a walking group twice a week. She feels safer and more confident.'],
    });
    await expect.poll(() => preview().locator('main').innerText(), { timeout: 30_000 }).toContain('twice a week');
  });

  it("changes a target's value in its form: the check shows the problem in the editor and the preview until the sentence agrees", async () => {
    const target = page.locator('[data-component="Target"]').first();
    await target.locator('xpath=ancestor::*[.//button][1]').getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The value promised, as the sentence states it.').waitFor();
    await dialog.getByRole('textbox', { name: 'Target value' }).fill('19');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await save();
    const opening = '<Target indicator="physical-inactivity" baseline={22.3} since="2021/22"';
    expect(diffLines(sectionFile).added).toContain(`${opening} value={19} by="2028">`);
    // In the editor: the verdict, the problem in words, and the Target block marked.
    await expect.poll(verdict, { timeout: 30_000 }).toContain('1 problem: nothing can be published until it is fixed');
    const problems = page.locator('.app-editor__problems');
    await expect(problems.innerText()).resolves.toContain(
      'Target value: the check found a sentence that states 22.3% and 20%, not 19%',
    );
    await expect.poll(() => page.locator('[data-component="Target"][data-editor-problem]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Publish changes' }).isDisabled()).toBe(true);
    // In the preview: the check's problems instead of the page.
    await expect.poll(() => preview().locator('h1').innerText(), { timeout: 30_000 }).toBe('The content has 1 problem');
    await expect(preview().locator('main').innerText()).resolves.toMatch(
      /Target\.value(, [^:]+)?: found a sentence that states 22\.3% and 20%, not 19%/,
    );

    // The editor itself stays the editor while there are problems (it shows them itself).
    await page.reload();
    await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 60_000 });
    await expect.poll(verdict, { timeout: 30_000 }).toContain('1 problem');

    // The sentence is made to agree; the problem goes.
    const sentence = page.locator('#editor-main [contenteditable="true"] p', {
      hasText: 'physically inactive will have fallen',
    });
    await sentence.click({ clickCount: 3 });
    await page.keyboard.type(
      'By 2028, the share of adults in Kent and Medway who are physically inactive will have fallen from 22.3% to 19%.',
    );
    await save();
    await expect.poll(verdict, { timeout: 30_000 }).toContain('No problems');
    await expect.poll(() => page.locator('[data-editor-problem]').count()).toBe(0);
    expect(diffLines(sectionFile).added).toEqual([
      'Pat now goes to a walking group twice a week. She feels safer and more confident.',
      `${opening} value={19} by="2028">`,
      'By 2028, the share of adults in Kent and Medway who are physically inactive will have fallen from 22.3% to 19%.',
    ]);
    await expect.poll(() => preview().locator('main').innerText(), { timeout: 30_000 }).toContain('22.3% to 19%');
  });

  it("changes a version's status, date and note", async () => {
    const file = 'content/strategies/kent-medway-integrated-care/7.1/version.yaml';
    await open(`/keystatic/collection/versions/item/${encodeURIComponent('kent-medway-integrated-care/7.1')}`);
    await page.getByRole('button', { name: /Status/ }).click();
    await page.getByRole('option', { name: 'withdrawn' }).click();
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2023-10-20');
    await page.getByRole('textbox', { name: 'Note' }).fill('The draft shared in October 2023, withdrawn.');
    await save();
    // The note keeps its folded style; the lines around the changes are as they were.
    expect(readFileSync(path.join(repo, file), 'utf8')).toBe(
      'date: 2023-10-20\nstatus: withdrawn\nnote: >-\n  The draft shared in October 2023, withdrawn.\n',
    );
    await expect.poll(verdict, { timeout: 30_000 }).toContain('No problems');
  });

  it('starts a new version, as npm run new-version does', async () => {
    await page.getByRole('combobox', { name: 'Strategy' }).selectOption('kent-medway-integrated-care');
    await page.getByRole('textbox', { name: 'New version number' }).fill('8.1');
    await page.getByRole('button', { name: 'Start version' }).click();
    await page.waitForURL(/versions\/item\/kent-medway-integrated-care%2F8\.1/);
    const dir = path.join(contentDir, 'strategies/kent-medway-integrated-care/8.1');
    expect(readdirSync(dir).sort()).toEqual(
      readdirSync(path.join(contentDir, 'strategies/kent-medway-integrated-care/8.0')).sort(),
    );
    expect(readFileSync(path.join(dir, 'version.yaml'), 'utf8')).toMatch(
      /^date: \d{4}-\d{2}-\d{2}\nstatus: draft\nnote: >-\n {2}A draft based on version 8\.0\.\n$/,
    );
    await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 60_000 });
    await expect.poll(verdict, { timeout: 30_000 }).toContain('No problems');
  });

  it('adds a figure to an indicator, written like its neighbours', async () => {
    const file = 'data/indicators/active-travel.json';
    await open('/keystatic/collection/indicators/item/active-travel');
    const series = page.getByRole('group', { name: 'Series' });
    await series.getByRole('button', { name: 'Add' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Period' }).fill('2023/24');
    await dialog.getByRole('textbox', { name: 'Area' }).fill('E09000033');
    await dialog.getByRole('textbox', { name: 'Value' }).fill('55.1');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await save();
    const { added, removed } = diffLines(file);
    expect(removed).toEqual([]);
    expect(added.join('\n')).toBe(
      ['    },', '    {', '      "period": "2023/24",', '      "area": "E09000033",', '      "value": 55.1'].join('\n'),
    );
    expect(JSON.parse(readFileSync(path.join(repo, file), 'utf8')).series.at(-1)).toEqual({
      period: '2023/24',
      area: 'E09000033',
      value: 55.1,
    });
    await expect.poll(verdict, { timeout: 30_000 }).toContain('No problems');
    await expect.poll(() => preview().locator('main').innerText(), { timeout: 60_000 }).toContain('2023/24');
  });

  it('adds a response channel to what a consultation heard, written like the others', async () => {
    const file = 'content/strategies/kent-medway-integrated-care/7.1/consultation.yaml';
    await open(`/keystatic/collection/consultations/item/${encodeURIComponent('kent-medway-integrated-care/7.1')}`);
    const responses = page.getByRole('group', { name: 'Responses' });
    await responses.getByRole('button', { name: 'Add' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('How people responded: "Online survey", "Events", "Emails and letters".').waitFor();
    await dialog.getByRole('textbox', { name: 'Channel' }).fill('Phone calls to the helpline');
    await dialog.getByRole('textbox', { name: 'Count' }).fill('12');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await save();
    expect(diffLines(file)).toEqual({
      added: ['  - { channel: Phone calls to the helpline, count: 12 }'],
      removed: [],
    });
    await expect.poll(verdict, { timeout: 30_000 }).toContain('No problems');
    await expect
      .poll(() => preview().locator('main').innerText(), { timeout: 60_000 })
      .toContain('Phone calls to the helpline');
  });

  it('edits the site settings, with a problem shown on its field first', async () => {
    await open('/keystatic/singleton/site');
    const colour = page.getByRole('textbox', { name: 'Colour' });
    await colour.fill('#ffdd00');
    await save();
    await expect.poll(verdict, { timeout: 30_000 }).toContain('1 problem');
    await expect(page.locator('.app-editor__problems').innerText()).resolves.toContain(
      'Colour: the check found #ffdd00',
    );
    await expect.poll(() => colour.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-editor-problem]').count()).toBe(1);
    await colour.fill('#005a70');
    await page.getByRole('textbox', { name: 'Name' }).first().fill('Kent and Medway Health Partnership');
    await save();
    expect(diffLines('content/site.yaml')).toEqual({
      removed: ['name: Health and Wellbeing Partnership'],
      added: ['name: Kent and Medway Health Partnership'],
    });
    await expect
      .poll(() => preview().locator('header').innerText(), { timeout: 30_000 })
      .toContain('Kent and Medway Health Partnership');
  });

  it('changed no file nobody edited', () => {
    const updates = changed().filter((f) => f.startsWith('content/updates/'));
    expect(updates).toHaveLength(1);
    expect(changed().filter((f) => !f.startsWith('content/updates/') && !f.includes('/8.1/'))).toEqual([
      'content/site.yaml',
      'content/strategies/kent-medway-integrated-care/7.1/consultation.yaml',
      'content/strategies/kent-medway-integrated-care/7.1/version.yaml',
      sectionFile,
      'data/indicators/active-travel.json',
    ]);
  });

  it("publishes: one commit on a new branch of the council's repository", async () => {
    await page
      .getByRole('textbox', { name: 'What did you change?' })
      .fill('New clinic update; Kent targets; new draft 8.1');
    await page.getByRole('button', { name: 'Publish changes' }).click();
    const message = page.locator('[role="alert"]', { hasText: 'Sent' });
    await expect(message.innerText({ timeout: 30_000 })).resolves.toMatch(
      /^Sent \d+ changed files to the branch edit\//,
    );
    const branch = /branch (edit\/\S+?)\.?(\s|$)/.exec(await message.innerText())?.[1] ?? '';
    const log = execFileSync('git', ['log', '--format=%an|%s', '-1', branch], { cwd: remote, encoding: 'utf8' });
    expect(log.trim()).toBe('Comms Officer|New clinic update; Kent targets; new draft 8.1');
    const files = execFileSync('git', ['diff', '--name-only', `main..${branch}`], { cwd: remote, encoding: 'utf8' });
    expect(files).toContain('data/indicators/active-travel.json');
    expect(files).toContain('content/strategies/kent-medway-integrated-care/8.1/version.yaml');
    expect(changed()).toEqual([]);
  });
});

describe('the public build', () => {
  it('has no editor: no route, script, style or API of it', () => {
    const dir = buildDir('root');
    const files = listFiles(dir).map((f) => path.relative(dir, f));
    expect(files.filter((f) => /keystatic|api\/|editor/i.test(f))).toEqual([]);
    const texts = files.filter((f) => /\.(html|js|mjs|css|json)$/.test(f));
    const mentions = texts.filter((f) =>
      /keystatic|strategy-editor|app-editor|react-dom/i.test(readFileSync(path.join(dir, f), 'utf8')),
    );
    expect(mentions).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
