/**
 * The search box on /search/: shows the form (hidden without script), loads
 * Pagefind's index only when the reader first searches, and lists results
 * with their excerpts. Results are built as DOM nodes: an excerpt's text is
 * never parsed as markup except for Pagefind's <mark> highlights.
 */

import { plural } from '../lib/core/text.ts';

/** An element with an id on a page, as Pagefind records it; headings carry their text. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A part of a page that matches: from one heading with an id to the next (or the top of the page, without `anchor`). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: { balanced_score: number }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
  anchors?: PagefindAnchor[];
}

/** A section of a result that the search links to. */
export interface ResultSection {
  /** "4.2 How we will know, in 4. Children and young people thrive". */
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

/** How many sections of one page a result lists. */
const MAX_SECTIONS = 3;

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

/** The excerpt's text and <mark> highlights, and nothing else. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out.push(doc.createTextNode(child.textContent ?? ''));
      else if (child instanceof HTMLElement && child.tagName === 'MARK') {
        const mark = doc.createElement('mark');
        mark.textContent = child.textContent;
        out.push(mark);
      } else walk(child);
    }
  };
  const body = parsed.body.firstElementChild;
  if (body) walk(body);
  return out;
}

/**
 * The sections of a page that match, best first (most and weightiest
 * matches), at most MAX_SECTIONS: Pagefind gives them in page order, one for
 * each heading with an id that has matches under it. A heading below a
 * section's h2 ("How we will know") is named with that section too, since
 * every section of a strategy has one. Empty when only the top of the page
 * matches, where the page's own link is the right place to land.
 */
export function matchingSections(result: Pick<PagefindResultData, 'sub_results' | 'anchors'>): ResultSection[] {
  const anchors = result.anchors ?? [];
  const score = (sub: PagefindSubResult): number =>
    (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  return (result.sub_results ?? [])
    .filter((sub): sub is PagefindSubResult & { anchor: PagefindAnchor } => sub.anchor !== undefined)
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .map(({ sub }) => {
      const section =
        sub.anchor.element.toLowerCase() === 'h2'
          ? undefined
          : anchors
              .filter((a) => a.element.toLowerCase() === 'h2' && a.location <= sub.anchor.location && a.text)
              .at(-1);
      return {
        title: section?.text ? `${sub.title}, in ${section.text.trim()}` : sub.title,
        url: sub.url,
        excerpt: sub.excerpt,
      };
    });
}

export function enhanceSearch(): void {
  const root = document.getElementById('app-search');
  const form = root?.querySelector('form');
  const input = document.getElementById('search-input');
  const statusLine = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!root || !form || !(input instanceof HTMLInputElement) || !statusLine || !list) return;
  const base = root.dataset.base ?? '/';
  const names = {
    kind: root.dataset.filterKind ?? 'kind',
    strategy: root.dataset.filterStrategy ?? 'strategy',
    version: root.dataset.filterVersion ?? 'version',
    status: root.dataset.filterStatus ?? 'status',
  };
  const current = root.dataset.current ?? 'Current version';

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base, excerptLength: 24 });
      return module;
    })();
    return pagefind;
  };

  let latest = 0;
  const run = async (): Promise<void> => {
    const term = input.value.trim();
    const ask = ++latest;
    const data = new FormData(form);
    const kinds = data.getAll('kind').map(String);
    const strategy = String(data.get('strategy') ?? '');
    const wanted = String(data.get('status') ?? '');
    // Asking for a status (say, drafts) means looking beyond current versions.
    const others = data.get('versions') !== null || wanted !== '';
    const url = new URL(window.location.href);
    url.search = new URLSearchParams([...data].map(([k, v]) => [k, String(v)])).toString();
    window.history.replaceState(null, '', url);
    if (term === '') {
      list.replaceChildren();
      statusLine.textContent = '';
      return;
    }
    statusLine.textContent = 'Searching…';
    const filters: Record<string, unknown> = {};
    if (kinds.length > 0) filters[names.kind] = { any: kinds };
    if (strategy) filters[names.strategy] = strategy;
    if (wanted) filters[names.status] = wanted;
    if (!others) filters[names.version] = current;
    try {
      const search = await (await load()).search(term, { filters });
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ask !== latest) return;
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          item.className = 'app-search__result';
          const sections = matchingSections(result);
          const heading = document.createElement('h3');
          heading.className = 'govuk-heading-s govuk-!-margin-bottom-1';
          const link = document.createElement('a');
          link.className = 'govuk-link';
          // A long page opens at the section that matches best, not at its top.
          link.href = sections[0]?.url ?? result.url;
          link.textContent = result.meta.title ?? result.url;
          heading.append(link);
          const meta = document.createElement('p');
          meta.className = 'govuk-body-s govuk-!-margin-bottom-1 app-search__meta';
          meta.textContent = [
            result.filters[names.kind]?.[0],
            result.filters[names.strategy]?.[0],
            result.filters[names.status]?.[0],
          ]
            .filter(Boolean)
            .join(' · ');
          if (sections.length === 0) {
            const excerpt = document.createElement('p');
            excerpt.className = 'govuk-body';
            excerpt.append(...excerptNodes(result.excerpt));
            item.append(heading, meta, excerpt);
            return item;
          }
          // Each matching section: a link to it, and what it says there.
          const parts = document.createElement('ul');
          parts.className = 'govuk-list app-search__sections';
          for (const section of sections) {
            const part = document.createElement('li');
            const to = document.createElement('a');
            to.className = 'govuk-link';
            to.href = section.url;
            to.textContent = section.title;
            const excerpt = document.createElement('p');
            excerpt.className = 'govuk-body-s govuk-!-margin-bottom-2';
            excerpt.append(...excerptNodes(section.excerpt));
            part.append(to, excerpt);
            parts.append(part);
          }
          item.append(heading, meta, parts);
          return item;
        }),
      );
      const total = search.results.length;
      statusLine.textContent =
        total === 0
          ? `No pages match “${term}”. Try another word, or include other versions.`
          : `${plural(total, 'page matches', 'pages match')} “${term}”${total > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
    } catch {
      if (ask === latest)
        statusLine.textContent = 'Search is not working at the moment. The list of every page below still works.';
    }
  };

  root.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

  // A shared link (?q=...&kind=...) runs its search at once.
  const params = new URLSearchParams(window.location.search);
  const q = params.get('q');
  if (q) {
    input.value = q;
    for (const kind of params.getAll('kind')) {
      const box = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(kind)}"]`);
      if (box) box.checked = true;
    }
    for (const name of ['strategy', 'status']) {
      const value = params.get(name);
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (value && select) select.value = value;
    }
    const versions = form.querySelector<HTMLInputElement>('input[name="versions"]');
    if (versions && params.has('versions')) versions.checked = true;
    void run();
  }
}
