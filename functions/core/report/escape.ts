// Escaping for every output language. Document text is hostile until escaped:
// a plan may hold <script>, ]]>, pipes, backticks or control characters.

// Characters XML 1.0 forbids even as references (C0 controls except tab, LF, CR;
// lone surrogates; U+FFFE/U+FFFF). Stripped rather than escaped.
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
// from a plan they would reorder the report's own text around a quote (the
// "Trojan Source" shape), so they are neutralised — dropped — wherever plan
// text is rendered for people. Natural right-to-left text still reads right.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** Drop characters no XML 1.0 or HTML document may carry (and that terminals misread), and bidi controls. */
export function stripControl(text: string): string {
  return text.replace(xmlIllegal, '').replace(bidiControls, '');
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values for HTML and XML alike. */
export function escapeXml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

export const escapeHtml = escapeXml;

/**
 * Inline Markdown (GFM) text: characters that would start markup are
 * backslash-escaped, HTML is neutralised as entities (GitHub renders raw HTML
 * in comments), and newlines fold to spaces so a quote stays on its line.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_\[\]|~]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Markdown text that must also stay inside one table cell. escapeMarkdown already escapes pipes. */
export const escapeMarkdownCell = escapeMarkdown;

/** A value safe as an HTML id / URL fragment: rule ids are kebab-case already; anything else is folded. */
export function anchorId(ruleId: string): string {
  return 'rule-' + ruleId.replace(/[^A-Za-z0-9_-]/g, '-');
}
