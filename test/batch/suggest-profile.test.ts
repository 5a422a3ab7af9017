// A special plan's title suggests its step's profile (the batch shows it beside the profile used).
import { describe, expect, it } from 'vitest';
import { suggestProfile } from '../../functions/core/batch/suggest-profile.ts';
import { vocabulary } from '../../functions/core/match/vocabulary.ts';
import { shippedProfiles } from '../../functions/core/rules/profiles.ts';

describe('suggestProfile', () => {
  it('names only profiles that ship', () => {
    const names = shippedProfiles().profiles.map((p) => p.name);
    for (const profile of Object.keys(vocabulary().profileTitleCues)) expect(names).toContain(profile);
  });

  it.each([
    ['某市公共数据治理实施方案（2026—2028年）', 'data-governance', '数据治理'],
    ['土地及地理資訊署 數據策略及推行計劃（2026-2029）', 'data-governance', '數據策略'],
    ['City of Harbor Bend Data Strategy FY2027–FY2029', 'data-governance', 'Data Strateg'],
    ['某市数字经济发展规划（2026—2030年）', 'digital-economy', '数字经济'],
    ['Smart Harbour Operations Plan 2026–2028', 'operations', 'Operation'],
  ])('%s → %s', (title, profile, cue) => {
    expect(suggestProfile(title, 'full')).toEqual({ profile, cue });
  });

  it('suggests nothing for a general plan, for the profile in use, or for a word inside another (cooperation)', () => {
    expect(suggestProfile('某市城市数字化转型规划（2026—2030年）', 'full')).toBeNull();
    expect(suggestProfile('某市公共数据治理实施方案', 'data-governance')).toBeNull();
    expect(suggestProfile('Regional Cooperation Digital Strategy 2026–2030', 'full')).toBeNull();
  });
});
