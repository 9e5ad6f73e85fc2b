/**
 * The editor's server side without a browser: where each editor address
 * points, what Keystatic is shown and what is refused, and publishing to a
 * repository (a bare one in a temporary folder stands for the council's).
 */

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseDirOf } from '../../src/editor/integration.ts';
import { fileSpecs } from '../../src/editor/form-spec.ts';
import type { EditorSettings } from '../../src/editor/keystatic-config.ts';
import { fileBridge } from '../../src/editor/keystatic-files.ts';
import { publish, publishSettingsFromEnv } from '../../src/editor/publish.ts';
import { entryOfFile, entryOfLocation, fileOfEntry, locationOfEntry, previewOf } from '../../src/editor/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'editor-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const settings: EditorSettings = {
  specs: fileSpecs(),
  contentPath: 'content',
  dataPath: 'data',
  storage: { kind: 'local' },
  today: '2026-11-30',
};

describe('routes', () => {
  it('finds the file an editor address edits, the address of a file, and its page on the site', () => {
    const cases = [
      [
        '/keystatic/collection/sections/item/kent%2F8.0%2F03-vision',
        'content/strategies/kent/8.0/03-vision.mdx',
        '/strategies/kent/8.0/',
      ],
      [
        '/keystatic/collection/updates/item/2026-11-02-news',
        'content/updates/2026-11-02-news.mdx',
        '/updates/2026-11-02-news/',
      ],
      [
        '/keystatic/collection/versions/item/kent%2F8.0',
        'content/strategies/kent/8.0/version.yaml',
        '/strategies/kent/8.0/',
      ],
      [
        '/keystatic/collection/consultations/item/kent%2F7.1',
        'content/strategies/kent/7.1/consultation.yaml',
        '/strategies/kent/consultation/7.1/',
      ],
      ['/keystatic/collection/strategies/item/kent', 'content/strategies/kent/strategy.yaml', '/strategies/kent/'],
      ['/keystatic/collection/indicators/item/smoking', 'data/indicators/smoking.json', '/indicators/smoking/'],
      [
        '/keystatic/collection/delivery/item/kent%2F2024-Q3',
        'data/delivery/kent/2024-Q3.json',
        '/strategies/kent/delivery/2024-Q3/',
      ],
      ['/keystatic/singleton/site', 'content/site.yaml', '/'],
      ['/keystatic/singleton/areas', 'data/areas.json', '/'],
    ] as const;
    for (const [location, file, page] of cases) {
      const entry = entryOfLocation(location);
      expect(entry, location).toBeDefined();
      if (!entry) continue;
      expect(fileOfEntry(settings, entry)).toBe(file);
      expect(entryOfFile(settings, file)).toEqual(entry);
      expect(locationOfEntry(entry)).toBe(location);
      expect(previewOf(entry)).toBe(page);
    }
    expect(entryOfLocation('/keystatic/')).toBeUndefined();
    expect(previewOf(undefined)).toBe('/');
  });

  it('works out the folder both content and data are in', () => {
    expect(baseDirOf({ contentDir: '/a/site/content', dataDir: '/a/site/data' })).toBe('/a/site');
    expect(baseDirOf({ contentDir: '/a/x/content', dataDir: '/b/data' })).toBe('/');
  });
});

describe('the file bridge', () => {
  const base = path.join(work, 'bridge');
  mkdirSync(base);
  cpSync(path.join(ROOT, 'content'), path.join(base, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'data'), path.join(base, 'data'), { recursive: true });
  const bridge = fileBridge(settings, base);

  it('shows Keystatic a section with a comment line as text, and other files as they are', () => {
    const file = 'content/strategies/kent-medway-integrated-care/8.0/03-vision.mdx';
    expect(bridge.shown(file)).toBeUndefined();
    const text = readFileSync(path.join(base, file), 'utf8').replace('\n\n', '\n\n{/* check-ignore readability */}\n');
    writeFileSync(path.join(base, file), text);
    expect(bridge.shown(file)?.toString()).toContain('\\{/* check-ignore readability */}');
    expect(bridge.shown('content/strategies/kent-medway-integrated-care/8.0/version.yaml')).toBeUndefined();
  });

  it('shows an accessibility issue written as plain text as { text }', () => {
    expect(bridge.shown('content/site.yaml')?.toString()).toContain(
      '- text: Some ward names in downloaded spreadsheets are shortened',
    );
  });

  it('shows a year written as a number as text', () => {
    const file = 'content/strategies/kent-medway-integrated-care/strategy.yaml';
    const text = readFileSync(path.join(base, file), 'utf8');
    writeFileSync(path.join(base, file), text.replace(/start: "?(\d{4})"?/, 'start: $1'));
    expect(bridge.shown(file)?.toString()).toMatch(/start: "\d{4}"/);
  });

  it('shows areas.json, a list, as an object with the list in `areas`, and writes a new area in the list style', () => {
    const file = 'data/areas.json';
    const before = readFileSync(path.join(base, file), 'utf8');
    const shown = JSON.parse(bridge.shown(file)?.toString() ?? '{}') as { areas: Record<string, unknown>[] };
    expect(shown.areas).toEqual(JSON.parse(before));
    shown.areas.push({ id: 'E05000001', name: 'A ward', type: 'ward', parent: 'E09000033' });
    const saved = bridge.saved(file, Buffer.from(JSON.stringify(shown, null, 2)));
    expect(saved instanceof Error ? saved.message : saved.toString()).toBe(
      before.replace(
        /\n\]\n$/,
        ',\n  { "id": "E05000001", "name": "A ward", "type": "ward", "parent": "E09000033" }\n]\n',
      ),
    );
  });

  it('refuses files outside the contract, sections outside a version and versions made by hand', () => {
    const refused = (file: string) => {
      const result = bridge.saved(file, Buffer.from('---\ntitle: X\n---\n\nText.\n'));
      return result instanceof Error ? result.message : undefined;
    };
    expect(refused('package.json')).toContain('not a file of the content contract');
    expect(refused('content/strategies/new-section.mdx')).toContain('must go in an existing version folder');
    expect(refused('content/strategies/kent-medway-integrated-care/9.0/01-x.mdx')).toContain('existing version folder');
    expect(refused('content/strategies/kent-medway-integrated-care/9.0/version.yaml')).toContain('Start a new version');
    expect(refused('content/updates/news.mdx')).toContain('starts with its date');
    expect(refused('content/strategies/kent-medway-integrated-care/8.0/10-next-steps.mdx')).toBeUndefined();
    expect(refused('content/updates/2026-11-30-news.mdx')).toBeUndefined();
  });
});

describe('publishing', () => {
  const remote = path.join(work, 'council.git');
  const repo = path.join(work, 'site');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' },
    });
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  // GitLab reads push options; a plain repository accepts them once told to.
  git(remote, 'config', 'receive.advertisePushOptions', 'true');
  mkdirSync(path.join(repo, 'content'), { recursive: true });
  mkdirSync(path.join(repo, 'data'), { recursive: true });
  writeFileSync(path.join(repo, 'content', 'site.yaml'), 'name: A\n');
  writeFileSync(path.join(repo, 'README.md'), 'Not content.\n');
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'Start');
  git(repo, 'remote', 'add', 'origin', remote);
  git(repo, 'push', '--quiet', 'origin', 'main');
  const env = { EDITOR_AUTHOR: 'Comms Officer <comms@example.org>' };

  it('refuses when nothing changed, or without a word on what changed', async () => {
    const settings = publishSettingsFromEnv(repo, [path.join(repo, 'content'), path.join(repo, 'data')], env);
    expect(await publish(settings, 'Nothing', '2026-11-30')).toEqual({
      ok: false,
      message: 'Nothing has changed since the last publication.',
    });
    writeFileSync(path.join(repo, 'content', 'site.yaml'), 'name: B\n');
    expect((await publish(settings, '  ', '2026-11-30')).ok).toBe(false);
  });

  it('commits the changes in content and data only, and pushes them to a new branch with a merge request (GitLab)', async () => {
    writeFileSync(path.join(repo, 'README.md'), 'Changed, but not content.\n');
    writeFileSync(path.join(repo, 'data', 'new.json'), '{}\n');
    const settings = publishSettingsFromEnv(repo, [path.join(repo, 'content'), path.join(repo, 'data')], {
      ...env,
      EDITOR_GIT_HOST: 'gitlab',
    });
    const result = await publish(settings, 'Renamed the site\n\nAs the board asked.', '2026-11-30');
    expect(result).toMatchObject({ ok: true, files: ['content/site.yaml', 'data/new.json'] });
    if (!result.ok) return;
    expect(result.branch).toMatch(/^edit\/2026-11-30-renamed-the-site-[a-z0-9]+$/);
    expect(result.message).toBe(`Sent 2 changed files to the branch ${result.branch}, with a merge request into main.`);
    expect(git(remote, 'log', '--format=%an <%ae>|%s', '-1', result.branch).trim()).toBe(
      'Comms Officer <comms@example.org>|Renamed the site',
    );
    expect(git(remote, 'diff', '--name-only', `main..${result.branch}`).trim().split('\n')).toEqual([
      'content/site.yaml',
      'data/new.json',
    ]);
    expect(git(repo, 'status', '--porcelain').trim()).toBe('M README.md');
  });

  it('gives the link to open a pull request on GitHub when it has no token', async () => {
    writeFileSync(path.join(repo, 'content', 'site.yaml'), 'name: C\n');
    const settings = publishSettingsFromEnv(repo, [path.join(repo, 'content')], {
      ...env,
      EDITOR_GIT_HOST: 'github',
      EDITOR_GITHUB_REPO: 'council/health-site',
    });
    const result = await publish(settings, 'Name again', '2026-11-30');
    expect(result.ok && result.link).toMatch(
      /^https:\/\/github\.com\/council\/health-site\/compare\/main\.\.\.edit\/2026-11-30-name-again-[a-z0-9]+\?expand=1$/,
    );
  });
});
