// A profile suggested by a plan's title: a special plan (数据治理…, 数字经济…,
// 运营…) is checked against its own step rather than all eight. Only ever
// shown beside the profile used — applying it is the reviewer's call (a
// manifest entry or a .plancheck.json), never the checker's.
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch, normalizedList } from '../match/normalize.ts';

export interface ProfileSuggestion {
  profile: string;
  /** The title's words that suggest it. */
  cue: string;
}

const LATIN = /^[a-z]/;

/** Where the cue first stands in the title; an English cue only at a word's start (no operation in cooperation). */
function firstAt(title: string, cue: string): number {
  for (let at = title.indexOf(cue); at >= 0; at = title.indexOf(cue, at + 1)) {
    if (!LATIN.test(cue) || at === 0 || !/[a-z0-9]/.test(title[at - 1])) return at;
  }
  return -1;
}

export function suggestProfile(title: string | null, current: string | null): ProfileSuggestion | null {
  if (!title) return null;
  // Normalized, so 數據策略 and 数据策略 are one cue; offsets are the original's (normalizing keeps length).
  const norm = normalizeForMatch(title);
  let best: (ProfileSuggestion & { at: number }) | null = null;
  for (const [profile, cues] of Object.entries(vocabulary().profileTitleCues)) {
    for (const cue of normalizedList(cues)) {
      const at = firstAt(norm, cue);
      if (at >= 0 && (!best || at < best.at)) best = { profile, cue: title.slice(at, at + cue.length), at };
    }
  }
  if (!best || best.profile === current) return null;
  return { profile: best.profile, cue: best.cue };
}
