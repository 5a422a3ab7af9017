// Years as the facts read them: one place for the year, range, deadline and
// five-year-plan patterns that the horizon, targets and stages facts share.
import type { FactContext } from '../facts/context.ts';

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** Taiwan's Minguo calendar: year 1 is 1912. */
const ROC_OFFSET = 1911;

/** A period "2021—2025年" / "2024 to 2028" / "FY2026–FY2028" (after normalizeForMatch's one dash). */
// Dates may stand at either end (2025年7月至2028年6月, 1 July 2025 to 30 June 2028, July 2025 – June 2028).
export const RANGE = /(?:fy\s?)?((?:19|20)\d\d)\s*(?:年度?(?:\d{1,2}月(?:\d{1,2}日)?)?起?|财年)?\s*(?:-|至|到|to|through|–|until)\s*(?:fy\s?)?(?:(?:\d{1,2}\s+)?[a-z]{3,9}\.?\s+)?((?:19|20)\d\d)(?!\d)\s*(?:年度?)?/g;
const ONE_RANGE = new RegExp(RANGE.source);
/** Whether a (normalized) text holds a span of years. */
export const holdsRange = (text: string): boolean => ONE_RANGE.test(text);
/** A range of financial years "2026/27 to 2030/31" (or 2026-27 – 2030-31), read before arabicYears folds each to its first year. */
export const FINANCIAL_RANGE = /(?<!\d)((?:19|20)\d\d)[/-](\d\d)\s*(?:-|至|到|to|through|until)\s*((?:19|20)\d\d)[/-](\d\d)(?!\d)/g;
/** A deadline "到2025年" / "by 2027" / "至2030年底". */
export const DEADLINE = /(?:到|至|截至|截止到|by|until)\s*(?:the end of\s*)?(?:fy\s?)?((?:20)\d\d)(?!\d)\s*年?(?:底|末)?/g;
/**
 * Every match of a global pattern in the text, as matchAll gives them, by exec over the pattern
 * itself (lastIndex reset first; the matches are gathered before the caller reads them, so
 * nothing between can move it): matchAll clones its pattern, once per sentence of a long plan.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
export const FIVE_YEAR: Record<string, [number, number]> = {
  十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030],
  '13th five-year': [2016, 2020], '14th five-year': [2021, 2025], '15th five-year': [2026, 2030],
};

// The end of a five-year plan as a deadline (到“十五五”末, 到十四五期末): a target's year, written as
// that plan's last year in the same length (“十五五”末 → 2030年末), for the targets fact only: the
// horizon reads the five-year plan's name itself.
const FIVE_YEAR_END = /["“]?十([三四五])五["”]?期?末/g;
export function fiveYearEnds(text: string): string {
  if (!text.includes('五') || !text.includes('末')) return text;
  return text.replace(FIVE_YEAR_END, (m, d: string) => {
    const year = `${FIVE_YEAR[`十${d}五`][1]}年末`;
    return m.length >= year.length ? year.padEnd(m.length, ' ') : year.slice(0, m.length);
  });
}

/**
 * 二〇二五年 → 2025年 (same length); in a Minguo-dated document also 民国115年 /
 * 115年度 → 2026年 (one character longer: quotes there may be off by a character).
 */
export function arabicYears(norm: string, roc = false): string {
  // Fiscal years in two digits (FY26–FY30) → FY2026 (two characters longer: quotes may be off by two).
  if (norm.includes('fy')) norm = norm.replace(/\bfy\s?(\d\d)(?!\d)/g, 'fy20$1');
  // A financial year 2025/26 is read by the year it starts in (2025/26至2028/29 → 2025–2028).
  if (norm.includes('/')) norm = norm.replace(/((?:19|20)\d\d)\/\d\d(?!\d)/g, '$1');
  // So is 2025-26 (2025–26 to 2027–28 → 2025 to 2027); a range cut short (2026-30) is 2026-2030.
  if (norm.includes('-')) {
    norm = norm.replace(/(?<!\d)((?:19|20)(\d\d))-(\d\d)(?![\d年])/g, (m, year: string, yy: string, next: string) =>
      Number(next) === (Number(yy) + 1) % 100 ? year : Number(next) > Number(yy) ? `${year}-${year.slice(0, 2)}${next}` : m,
    );
  }
  // Most sentences name no year at all; horizon, targets and stages ask for every one.
  if (!norm.includes('年')) return norm;
  let out = cnYearBefore(norm) ? norm.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) => [...m].map((c) => CN_DIGITS[c] ?? c).join('')) : norm;
  // The first year of a Minguo range (115至118年度, 114-117年) has no 年 of its own.
  if (roc) out = out.replace(/(?:民国\s*)?(?<!\d)(1[0-4]\d)(?=\s*年|\s*(?:年度?)?\s*(?:-|至|到)\s*1[0-4]\d\s*年)/g, (_m, y: string) => String(Number(y) + ROC_OFFSET));
  return out;
}

/**
 * Whether some 年 follows four Chinese digits (二〇二五年), the one place the replace above
 * changes anything: most sentences hold 年 after Arabic digits only, and horizon, targets and
 * stages ask for every sentence.
 */
function cnYearBefore(norm: string): boolean {
  for (let at = norm.indexOf('年', 4); at >= 0; at = norm.indexOf('年', at + 1)) {
    if (isCnDigit(norm.charCodeAt(at - 1)) && isCnDigit(norm.charCodeAt(at - 2)) && isCnDigit(norm.charCodeAt(at - 3)) && isCnDigit(norm.charCodeAt(at - 4))) return true;
  }
  return false;
}

/** 〇零一二三四五六七八九, the regex's class above. */
function isCnDigit(c: number): boolean {
  switch (c) {
    case 0x3007: // 〇
    case 0x96f6: // 零
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
      return true;
    default:
      return false;
  }
}

/** A range of Minguo years (115至118年度, 114-117年): no Gregorian text writes a range of three-digit years. */
const ROC_RANGE = /(?<![\d.,])1[01]\d\s*(?:年度?)?\s*(?:-|至|到)\s*1[01]\d\s*年/;
/** A Minguo year of this decade alone (115年); 100年 may be a century (建党100年), 110–119年 hardly. */
const ROC_YEAR = /(?<![\d.,])11\d\s*年/g;
/** Minguo years alone that date a document by that calendar. */
const ROC_YEARS_ALONE = 3;

/** Whether the document dates by the Minguo calendar (民國114年). */
export function usesRocYears(ctx: FactContext): boolean {
  let roc = ctx.cache.get('years:roc') as boolean | undefined;
  if (roc === undefined) {
    // A Taiwan plan may never write 民國: its title's 115至118年度, or years 110–119 written as such
    // again and again (115年、116年), say the calendar as well.
    roc = ctx.units.some((u) => u.norm.includes('民国') || ROC_RANGE.test(u.norm));
    if (!roc) {
      let n = 0;
      for (const u of ctx.units) if (u.norm.includes('年')) n += u.norm.match(ROC_YEAR)?.length ?? 0;
      roc = n >= ROC_YEARS_ALONE;
    }
    ctx.cache.set('years:roc', roc);
  }
  return roc;
}

/** An English month's name, in full or cut short (Dec, Sept.): one list for every date the facts read. */
export const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
/** A month's name alone (the "unit" after a day: 30 june). */
export const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`);
/** A date that names its day (31 march 2026, december 31, 2026). */
export const DAY_DATE = new RegExp(String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\.?\s+\d{1,2}\b`);

/**
 * A target's deadline: 到2027年, by March 2029 (English names a month or a part of the year
 * between, or a day and a month: by the end of 2029, by mid-2028, by December 31, 2026, by 31 March 2028),
 * 2026年底前, 於2028年前 (the year in group 1, 2 or 3).
 */
export const TARGET_DEADLINE = new RegExp(String.raw`(?:(?<!截)到|(?<![截止])至|\b(?:by|until)(?:\s+(?:the\s+)?(?:end|close|start|middle)\s+of|\s+(?:early|mid|late|end)[\s-]|\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_NAME}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?)?)\s*(20\d\d)(?!\d)\s*年?(?!的)|(?<!\d)(20\d\d)\s*年(?:底|末)(?:以)?前|[于在]\s*(20\d\d)\s*年(?:以)?前`);
export const deadlineYear = (m: RegExpExecArray) => Number(m[1] ?? m[2] ?? m[3]);

/**
 * A year that opens a passage or heads a section as its stage ("2026年：打基础。…", "2027 –",
 * "In 2028:", a heading "2026年"): what follows is that year's. So does a year named as its stage
 * ("2026年为夯基攻坚年。…", "2027年是全面推进年", "2028 is the year of consolidation."). The year may
 * follow a typed bullet (• 2027年：…, a Word paragraph's glyph) and carry a gloss before its colon
 * (2026年（115年）：, 2027 (Year 2):).
 */
export const YEAR_LEAD = /^\s*(?:[•·▪●○◆■□►➢]\s*)?(?:(?:到|至|in|by|for)\s*)?(20\d\d)\s*(?:年度?|fy)?\s*(?:[（(][^（()）]{1,12}[)）]\s*)?(?:$|[:：—–]|\s-\s|(?:为|是)[^，。；：,;:\d]{1,10}年(?:度)?\s*(?:$|[。：:，,；;])|is\s+(?:the\s+)?year\s+(?:of|for|to)\b)/;

/** A year and its figure side by side (2025年62%，2028年85%; 2028: 1,600): one column of an indicator written as text. */
export const YEAR_FIGURE = /(?<!\d)(20\d\d)\s*(?:年(?:底|末)?|[:：])\s*(?:达到|为)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d|年)/g;
