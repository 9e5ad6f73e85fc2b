/**
 * Where JSON.parse gave up, for the messages V8 gives without a position
 * ("Unexpected token ']', ... is not valid JSON"): a small scanner that walks
 * the same grammar and stops at the first character that does not fit.
 */

export interface JsonSyntaxError {
  readonly offset: number;
  /** What is wrong, in words: "a comma before ]", "n/a, which is not a JSON value". */
  readonly found: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (found: string, at = i): never => {
    throw { offset: at, found } satisfies JsonSyntaxError;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const word = () => /^[^\s,:\]}[{"]*/.exec(text.slice(i))?.[0] ?? '';
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (c === undefined) fail('the end of the file where a value should be');
    const w = word();
    fail(
      w
        ? `${w}, which is not a JSON value (text needs double quotes; numbers no quotes)`
        : `"${c}" where a value should be`,
    );
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('a line break inside a text value (is a closing " missing?)', start);
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('a text value with no closing "', start);
    i++;
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] === '}') fail('a comma before }');
      if (text[i] !== '"')
        fail(`${word() || text[i] || 'the end of the file'} where a field name in double quotes should be`);
      string();
      space();
      if (text[i] !== ':') fail('a field name with no colon after it');
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      if (text[i] === ']') fail('a ] where a } should close the group of fields');
      fail(text[i] === undefined ? 'the end of the file before a closing }' : 'a missing comma between fields');
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail('a comma before ]');
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      if (text[i] === '}') fail('a } where a ] should close the list');
      fail(text[i] === undefined ? 'the end of the file before a closing ]' : 'a missing comma between items');
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON');
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) return error as JsonSyntaxError;
    throw error;
  }
}
