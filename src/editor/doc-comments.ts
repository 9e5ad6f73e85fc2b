/**
 * The doc comments of the content contract's schemas, read from their source
 * with the TypeScript compiler (parsing only, no type-check: a few
 * milliseconds). The comments are the one place a field is explained
 * (src/lib/contract/schemas.ts); zod keeps no comments at run time, so the
 * editor reads them here rather than from a copy that could drift.
 *
 * Node only: the editor's server hands the result to the browser as data.
 */

import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Comments by schema (the exported const's name), then by field path ("organisation.url"; arrays add nothing). */
export type DocComments = Record<string, Record<string, string>>;

export function readDocComments(files: readonly string[]): DocComments {
  const objects = new Map<string, ts.ObjectLiteralExpression>();
  const exported: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const isExported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const object = schemaObject(declaration.initializer);
        if (!object) continue;
        objects.set(declaration.name.text, object);
        if (isExported) exported.push(declaration.name.text);
      }
    }
  }
  const result: DocComments = {};
  for (const name of exported) {
    const comments: Record<string, string> = {};
    const object = objects.get(name);
    if (object) collect(object, '', comments, objects, new Set([name]));
    result[name] = comments;
  }
  return result;
}

/** The object literal given to the outermost `z.strictObject(...)` / `z.object(...)` of an initializer. */
function schemaObject(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (isObjectCall(n)) {
      const argument = n.arguments[0];
      if (argument && ts.isObjectLiteralExpression(argument)) found = argument;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function isObjectCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ['strictObject', 'object', 'looseObject'].includes(node.expression.name.text)
  );
}

function collect(
  object: ts.ObjectLiteralExpression,
  prefix: string,
  into: Record<string, string>,
  objects: ReadonlyMap<string, ts.ObjectLiteralExpression>,
  seen: ReadonlySet<string>,
): void {
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
    if (key === undefined) continue;
    const path = `${prefix}${key}`;
    const comment = docComment(property);
    if (comment) into[path] = comment;
    // Fields inside: an object written in place, or another schema of the file used by name.
    const visit = (n: ts.Node): void => {
      if (isObjectCall(n)) {
        const argument = n.arguments[0];
        if (argument && ts.isObjectLiteralExpression(argument)) collect(argument, `${path}.`, into, objects, seen);
        return;
      }
      if (ts.isIdentifier(n) && objects.has(n.text) && !seen.has(n.text)) {
        const named = objects.get(n.text);
        if (named) collect(named, `${path}.`, into, objects, new Set([...seen, n.text]));
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(property.initializer);
  }
}

/** A property's JSDoc text, on one line (tags dropped). */
function docComment(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const last = docs?.[docs.length - 1];
  if (!last) return undefined;
  const text = typeof last.comment === 'string' ? last.comment : ts.getTextOfJSDocComment(last.comment);
  const flat = text?.replace(/\s+/g, ' ').trim();
  return flat ? flat : undefined;
}
