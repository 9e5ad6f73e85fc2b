/**
 * The editor's own API beside Keystatic's: the check's latest verdict, the
 * strategies a new version can be started for, starting one (what
 * `npm run new-version` does), and publishing. Served by the dev server of
 * `npm run edit` only, on this machine.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { newVersion, nextVersions, versionFolders } from '../lib/authoring/new-version.ts';
import type { Problem } from '../lib/contract/problems.ts';
import type { Dirs } from '../lib/contract/site-model.ts';
import type { CheckResult } from '../lib/site/load.ts';
import { readBody, send, type Middleware } from './keystatic-api.ts';
import { COMPONENT_SPECS } from './mdx-components.ts';
import { changedFiles, publish, type PublishSettings } from './publish.ts';

/** A problem as the editor shows it: its file relative to Keystatic's base folder. */
export interface EditorProblem extends Problem {
  /** "content/strategies/x/8.0/03-y.mdx", matching Keystatic's paths. */
  readonly path: string;
  /** For a problem with a component: which one of its name in the file (0 for the first), to highlight it. */
  readonly component?: { readonly name: string; readonly index: number };
}

export interface CheckState {
  /** Counts up on every check, so the page knows a save has been checked. */
  readonly generation: number;
  readonly errors: number;
  readonly warnings: number;
  readonly problems: readonly EditorProblem[];
}

/** The latest check, kept for the page to ask for. */
export class CheckChannel {
  private state: CheckState = { generation: 0, errors: 0, warnings: 0, problems: [] };
  private readonly dirs: Dirs;
  private readonly baseDir: string;

  constructor(dirs: Dirs, baseDir: string) {
    this.dirs = dirs;
    this.baseDir = baseDir;
  }

  readonly publish = (result: CheckResult): void => {
    const inData = /^(indicators\/|delivery\/|areas\.json$)/;
    const problems = result.problems.map((p) => {
      const dir = inData.test(p.file) ? this.dirs.dataDir : this.dirs.contentDir;
      const full = path.join(dir, p.file);
      const component = componentOf(full, p);
      return {
        ...p,
        path: path.relative(this.baseDir, full).split(path.sep).join('/'),
        ...(component ? { component } : {}),
      };
    });
    this.state = {
      generation: this.state.generation + 1,
      errors: result.errors,
      warnings: result.warnings,
      problems,
    };
  };

  get latest(): CheckState {
    return this.state;
  }
}

/** Which `<Target>` (say) of its file a problem is about: the ones that start before its line, counted. */
function componentOf(file: string, p: Problem): EditorProblem['component'] {
  const name = /^([A-Z][A-Za-z]*)(?:\.|$)/.exec(p.field)?.[1];
  if (!name || !COMPONENT_SPECS.some((c) => c.name === name) || p.line === undefined || !existsSync(file))
    return undefined;
  const before = readFileSync(file, 'utf8').split('\n').slice(0, p.line).join('\n');
  const count = before.match(new RegExp(`<${name}[\\s/>]`, 'g'))?.length ?? 0;
  return count > 0 ? { name, index: count - 1 } : undefined;
}

export interface EditorApiOptions {
  readonly dirs: Dirs;
  readonly checks: CheckChannel;
  readonly publishing: PublishSettings;
  readonly today: () => string;
}

export function editorApi(options: EditorApiOptions): Middleware {
  const { dirs, checks, publishing } = options;
  const json = (response: ServerResponse, status: number, value: unknown) =>
    send(response, status, JSON.stringify(value), { 'content-type': 'application/json' });

  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/editor/')) return next();
    const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`;
    void (async () => {
      try {
        switch (route) {
          case 'GET /api/editor/check':
            return json(response, 200, checks.latest);
          case 'GET /api/editor/strategies':
            return json(response, 200, strategies(dirs.contentDir));
          case 'GET /api/editor/changes':
            return json(response, 200, { files: safeChanges(publishing) });
          case 'POST /api/editor/new-version': {
            const body = (await readJson(request)) as { strategy?: string; version?: string };
            const result = newVersion({
              contentDir: dirs.contentDir,
              strategyId: String(body.strategy ?? ''),
              versionId: String(body.version ?? '').trim(),
              date: options.today(),
            });
            return json(
              response,
              result.ok ? 200 : 422,
              result.ok ? { ok: true, from: result.from, to: result.to } : result,
            );
          }
          case 'POST /api/editor/publish': {
            if (checks.latest.errors > 0) {
              return json(response, 422, {
                ok: false,
                message: 'Fix the problems the check lists first: nothing is published while there are any.',
              });
            }
            const body = (await readJson(request)) as { message?: string };
            const result = await publish(publishing, String(body.message ?? ''), options.today());
            return json(response, result.ok ? 200 : 422, result);
          }
          default:
            return json(response, 404, { ok: false, message: 'Not found' });
        }
      } catch (error) {
        json(response, 500, { ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    })();
  };
}

function safeChanges(settings: PublishSettings): string[] {
  try {
    return changedFiles(settings);
  } catch {
    return [];
  }
}

/** Each strategy, its versions and the versions that could come next. */
function strategies(contentDir: string) {
  const dir = path.join(contentDir, 'strategies');
  if (!existsSync(dir)) return [];
  return versionFoldersOf(dir).map(({ id, versions }) => {
    const latest = versions[versions.length - 1];
    let title = id;
    try {
      const parsed = parseYaml(readFileSync(path.join(dir, id, 'strategy.yaml'), 'utf8')) as { title?: unknown };
      if (typeof parsed?.title === 'string') title = parsed.title;
    } catch {
      // The check reports a strategy.yaml it cannot read; the id will do here.
    }
    return { id, title, versions, latest, next: latest ? nextVersions(latest) : [] };
  });
}

function versionFoldersOf(dir: string): { id: string; versions: string[] }[] {
  return readdirSync(dir)
    .sort()
    .filter((id) => existsSync(path.join(dir, id, 'strategy.yaml')))
    .map((id) => ({ id, versions: versionFolders(path.join(dir, id)) }));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  return text === '' ? {} : JSON.parse(text);
}
