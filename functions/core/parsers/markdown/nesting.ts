// Nesting depth of Markdown containers (block quotes, list items), measured on
// the raw text before remark parses it. remark's time grows with the cube of
// list depth (400 levels, one a line: seconds; a thousand: minutes) and tens of
// thousands of nested block quotes overflow its stack, while a plan's lists are
// a few levels deep. The measure is conservative and cheap: each line's prefix
// of container markers (">", "-", "*", "+", "1." / "1)") plus its indentation
// before the first marker (two columns a level) when the prefix holds one.
import { PlanInputError } from '../../errors.ts';

/** Deepest container nesting accepted on any line. */
export const maxMarkdownNesting = 32;

/** Throws PlanInputError('too-complex') naming the first line nested deeper than `max`. */
export function checkNesting(text: string, name = 'the Markdown text', max = maxMarkdownNesting): void {
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let markers = 0;
    let indent = 0;
    // Scan the line's prefix of whitespace and container markers.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) {
        if (markers === 0) indent += 1;
        i++;
      } else if (c === 0x09) {
        if (markers === 0) indent += 4 - (indent % 4);
        i++;
      } else if (c === 0x3e /* > */) {
        markers++;
        i++;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBreak(text.charCodeAt(i + 1))) {
        markers++;
        i++;
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const d = text.charCodeAt(j);
        if ((d === 0x2e || d === 0x29) /* . ) */ && isBreak(text.charCodeAt(j + 1))) {
          markers++;
          i = j + 1;
        } else break;
      } else break;
      if (markers > 0 && markers + (indent >> 1) > max) {
        throw new PlanInputError(
          'too-complex',
          `${name}: line ${line} nests lists or block quotes more than ${max} levels deep (the limit keeps reading time bounded); flatten the list`,
        );
      }
    }
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    i = next + 1;
    line++;
  }
}

function isBreak(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);
}

/**
 * Inline delimiters (emphasis * _ ~, link brackets [ ], code `) accepted on one
 * line. remark matches unclosed delimiters in time that grows with the square
 * of their number (100,000 emphasis markers on a line: minutes); a plan's line
 * holds a handful. What spreads them over many lines is stopped by the check's
 * wall-clock limit.
 */
export const maxInlineDelimitersPerLine = 2_000;

export function checkInlineDelimiters(text: string, name = 'the Markdown text', max = maxInlineDelimitersPerLine): void {
  let line = 1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      count = 0;
    } else if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d || c === 0x60) {
      if (++count > max) {
        throw new PlanInputError('too-complex', `${name}: line ${line} holds more than ${max} emphasis, link or code markers (* _ ~ [ ] \`); the limit keeps reading time bounded`);
      }
    }
  }
}
