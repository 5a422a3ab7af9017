// Concept terms in English text: a word matches a term by its start or its stem, except
// that a term of three letters or fewer (app, it, new) matches only itself, its plural or
// its stem: app is not applying or approach, new is not newly.
import { describe, expect, it } from 'vitest';
import { conceptMatch, holdsTerm } from '../../functions/core/match/concepts.ts';
import { normalizeForMatch } from '../../functions/core/match/normalize.ts';

const named = (text: string, concept: string) => {
  const norm = normalizeForMatch(text);
  const m = conceptMatch(norm, [concept]);
  return m ? norm.slice(m.start, m.spanEnd) : null;
};

describe('English concept terms', () => {
  it.each([
    ['Residents can apply for a parking permit online.', 'application-layer'],
    ['Our approach starts with the outcomes residents experience.', 'application-layer'],
    ['A newly elected council took office.', 'build-mode'],
  ])('a short term does not match a longer word: %s', (text, concept) => {
    expect(named(text, concept)).toBeNull();
  });

  it.each([
    ['Residents use our apps every day.', 'application-layer', 'apps'],
    ['We will build a new case system.', 'build-mode', 'new'],
    ['Public bodies share data through the exchange.', 'government-subject', 'public bodies'],
    ['Partners reach the records through APIs.', 'data-services', 'apis'],
  ])('a term still matches itself, its plural and its stem: %s', (text, concept, quote) => {
    expect(named(text, concept)).toBe(quote);
  });

  // A term written =word is not stemmed: Porter takes terminal and termination, position and
  // positive, indicator and indicative to one stem, and only the first of each names the concept.
  it.each([
    ['The termination of the telephony contract falls in 2027.', 'infrastructure-terminals'],
    ['Staff are positive about the change.', 'positioning'],
    ['An indicative budget of £2m is set aside.', 'evaluation-indicators'],
    ['Clear communications from the council matter.', 'citizen-subject'],
  ])('an unstemmed term does not match a word sharing only its stem: %s', (text, concept) => {
    expect(named(text, concept)).toBeNull();
  });
  it.each([
    ['Self-service terminals stand in every library.', 'infrastructure-terminals', 'terminals'],
    ['Our positioning in the region is clear.', 'positioning', 'positioning'],
    ['Each indicator has a baseline.', 'evaluation-indicators', 'indicator'],
  ])('an unstemmed term matches the words that start with it: %s', (text, concept, quote) => {
    expect(named(text, concept)).toBe(quote);
  });

  // A hyphenated term is cut where the text's words are (e-commerce: e, commerce), so it matches.
  it.each([
    ['Only a third of retailers sell through e-commerce.', 'industrial-digitalization', 'e-commerce'],
    ['About 40 start-ups work in the hub.', 'digital-industry', 'start-ups'],
  ])('a hyphenated term matches: %s', (text, concept, quote) => {
    expect(named(text, concept)).toBe(quote);
  });

  // A two-word term named head first, after of (rules of the market: market rules).
  it.each([
    ['The rules of the market are set by ordinance.', 'data-market-rules', 'rules of the market'],
    ['Terms of licensing are published with each listing.', 'data-market-rules', 'terms of licensing'],
    ['We agree a level of service with each department.', 'operations-goals', 'level of service'],
  ])('a two-word term matches as "B of the A": %s', (text, concept, quote) => {
    expect(named(text, concept)).toBe(quote);
  });

  it.each([
    ['The rules. Of the market we say little.', 'data-market-rules'],
    ['Rules for the market are set by ordinance.', 'data-market-rules'],
  ])('only "of" (and an article) may stand between the inverted words: %s', (text, concept) => {
    expect(named(text, concept)).toBeNull();
  });
});

// A Chinese list may share its head (数据采集、管理、服务平台: three platforms): a term ending on a
// shared head (管理平台) matches its item in such a list, but not two clauses that happen to meet
// at the head (加强数据管理、推进共享平台建设).
describe('Chinese lists sharing a head', () => {
  it.each([
    ['建设数据采集、管理、服务、应用、质量管理、安全管理六大平台，实现全生命周期治理。', '管理、服务、应用、质量管理、安全管理六大平台'],
    ['建設資料蒐集、管理、服務、應用、品質管理及安全管理等六項平臺。', '管理、服务、应用、质量管理及安全管理等六项平台'],
    ['建设数据采集、管理、服务平台。', '管理、服务平台'],
    ['统筹采集、管理两大平台。', '管理两大平台'],
  ])('a listed item takes the shared head: %s', (text, quote) => {
    expect(named(text, 'platform-management')).toBe(quote);
  });

  it.each([
    ['加强数据资源的管控、推进共享平台建设。'],
    ['加强管控和共享平台建设。'],
    ['加强管控、服务、应用，建设平台。'],
  ])('two clauses meeting at the head are no list: %s', (text) => {
    expect(named(text, 'platform-management')).toBeNull();
  });
});

// Chinese coordinated nouns may share their modifier (数据开放与流通: data opening and data circulation):
// a term of a modifier and a noun (数据流通) matches its noun at the end of such a coordination, but not
// a noun the modifier does not govern (数据开放的流通环节, 数据开放，流通).
describe('Chinese coordinations sharing a modifier', () => {
  it.each([
    ['推进数据开放与流通', '数据流通'],
    ['数据采集、汇聚和共享', '数据共享'],
    ['深化政务公开、办事和服务', '政务服务'],
  ])('the last noun takes the shared modifier: %s', (text, term) => {
    expect(holdsTerm(normalizeForMatch(text), [term])).toBe(true);
  });

  it.each([
    ['推进数据开放的流通环节', '数据流通'],
    ['加强数据开放，流通更加顺畅', '数据流通'],
    ['数据资源开放利用与流通', '数据流通'],
  ])('no coordination, no shared modifier: %s', (text, term) => {
    expect(holdsTerm(normalizeForMatch(text), [term])).toBe(false);
  });
});
