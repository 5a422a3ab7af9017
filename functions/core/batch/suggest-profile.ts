// A profile suggested by a plan's title: a special plan (数据治理…, 数字经济…,
// 运营…) is checked against its own step rather than all eight. Only ever
// shown beside the profile used — applying it is the reviewer's call (a
// manifest entry or a .plancheck.json), never the checker's.

/** Title words that name one step's special plan, in zh and en; first match in the title wins. */
const TITLE_CUES: { profile: string; cue: RegExp }[] = [
  { profile: 'data-governance', cue: /数据治理|数据管理|数据资源管理|data governance|data management/i },
  { profile: 'digital-economy', cue: /数字经济|数字产业|digital economy|digital industr(?:y|ies)/i },
  { profile: 'operations', cue: /运营|operations?\b/i },
  { profile: 'overall-architecture', cue: /总体架构|顶层架构|enterprise architecture|overall architecture/i },
];

export interface ProfileSuggestion {
  profile: string;
  /** The title's words that suggest it. */
  cue: string;
}

export function suggestProfile(title: string | null, current: string | null): ProfileSuggestion | null {
  if (!title) return null;
  let best: (ProfileSuggestion & { at: number }) | null = null;
  for (const { profile, cue } of TITLE_CUES) {
    const m = cue.exec(title);
    if (m && (!best || m.index < best.at)) best = { profile, cue: m[0], at: m.index };
  }
  if (!best || best.profile === current) return null;
  return { profile: best.profile, cue: best.cue };
}
