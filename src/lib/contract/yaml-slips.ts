/**
 * The slips authors make in YAML, found line by line, so that a message can
 * point at the line where the slip is rather than where the parser gave up:
 *
 * - a quote opened and not closed (the parser reports the end of the text
 *   it swallowed, often many lines later);
 * - a line indented further than the line before it, which already has a
 *   value, or indented to a depth no field above it has (the parser reports
 *   the line before, or gives four problems for one slip);
 * - a tab used for indenting;
 * - ": " inside an unquoted value ("title: Move more: together");
 * - " #" inside an unquoted value, which YAML takes as the start of a comment
 *   and silently drops ("summary: ... #carersweek"). The file is valid, so
 *   this one is a warning, and only when the # is followed directly by a
 *   letter or digit, as in a hashtag: "# note" is how editors write comments.
 *
 * This is not a YAML parser: it knows the block style authors write (fields,
 * lists, quoted and plain values, block text after | or >, flow { } and [ ]
 * on one line). It is asked only after the real parser has failed, and its
 * answer is used only when it names a line at or before the parser's.
 */

export interface YamlSlip {
  readonly kind: 'tab' | 'too-far' | 'not-lined-up' | 'colon' | 'quote' | 'comment';
  readonly line: number;
  readonly column: number;
  /** The field the line writes ("phone"), or "" when it has none. */
  readonly field: string;
  readonly found: string;
  readonly expected: string;
}

interface Line {
  readonly number: number;
  readonly text: string;
  readonly indent: number;
  /** The text after the indent. */
  readonly body: string;
}

interface Level {
  readonly indent: number;
  /** The latest line at this depth, for messages. */
  line: Line;
}

/** The first slip in a YAML text that the parser refused, or undefined when none is recognised. */
export function findYamlSlip(text: string): YamlSlip | undefined {
  const lines = text.split('\n').map((t, i): Line => {
    const indent = /^ */.exec(t)?.[0].length ?? 0;
    return { number: i + 1, text: t, indent, body: t.slice(indent) };
  });
  const levels: Level[] = [];
  let previous: { line: Line; opens: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.body.trim() === '' || line.body.startsWith('#') || /^(?:---|\.\.\.)\s*$/.test(line.text)) continue;
    if (/^ *\t/.test(line.text)) {
      return {
        kind: 'tab',
        line: line.number,
        column: line.indent + 1,
        field: '',
        found: 'a tab at the start of the line',
        expected: 'spaces for indenting, as many as the lines around it use (YAML does not allow tabs)',
      };
    }
    const shape = shapeOf(line);
    const top = levels[levels.length - 1];
    if (!top || (line.indent > top.indent && previous?.opens)) {
      levels.push({ indent: line.indent, line });
    } else if (line.indent > top.indent) {
      // More indented than a line that already has its value: a plain value may carry on like
      // this, but a field or a list item cannot.
      if (shape.key !== undefined || shape.item) return tooFar(line, shape.key, previous?.line ?? top.line, levels);
      continue;
    } else if (line.indent < top.indent) {
      const open = [...levels];
      while (levels.length > 0 && (levels[levels.length - 1]?.indent ?? 0) > line.indent) levels.pop();
      if ((levels[levels.length - 1]?.indent ?? -1) !== line.indent) return notLinedUp(line, shape.key, open);
    }
    const level = levels[levels.length - 1];
    if (level?.indent === line.indent) level.line = line;
    const slip = valueSlip(line, shape);
    if (slip) return slip;
    // A list item that holds a field ("- name: Sam") sets the depth of the fields after it.
    if (shape.item && shape.key !== undefined) levels.push({ indent: line.indent + shape.itemWidth, line });
    const value = shape.value.replace(/\s+#.*$/, '').trim();
    previous = { line, opens: value === '' };
    const quoted = openQuote(line, shape);
    if (quoted) {
      const swallowed = unclosed(lines, i, quoted);
      if (swallowed) return swallowed;
    }
    // Lines that belong to this value are not fields: block text after | or >, a quoted text that
    // goes on over lines, and { } or [ ] that close on a later line.
    if (/^[|>][-+]?\d?$/.test(value)) i = skipWhile(lines, i, (next) => next.indent > line.indent);
    else if (quoted?.closedAt === undefined && quoted)
      i = skipUntil(lines, i, (next) => next.text.includes(quoted.quote));
    else if (bracketDepth(value) > 0) {
      let depth = bracketDepth(value);
      i = skipUntil(lines, i, (next) => (depth += bracketDepth(next.body)) <= 0);
    }
  }
  return undefined;
}

/** The index of the last line after `index` for which `more` holds (blank lines included). */
function skipWhile(lines: readonly Line[], index: number, more: (line: Line) => boolean): number {
  let i = index;
  while (i + 1 < lines.length) {
    const next = lines[i + 1] as Line;
    if (next.body.trim() !== '' && !more(next)) break;
    i++;
  }
  return i;
}

/** The index of the first line after `index` for which `done` holds (or the last line). */
function skipUntil(lines: readonly Line[], index: number, done: (line: Line) => boolean): number {
  for (let i = index + 1; i < lines.length; i++) if (done(lines[i] as Line)) return i;
  return lines.length - 1;
}

/** Opening minus closing brackets, outside quotes. */
function bracketDepth(text: string): number {
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '').replace(/\s#.*$/, '');
  return (bare.match(/[[{]/g)?.length ?? 0) - (bare.match(/[\]}]/g)?.length ?? 0);
}

interface Shape {
  /** The field name, when the line writes one. */
  readonly key?: string | undefined;
  readonly item: boolean;
  /** Columns from the indent to the text after "- ". */
  readonly itemWidth: number;
  /** The value as written (after "key:" or "- "), comment included. */
  readonly value: string;
  /** Its column (1-based). */
  readonly valueColumn: number;
}

function shapeOf(line: Line): Shape {
  const item = /^-(?:\s+|$)/.exec(line.body);
  const itemWidth = item ? item[0].length : 0;
  const rest = line.body.slice(itemWidth);
  const key = /^((?:"[^"]*"|'[^']*'|[^\s"'#\-[{][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:\s+|$)/.exec(rest);
  const valueStart = line.indent + itemWidth + (key ? key[0].length : 0);
  return {
    key: key ? (key[1] ?? '').replace(/^["']|["']$/g, '') : undefined,
    item: item !== null,
    itemWidth,
    value: line.text.slice(valueStart),
    valueColumn: valueStart + 1,
  };
}

function tooFar(line: Line, key: string | undefined, before: Line, levels: readonly Level[]): YamlSlip {
  // The field the line before sits under, as the example of a field with nothing after its colon.
  const parent = levels.length > 1 ? levels[levels.length - 2]?.line : undefined;
  const example = parent ? `"${parent.body.trim()}" on line ${parent.number}` : '"contact:"';
  return {
    kind: 'too-far',
    line: line.number,
    column: line.indent + 1,
    field: key ?? '',
    found: `a line indented ${spaces(line.indent)}, more than the line before it (line ${before.number}, which already has a value), so YAML reads it as part of that value`,
    expected: `${spaces(before.indent)} at the start, like line ${before.number}: a line is indented further only under a field with nothing after its colon, like ${example}`,
  };
}

function notLinedUp(line: Line, key: string | undefined, levels: readonly Level[]): YamlSlip {
  const options = [...levels]
    .reverse()
    .map((l) => `${spaces(l.indent)} (like line ${l.line.number})`)
    .join(' or ');
  return {
    kind: 'not-lined-up',
    line: line.number,
    column: line.indent + 1,
    field: key ?? '',
    found: `a line indented ${spaces(line.indent)}, which lines up with no line above it`,
    expected: `the indenting of the lines it belongs with: ${options || 'no spaces'}`,
  };
}

const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);

/** ": " inside an unquoted value. */
function valueSlip(line: Line, shape: Shape): YamlSlip | undefined {
  if (shape.key === undefined) return undefined;
  const value = shape.value.replace(/\s+#.*$/, '').trimEnd();
  if (value === '' || /^["'[{|>&*!]/.test(value)) return undefined;
  const colon = /:(?:\s|$)/.exec(value);
  if (!colon) return undefined;
  return {
    kind: 'colon',
    line: line.number,
    column: shape.valueColumn,
    field: shape.key,
    found: `a value with ": " in it (${value}), which YAML reads as the start of another field`,
    expected: `the value in double quotes: ${shape.key}: "${value.replace(/"/g, '\\"')}"`,
  };
}

interface OpenQuote {
  readonly quote: '"' | "'";
  /** Index in the line's text of the opening quote. */
  readonly at: number;
  /** Whether it closes on the same line (and where: the index after the closing quote). */
  readonly closedAt: number | undefined;
}

/** The quoted value that starts on this line, if any, and where it closes on the line. */
function openQuote(line: Line, shape: Shape): OpenQuote | undefined {
  const text = line.text;
  // Flow values ({ start: "2023", end: "2028" }) hold several: look at each value start.
  for (let i = shape.valueColumn - 1; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'") continue;
    const before = text.slice(shape.valueColumn - 1, i).trimEnd();
    if (before !== '' && !/[[{,:]$/.test(before)) continue; // a quote inside a plain value is just a character
    const end = closing(text, i);
    if (end === undefined) return { quote: c, at: i, closedAt: undefined };
    // After the closing quote only , ] } : or a comment may follow; anything else means the quote closed
    // too early, because an earlier closing quote was left out.
    const after = text.slice(end).trimStart();
    if (after !== '' && !/^[,\]}:#]/.test(after)) return { quote: c, at: i, closedAt: end };
    i = end - 1;
  }
  return undefined;
}

/** The index after the quote that closes the one at `start`, or undefined when the line ends first. */
function closing(text: string, start: number): number | undefined {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (q === "'" && text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === q) return i + 1;
  }
  return undefined;
}

/**
 * A quote that swallows what follows: it closes too early on its own line,
 * or it does not close on its line and the lines it runs on into look like
 * fields or list items (a text that really goes on over lines does not).
 */
function unclosed(lines: readonly Line[], index: number, open: OpenQuote): YamlSlip | undefined {
  const line = lines[index] as Line;
  const q = open.quote;
  let runsTo: Line | undefined; // the line whose quote YAML takes as the closing one
  if (open.closedAt === undefined) {
    for (const next of lines.slice(index + 1)) {
      if (next.text.includes(q)) {
        runsTo = next;
        break;
      }
    }
    // A text may go on over lines; it is a slip when the lines it runs over look like fields or items.
    const over = lines.slice(index + 1, runsTo ? runsTo.number : lines.length);
    if (runsTo && !over.some((next) => /^\s*(?:-\s|[\w-]+:(?:\s|$))/.test(next.text))) return undefined;
  }
  const shape = shapeOf(line);
  const key = shape.key ?? '';
  const rest = line.text
    .slice(open.at)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const found =
    open.closedAt !== undefined
      ? `a ${q} that opens a value, closed too soon by the next ${q}: YAML reads ${line.text.slice(open.at, open.closedAt)} as the value and cannot read what follows it`
      : `a ${q} that opens this value and is not closed on this line, so YAML reads on to the next ${q} (${runsTo ? `line ${runsTo.number}` : 'the end of the file'})`;
  return {
    kind: 'quote',
    line: line.number,
    column: open.at + 1,
    field: key,
    found,
    expected:
      open.closedAt === undefined
        ? `a closing ${q} at the end of the value, like ${key ? `${key}: ` : '- '}${rest}${q}`
        : `a closing ${q} at the end of each value, so that each value has its own pair of quotes`,
  };
}

/**
 * Values YAML silently cut at " #" (a hashtag in unquoted text): warnings,
 * since the file is valid. Block text after | or > and quoted values are not
 * affected, so they are not looked at.
 */
export function findCutValues(text: string): YamlSlip[] {
  const slips: YamlSlip[] = [];
  const lines = text.split('\n');
  let blockIndent = -1;
  lines.forEach((t, i) => {
    const indent = /^ */.exec(t)?.[0].length ?? 0;
    if (blockIndent >= 0) {
      if (t.trim() === '' || indent > blockIndent) return;
      blockIndent = -1;
    }
    const line: Line = { number: i + 1, text: t, indent, body: t.slice(indent) };
    if (line.body.startsWith('#')) return;
    const shape = shapeOf(line);
    if (/^[|>][-+]?\d?\s*(?:#.*)?$/.test(shape.value.trim())) {
      blockIndent = indent;
      return;
    }
    if (/^["'[{]/.test(shape.value)) return;
    const hash = /\s#(?=[\p{L}\p{N}])/u.exec(shape.value);
    if (!hash) return;
    const kept = shape.value.slice(0, hash.index).trim();
    if (kept === '') return;
    const whole = shape.value.trim();
    slips.push({
      kind: 'comment',
      line: line.number,
      column: shape.valueColumn + hash.index + 1,
      field: shape.key ?? '',
      found: `text cut short at "${whole.slice(hash.index).trim()}": YAML reads " #" as the start of a comment, so the value is only "${kept}"`,
      expected: `the whole value in double quotes, like ${shape.key ? `${shape.key}: ` : '- '}"${whole.replace(/"/g, '\\"')}" (or, for a note to editors, the comment on a line of its own)`,
    });
  });
  return slips;
}
