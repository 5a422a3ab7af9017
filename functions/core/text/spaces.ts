// Characters counted without the white space between them, without a copy of the text made to
// count them (text.replace(/\s/g, '').length): asked of every run of a DOCX and every list item.

/** Whether a UTF-16 unit is one /\s/ matches. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text.replace(/\s/g, '').length */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** text.replace(/\s/g, '').length > max, stopping once it is. */
export function nonSpaceLonger(text: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i)) && ++n > max) return true;
  return false;
}
