/** The site's icon as SVG: the first letter of its name, white on its colour. */

import { escapeMarkup } from '../core/escape.ts';

export function favicon(name: string, colour: string): string {
  const letter = escapeMarkup([...name.trim()][0]?.toUpperCase() ?? '');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="6" fill="${escapeMarkup(colour)}"/>` +
    '<text x="16" y="23" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">' +
    `${letter}</text></svg>\n`
  );
}
