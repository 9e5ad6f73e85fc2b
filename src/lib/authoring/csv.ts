/**
 * A small CSV reader (RFC 4180, as spreadsheets and Fingertips export it):
 * cells separated by commas, cells in double quotes may hold commas, line
 * breaks and doubled quotes (""). Every record and cell keeps the line and
 * column where it starts, so an author is told exactly which row to fix.
 */

export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface CsvRecord {
  /** Line (1-based) where the record starts. */
  readonly line: number;
  readonly cells: readonly Cell[];
}

export interface CsvSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvSyntaxError };

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let cells: Cell[] = [];
  let recordLine = 1;

  const advance = (ch: string) => {
    i++;
    if (ch === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  };

  while (i <= text.length) {
    // Start of a cell.
    const cellLine = line;
    const cellColumn = column;
    let value = '';
    if (text[i] === '"') {
      advance('"');
      for (;;) {
        const ch = text[i];
        if (ch === undefined) {
          return {
            ok: false,
            error: {
              line: cellLine,
              column: cellColumn,
              message: 'a quoted cell that is never closed (a " is missing)',
            },
          };
        }
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            advance('"');
            advance('"');
            continue;
          }
          advance('"');
          break;
        }
        if (ch === '\r' && text[i + 1] === '\n') {
          advance('\r');
          continue;
        }
        value += ch;
        advance(ch);
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return {
          ok: false,
          error: {
            line,
            column,
            message: 'text after the closing quote of a cell (write a quote inside a quoted cell as "")',
          },
        };
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        const ch = text[i] ?? '';
        value += ch;
        advance(ch);
      }
    }
    cells.push({ text: value, line: cellLine, column: cellColumn });
    const sep = text[i];
    if (sep === ',') {
      advance(',');
      continue;
    }
    // End of a record (a line break or the end of the text).
    if (sep === '\r') advance('\r');
    if (text[i] === '\n') advance('\n');
    else if (sep === '\r') {
      // A lone CR (old Mac line ending) also ends a line.
      line++;
      column = 1;
    }
    // Blank lines, and lines of empty cells that spreadsheets leave at the end, are not records.
    const blank = cells.every((cell) => cell.text.trim() === '');
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
    if (i >= text.length) break;
  }
  return { ok: true, records };
}
