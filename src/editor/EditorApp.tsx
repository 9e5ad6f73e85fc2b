/** @jsxImportSource react */
/**
 * The editor's page: Keystatic's forms on the left; on the right the check's
 * verdict (asked for after every save), the site's page for what is being
 * edited, and the forms to start a new version and to publish.
 */

import { Keystatic } from '@keystatic/core/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import settings from 'virtual:strategy-editor-settings';
import type { EditorProblem, CheckState } from './editor-api.ts';
import type { FieldSpec } from './form-spec-types.ts';
import { keystaticConfig, kindOfPath, type EditorSettings } from './keystatic-config.ts';
import { COMPONENT_SPECS } from './mdx-components.ts';
import { entryOfFile, entryOfLocation, fileOfEntry, locationOfEntry, previewOf } from './routes.ts';
import './editor.css';

// The dev server reloads every page when content changes (src/integrations/dev-content.ts),
// which the preview wants and this page does not: it would lose what the author is typing.
// Vite waits for its listeners before reloading, so this one never lets it.
if (import.meta.hot) import.meta.hot.on('vite:beforeFullReload', () => new Promise<void>(() => undefined));

const editorSettings = settings as EditorSettings;
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const config = keystaticConfig({ ...editorSettings, today: localToday() });

/** Keystatic moves between pages with history.pushState; this tells React when. */
function useLocationPath(): string {
  const [pathname, setPathname] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPathname(location.pathname);
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (...args: Parameters<History['pushState']>) => {
        original(...args);
        update();
      };
    }
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return pathname;
}

function useCheck(): CheckState | undefined {
  const [state, setState] = useState<CheckState>();
  useEffect(() => {
    let stopped = false;
    let generation = -1;
    const poll = async () => {
      try {
        const response = await fetch('/api/editor/check');
        const next = (await response.json()) as CheckState;
        if (next.generation !== generation) {
          generation = next.generation;
          setState(next);
        }
      } catch {
        // The server is restarting; ask again.
      }
      if (!stopped) setTimeout(poll, 700);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, []);
  return state;
}

export default function EditorApp() {
  const pathname = useLocationPath();
  const check = useCheck();
  const entry = entryOfLocation(pathname);
  const file = entry ? fileOfEntry(editorSettings, entry) : undefined;
  const preview = `${base}${previewOf(entry)}`;
  const errors = check?.problems.filter((p) => p.severity === 'error') ?? [];
  const here = errors.filter((p) => p.path === file);
  const advice = check?.problems.filter((p) => p.severity === 'warning' && p.path === file) ?? [];
  const elsewhere = errors.filter((p) => p.path !== file);
  useFieldHighlights(here, file);

  return (
    <div className="app-editor">
      <div className="app-editor__main" id="editor-main">
        <Keystatic config={config} />
      </div>
      <aside className="app-editor__side" aria-label="Check, preview and publishing">
        <section aria-labelledby="check-heading" className="app-editor__panel">
          <h2 id="check-heading">Check</h2>
          <div
            role="status"
            aria-live="polite"
            data-check-verdict={check ? (errors.length > 0 ? 'problems' : 'ok') : 'waiting'}
          >
            {!check ? (
              <p>Checking the content…</p>
            ) : errors.length === 0 ? (
              <p className="app-editor__ok">No problems: the content can be published.</p>
            ) : (
              <p className="app-editor__bad">
                {errors.length === 1 ? '1 problem' : `${errors.length} problems`}: nothing can be published until{' '}
                {errors.length === 1 ? 'it is' : 'they are'} fixed.
              </p>
            )}
          </div>
          {here.length > 0 && <ProblemList title="In what you are editing" problems={here} />}
          {elsewhere.length > 0 && <ProblemList title="In other files" problems={elsewhere} />}
          {advice.length > 0 && (
            <details>
              <summary>
                {advice.length === 1 ? '1 piece' : `${advice.length} pieces`} of advice on readability for this page
                (publishing does not wait for these)
              </summary>
              <ProblemList title="Advice" problems={advice} />
            </details>
          )}
        </section>
        <section aria-labelledby="preview-heading" className="app-editor__panel app-editor__preview">
          <h2 id="preview-heading">
            Preview{' '}
            <a href={preview} target="_blank" rel="noreferrer">
              open in a new tab
            </a>
          </h2>
          {/* A new iframe after each check, so that the preview always shows what was saved. */}
          <iframe title="Preview of the page" src={preview} key={`${preview} ${check?.generation ?? 0}`} />
        </section>
        <NewVersion />
        <Publish blocked={errors.length > 0} />
      </aside>
    </div>
  );
}

function ProblemList({ title, problems }: { title: string; problems: readonly EditorProblem[] }) {
  return (
    <>
      <h3>{title}</h3>
      <ol className="app-editor__problems">
        {problems.map((p, i) => {
          const entry = entryOfFile(editorSettings, p.path);
          return (
            <li key={`${p.path}:${p.line}:${p.field}:${i}`} id={problemId(p)}>
              {entry ? <a href={locationOfEntry(entry)}>{friendlyName(p.path)}</a> : friendlyName(p.path)}
              {p.line !== undefined ? `, line ${p.line}` : ''}
              <p>
                <strong>{fieldWords(p)}</strong>: the check found {p.found}. It expected {p.expected}.
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

const problemId = (p: EditorProblem): string =>
  `problem-${p.path}-${p.line ?? 0}-${p.field}`.replace(/[^A-Za-z0-9_-]+/g, '-');

function friendlyName(file: string): string {
  return file.replace(/^.*?\/(strategies|updates|indicators|delivery)\//, '').replace(/\.(mdx|yaml|json)$/, '');
}

/** "Target.value" -> "Target value", "Stat.value" -> "Stat: Figure", "accessibility.tested" -> "Tested". */
function fieldWords(p: EditorProblem): string {
  if (p.field === '') return 'The file';
  const [name, prop] = p.field.split('.');
  const component = COMPONENT_SPECS.find((c) => c.name === name);
  if (component) {
    const label = component.props.find((q) => q.key === prop)?.label;
    if (!label) return component.label;
    return label.startsWith(component.label) ? label : `${component.label}: ${label}`;
  }
  const spec = specOf(p.path);
  const label = spec ? labelOfPath(spec, p.field) : undefined;
  return label ?? p.field;
}

function specOf(file: string): readonly FieldSpec[] | undefined {
  const kind = kindOfPath(editorSettings, file);
  return kind ? editorSettings.specs[kind].fields : undefined;
}

function labelOfPath(fields: readonly FieldSpec[], field: string): string | undefined {
  let current: readonly FieldSpec[] | undefined = fields;
  let label: string | undefined;
  for (const key of field.replace(/\[\d+\]/g, '').split('.')) {
    const found: FieldSpec | undefined = current?.find((f) => f.key === key);
    if (!found) return label ? `${label}: ${key}` : undefined;
    label = found.label;
    const kind: FieldSpec['kind'] = found.kind.type === 'array' ? found.kind.item.kind : found.kind;
    current = kind.type === 'object' ? kind.fields : undefined;
  }
  return label;
}

/**
 * Marks the fields a problem is about: the form field with its label, or the
 * nth component block of its name in the text (Keystatic's DOM is its own, so
 * the marks are attributes, put back whenever it redraws).
 */
function useFieldHighlights(problems: readonly EditorProblem[], file: string | undefined): void {
  const key = JSON.stringify(problems.map((p) => [p.field, p.line, p.component]));
  const latest = useRef(problems);
  latest.current = problems;
  useEffect(() => {
    const root = document.getElementById('editor-main');
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      for (const marked of root.querySelectorAll('[data-editor-problem]')) {
        marked.removeAttribute('data-editor-problem');
        marked.querySelector('[aria-invalid][data-editor-invalid]')?.removeAttribute('aria-invalid');
      }
      for (const p of latest.current) {
        const target = p.component ? componentBlock(root, p.component) : fieldByLabel(root, p);
        if (!target) continue;
        target.setAttribute('data-editor-problem', problemId(p));
        const control = target.querySelector('input, textarea, [contenteditable="true"]');
        if (control && !control.hasAttribute('aria-invalid')) {
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('data-editor-invalid', '');
          control.setAttribute('aria-describedby', problemId(p));
        }
      }
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        observer.disconnect();
        apply();
        observer.observe(root, { childList: true, subtree: true });
      }, 150);
    });
    apply();
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [key, file]);
}

function componentBlock(root: HTMLElement, component: { name: string; index: number }): Element | undefined {
  const views = root.querySelectorAll(`[data-component="${component.name}"]`);
  return views[component.index] ?? undefined;
}

function fieldByLabel(root: HTMLElement, p: EditorProblem): Element | undefined {
  const spec = specOf(p.path);
  const last = p.field.replace(/\[\d+\]/g, '').split('.');
  const label = spec ? labelOfPath(spec, last.join('.')) : undefined;
  if (!label) return undefined;
  for (const element of root.querySelectorAll('label, [id$="-label"]')) {
    if (element.textContent?.replace(/\*$/, '').trim() === label) return element.parentElement ?? undefined;
  }
  return undefined;
}

interface StrategyChoice {
  id: string;
  title: string;
  latest?: string;
  next: string[];
}

function NewVersion() {
  const [strategies, setStrategies] = useState<StrategyChoice[]>([]);
  const [strategy, setStrategy] = useState('');
  const [version, setVersion] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void fetch('/api/editor/strategies')
      .then((r) => r.json())
      .then((list: StrategyChoice[]) => {
        setStrategies(list);
        setStrategy(list[0]?.id ?? '');
      });
  }, []);
  const chosen = useMemo(() => strategies.find((s) => s.id === strategy), [strategies, strategy]);
  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    const response = await fetch('/api/editor/new-version', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ strategy, version: version || chosen?.next[0] }),
    });
    const result = (await response.json()) as { ok: boolean; message?: string; from?: string; to?: string };
    if (!result.ok) {
      setMessage(result.message ?? 'The version could not be started.');
      return;
    }
    // Keystatic reads the folder again when the page loads.
    location.assign(locationOfEntry({ collection: 'versions', slug: `${strategy}/${result.to}` }));
  };
  return (
    <section aria-labelledby="new-version-heading" className="app-editor__panel">
      <h2 id="new-version-heading">Start a new version</h2>
      <p>Copies the latest version of a strategy as a draft dated today, for you to edit.</p>
      <form onSubmit={submit}>
        <label htmlFor="new-version-strategy">Strategy</label>
        <select id="new-version-strategy" value={strategy} onChange={(e) => setStrategy(e.target.value)}>
          {strategies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} (latest {s.latest})
            </option>
          ))}
        </select>
        <label htmlFor="new-version-number">New version number</label>
        <input
          id="new-version-number"
          value={version}
          placeholder={chosen?.next[0]}
          aria-describedby="new-version-hint"
          onChange={(e) => setVersion(e.target.value)}
        />
        <p id="new-version-hint" className="app-editor__hint">
          {chosen ? `After ${chosen.latest}: ${chosen.next.join(' or ')}.` : ''}
        </p>
        <button type="submit">Start version</button>
      </form>
      {message && <p role="alert">{message}</p>}
    </section>
  );
}

function Publish({ blocked }: { blocked: boolean }) {
  const [summary, setSummary] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string; link?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    setBusy(true);
    try {
      const response = await fetch('/api/editor/publish', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: summary }),
      });
      setResult((await response.json()) as { ok: boolean; message: string; link?: string });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="publish-heading" className="app-editor__panel">
      <h2 id="publish-heading">Publish</h2>
      <p>
        Sends your saved changes to the council&apos;s repository for review. The site is published once a reviewer
        accepts them.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="publish-summary">What did you change?</label>
        <textarea id="publish-summary" value={summary} rows={2} onChange={(e) => setSummary(e.target.value)} />
        <button type="submit" disabled={blocked || busy} aria-describedby={blocked ? 'publish-blocked' : undefined}>
          Publish changes
        </button>
        {blocked && (
          <p id="publish-blocked" className="app-editor__hint">
            Fix the problems the check lists first.
          </p>
        )}
      </form>
      {result && (
        <p role="alert">
          {result.message} {result.link && <a href={result.link}>Open the request for review</a>}
        </p>
      )}
    </section>
  );
}
