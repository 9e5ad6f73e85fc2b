/**
 * `npm run screenshots`: how the built site looks on a phone. Measures every
 * page at 320 and 390 px wide (tests/support/phone.ts: sideways scrolling,
 * judgements off screen, smallest chart text), prints a line per kind of
 * page and the totals, and writes a full-page screenshot of one page of each
 * kind at 390 px to bench-results/screenshots/, for a reviewer to look at.
 *
 *   npm run build && npm run screenshots
 *   npm run screenshots -- --dir .cache/test-builds/health --base /health/
 *
 * Also part of `npm run bench` (its "phones" part), on the bench's build.
 */

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser.ts';
import { listPages } from '../tests/support/files.ts';
import { pageKind, type PageKind } from '../tests/support/kinds.ts';
import { PHONE_HEIGHT, PHONE_WIDTHS, readPhone, type PhoneReading } from '../tests/support/phone.ts';
import { serveBuild } from '../tests/support/server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The width screenshots are taken at: a common phone. */
const SHOT_WIDTH = 390;

export interface PhonePage {
  readonly url: string;
  readonly kind: PageKind;
  readonly readings: Readonly<Record<number, PhoneReading>>;
  /** The screenshot's file name in the output folder, for pages that have one. */
  readonly screenshot?: string | undefined;
}

export interface PhonesResult {
  readonly pages: readonly PhonePage[];
  /** Per width: judgements shown, judgements off screen, pages that scroll sideways, smallest chart text. */
  readonly totals: Readonly<
    Record<number, { judgements: number; off: number; sideways: number; smallestChartText: number | undefined }>
  >;
}

/** A file name for a page's screenshot: its kind, and the compare view or delivery page it is. */
function shotName(url: string, base: string, kind: PageKind): string {
  const relative = url.slice(base.length).replace(/\/$/, '');
  const detail = kind === 'compare' ? (relative.endsWith('/full') ? '-full' : '-changes') : '';
  const part = relative.split('/')[3];
  const delivery =
    kind === 'delivery' ? `-${part === undefined ? 'latest' : part === 'history' ? 'history' : 'period'}` : '';
  return `${kind.replace(/[^a-z]+/g, '-').replace(/-$/, '')}${detail}${delivery}.png`;
}

/**
 * Measures every page of the build in `dir` (served under `base`) at each
 * phone width, and screenshots the first page of each kind (both compare
 * views, every kind of delivery page) into `outDir`.
 */
export async function runPhones(dir: string, base: string, outDir: string): Promise<PhonesResult> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const server = await serveBuild(dir, base);
  const browser = await launchBrowser();
  const pages: PhonePage[] = [];
  const shot = new Set<string>();
  try {
    const context = await browser.newContext({ viewport: { width: SHOT_WIDTH, height: PHONE_HEIGHT } });
    const page = await context.newPage();
    for (const { url } of listPages(dir, base)) {
      const kind = pageKind(url, base);
      const readings: Record<number, PhoneReading> = {};
      let screenshot: string | undefined;
      for (const width of PHONE_WIDTHS) {
        await page.setViewportSize({ width, height: PHONE_HEIGHT });
        await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
        readings[width] = await readPhone(page);
        const name = shotName(url, base, kind);
        if (width === SHOT_WIDTH && !shot.has(name)) {
          shot.add(name);
          screenshot = name;
          await page.screenshot({ path: path.join(outDir, name), fullPage: true });
        }
      }
      pages.push({ url, kind, readings, screenshot });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const totals: PhonesResult['totals'] = Object.fromEntries(
    PHONE_WIDTHS.map((width) => {
      const at = pages.map((p) => p.readings[width]).filter((r): r is PhoneReading => r !== undefined);
      const sizes = at.map((r) => r.smallestChartText).filter((s): s is number => s !== undefined);
      return [
        width,
        {
          judgements: at.reduce((n, r) => n + r.judgements, 0),
          off: at.reduce((n, r) => n + r.judgementsOff.length, 0),
          sideways: at.filter((r) => r.scrollWidth > r.width).length,
          smallestChartText: sizes.length > 0 ? Math.min(...sizes) : undefined,
        },
      ];
    }),
  );
  return { pages, totals };
}

/** Prints the readings: one line per kind of page, then the totals. */
export function printPhones(result: PhonesResult, outDir: string): void {
  const kinds = new Map<PageKind, PhonePage[]>();
  for (const page of result.pages) kinds.set(page.kind, [...(kinds.get(page.kind) ?? []), page]);
  const px = (n: number | undefined): string => (n === undefined ? '-' : `${n.toFixed(1)} px`);
  console.log('\nOn a phone: every page at 320 and 390 px wide');
  console.log('kind                          pages  sideways (320/390)  judgements off (320/390)  smallest chart text');
  for (const [kind, pages] of [...kinds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const count = (width: number, f: (r: PhoneReading) => number): number =>
      pages.reduce((n, p) => n + (p.readings[width] ? f(p.readings[width]) : 0), 0);
    const sizes = pages.flatMap((p) => PHONE_WIDTHS.map((w) => p.readings[w]?.smallestChartText));
    const defined = sizes.filter((s): s is number => s !== undefined);
    console.log(
      [
        kind.padEnd(28),
        String(pages.length).padStart(5),
        `${count(320, (r) => Number(r.scrollWidth > r.width))}/${count(390, (r) => Number(r.scrollWidth > r.width))}`.padStart(
          19,
        ),
        `${count(320, (r) => r.judgementsOff.length)}/${count(390, (r) => r.judgementsOff.length)} of ${count(390, (r) => r.judgements)}`.padStart(
          25,
        ),
        px(defined.length > 0 ? Math.min(...defined) : undefined).padStart(20),
      ].join('  '),
    );
  }
  for (const width of PHONE_WIDTHS) {
    const t = result.totals[width];
    if (!t) continue;
    console.log(
      `  at ${width} px: ${t.off} of ${t.judgements} judgements off screen; ${t.sideways} pages scroll sideways; ` +
        `smallest chart text ${px(t.smallestChartText)}`,
    );
  }
  console.log(`  screenshots at ${SHOT_WIDTH} px: ${path.relative(ROOT, outDir)}/`);
}

function parseArgs(argv: readonly string[]): { dir: string; base: string } {
  let dir = path.join(ROOT, 'dist');
  let base = '/';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir') dir = path.resolve(argv[++i] ?? '');
    else if (arg === '--base') base = argv[++i] ?? '/';
    else throw new Error(`Unknown option ${arg}. Use --dir <build folder> and --base </sub-path/>.`);
  }
  return { dir, base };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, base } = parseArgs(process.argv.slice(2));
  if (!existsSync(dir)) {
    console.error(`No build at ${dir}: run \`npm run build\` first, or give --dir.`);
    process.exit(1);
  }
  const outDir = path.join(ROOT, 'bench-results', 'screenshots');
  const result = await runPhones(dir, base, outDir);
  printPhones(result, outDir);
  writeFileSync(path.join(ROOT, 'bench-results', 'phones.json'), `${JSON.stringify(result, null, 2)}\n`);
}
