// A draft letter (letter.ts) as Markdown or as a self-contained HTML page.
// Every string in a letter may carry plan text (the title, a message quoting
// the plan): all of it is escaped.
import { escapeHtml, escapeMarkdown } from '../report/escape.ts';
import type { Letter, LetterItem } from './letter.ts';

export function renderLetterMarkdown(letter: Letter): string {
  const md = escapeMarkdown;
  const sep = letter.lang === 'zh' ? '：' : ': ';
  const out: string[] = [`# ${md(letter.heading)}`, '', md(letter.salutation), ''];
  for (const p of letter.paragraphs) out.push(md(p), '');
  if (letter.required) {
    out.push(`## ${md(letter.required.heading)}`, '');
    letter.required.items.forEach((it, i) => {
      out.push(`### ${i + 1}. ${md(it.title)}`, '');
      for (const l of it.lines) out.push(`- **${md(l.label)}**${sep}${md(l.text)}`);
      out.push('');
    });
  }
  if (letter.suggested) {
    out.push(`## ${md(letter.suggested.heading)}`, '');
    for (const it of letter.suggested.items) out.push(`- **${md(it.title)}** — ${it.lines.map((l) => `${md(l.label)}${sep}${md(l.text)}`).join(letter.lang === 'zh' ? '；' : '; ')}`);
    out.push('');
    if (letter.suggested.more) out.push(md(letter.suggested.more), '');
  }
  // Two trailing spaces: a line break inside the signature block.
  for (const s of letter.signature) out.push(md(s) + '  ');
  out.push('', '---', '', `*${md(letter.footer)}*`, '');
  return out.join('\n');
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
dl{margin:.2rem 0 .8rem;display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dt{font-weight:600}dd{margin:0}
.sig{margin-top:2rem;text-align:right}footer{margin-top:2rem;color:#666;font-size:.85rem;border-top:1px solid #ddd;padding-top:.5rem}
@media print{footer{display:none}}`;

export function renderLetterHtml(letter: Letter): string {
  const e = escapeHtml;
  const [sep, join] = letter.lang === 'zh' ? ['：', '；'] : [': ', '; '];
  const detailed = (it: LetterItem) =>
    `<li class="item" data-rule="${e(it.rule)}"><h3>${e(it.title)}</h3><dl>${it.lines.map((l) => `<dt>${e(l.label)}</dt><dd>${e(l.text)}</dd>`).join('')}</dl></li>`;
  const brief = (it: LetterItem) => `<li data-rule="${e(it.rule)}"><strong>${e(it.title)}</strong> — ${it.lines.map((l) => `${e(l.label)}${sep}${e(l.text)}`).join(join)}</li>`;
  const parts = [
    `<h1>${e(letter.heading)}</h1>`,
    `<p>${e(letter.salutation)}</p>`,
    ...letter.paragraphs.map((p) => `<p>${e(p)}</p>`),
    letter.required ? `<h2>${e(letter.required.heading)}</h2><ol class="required">${letter.required.items.map(detailed).join('')}</ol>` : '',
    letter.suggested
      ? `<h2>${e(letter.suggested.heading)}</h2><ul class="suggested">${letter.suggested.items.map(brief).join('')}</ul>${letter.suggested.more ? `<p>${e(letter.suggested.more)}</p>` : ''}`
      : '',
    `<p class="sig">${letter.signature.map(e).join('<br>')}</p>`,
    `<footer>${e(letter.footer)}</footer>`,
  ];
  return `<!doctype html>
<html lang="${letter.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(letter.heading)}</title><style>${STYLE}</style></head><body data-decision="${letter.decision}">
${parts.filter(Boolean).join('\n')}
</body></html>
`;
}
