// The page's "what changed" view (plain browser JS, spliced into page-script.ts's
// closure: it uses el, add, t, lang, paren, headers, readError, apiError, TEXTS).
// A re-upload of a file name checked earlier in this tab is compared with that
// earlier version through GET /v1/checks/{id}/diff (the core diff, never a second
// copy of it in the browser), and the page shows resolved / new / still open and
// the score change per step above the report (on a narrow screen right after the
// first screen, which keeps the verdict and the errors in view, with a line there
// leading down to it).
//
// The history lives in sessionStorage: a drafter's fix-and-re-upload cycle often
// reloads the page, which plain memory would forget, while localStorage would
// keep plan names on a shared machine for good and hand back check ids whose
// reports a newer checker no longer serves (stored reports are keyed by the
// checker build). Only names, check ids and content hashes are kept, no plan text.
export const PAGE_DIFF_SCRIPT = String.raw`
  var HISTORY_KEY = 'plancheck.uploads';
  var memoryHistory = {};
  function uploads() {
    try { return JSON.parse(sessionStorage.getItem(HISTORY_KEY) || '{}') || {}; } catch (e) { return memoryHistory; }
  }
  function rememberUploads(all) {
    memoryHistory = all;
    try { sessionStorage.setItem(HISTORY_KEY, JSON.stringify(all)); } catch (e) { /* storage off: this page's memory only */ }
  }
  // The check a result is compared with: the previous version (other content) of the same file name. The same
  // content again (a language switch re-checks it, or the same file is sent twice) keeps the comparison it had.
  function baseFor(name, id, sha256) {
    var all = uploads(), prev = all[name], base = null;
    if (prev && prev.sha256 === sha256) base = prev.base || null;
    else if (prev) base = prev.id;
    all[name] = { id: id, sha256: sha256, base: base };
    rememberUploads(all);
    return base;
  }

  // The diff of two stored checks; a failure is the comparison's, never the report's.
  function fetchDiff(id, baseId) {
    var url = '/v1/checks/' + encodeURIComponent(id) + '/diff?format=json&base=' + encodeURIComponent(baseId);
    return fetch(url, { headers: Object.assign({ Accept: 'application/json' }, headers()) }).then(function (r) {
      if (!r.ok) return readError(r).then(function (e) { throw e; });
      return r.json();
    }, function () { throw apiError('network'); });
  }
  function compareWithPrevious(result, id, name) {
    var baseId = id && result.document && result.document.sha256 ? baseFor(name, id, result.document.sha256) : null;
    if (!baseId) return Promise.resolve(null);
    return fetchDiff(id, baseId).then(function (d) { return { name: name, diff: d }; }, function (e) { return { name: name, error: e.message }; });
  }

  // The diff's numbers as core/diff/labels.ts writes them (one decimal, a true minus sign).
  function scoreText(x) { return x === null || x === undefined ? t('diff.none') : x.toFixed(1); }
  function deltaText(d) { return d === null || d === undefined ? '' : d > 0 ? '+' + d.toFixed(1) : d < 0 ? '\u2212' + Math.abs(d).toFixed(1) : '\u00b10'; }
  function scoreMove(c) { var d = deltaText(c.delta); return scoreText(c.base) + ' → ' + scoreText(c.head) + (d ? ' (' + d + ')' : ''); }
  function findingName(f) { return (f.title[lang()] || f.rule) + (f.part ? ' › ' + (f.part.label[lang()] || f.part.name) : ''); }
  function findingState(f) { var L = TEXTS[lang()]; return f.part ? L.part[f.part.status] : L.status[f.ruleStatus]; }
  function placeText(anchor) { return anchor && anchor.length ? anchor.join(' › ') : t('diff.plan'); }
  // How a resolved finding stands now: the rule passes, the part is present, or the rule left the profile.
  function nowState(a) {
    var L = TEXTS[lang()];
    if (a.ruleStatus === null) return t('diff.notInRuleset');
    if (a.ruleStatus === 'not-applicable') return t('diff.outOfScope');
    if (a.ruleStatus === 'pass' || a.ruleStatus === 'waived' || !a.partStatus) return L.status[a.ruleStatus];
    return L.part[a.partStatus];
  }
  function openState(o) {
    var L = TEXTS[lang()], now = findingState(o.finding);
    if (!o.changed) return now;
    var was = o.before.partStatus ? L.part[o.before.partStatus] : L.status[o.before.ruleStatus];
    return was === now ? now : was + ' → ' + now;
  }
  function openPlace(o) {
    var now = placeText(o.finding.anchor);
    return o.moved && o.before.anchor.length ? t('diff.moved') + ': ' + placeText(o.before.anchor) + ' → ' + now : now;
  }

  function diffItem(kind, f, tail) {
    var li = el('li', 'diff-item ' + kind + ' ' + f.severity);
    li.setAttribute('data-key', f.key); li.setAttribute('data-rule', f.rule);
    add(li, el('span', 'mark', kind === 'resolved' ? '✓' : kind === 'new' ? '＋' : '='));
    var a = add(li, el('a', null, findingName(f))); a.href = '#rule-' + f.rule;
    li.appendChild(document.createTextNode(paren(t('clauseShort', { clause: f.clause })) + ' '));
    add(li, el('span', 'badge ' + f.severity, TEXTS[lang()].severity[f.severity]));
    add(li, el('span', 'where', tail));
    return li;
  }
  function diffList(s, id, title, items) {
    var box = add(s, el('div', 'diff-list'));
    add(box, el('h4', null, title + ' (' + items.length + ')'));
    var ul = add(box, el('ul')); ul.id = id;
    if (!items.length) add(ul, el('li', 'none', t('diff.none')));
    items.forEach(function (li) { add(ul, li); });
  }

  // Above the report: since which upload, the score move, what was resolved, what is new, the steps that moved;
  // what is still open folded (it is the report below, once more).
  function diffView(cmp) {
    var s = el('section', 'diff'); s.id = 'diff';
    add(s, el('h3', null, t('diff.whatChanged')));
    if (cmp.error) { add(s, el('p', 'where', t('diffFailed', { reason: cmp.error }))); return s; }
    var d = cmp.diff;
    add(s, el('p', 'where', t('sincePrevious', { name: cmp.name })));
    var sum = add(s, el('p', 'diff-sum')); sum.id = 'diff-sum';
    add(sum, el('strong', null, t('diff.overall') + ' ' + scoreMove(d.scores.overall)));
    sum.appendChild(document.createTextNode(' · ' + t('diff.counts', { new: d.summary.new, resolved: d.summary.resolved, open: d.summary.stillOpen })));
    // A language switch re-checks in the other language; the findings pair all the same, so that note says nothing here.
    d.notes.filter(function (n) { return n.code !== 'lang-differs'; }).forEach(function (n) { add(s, el('p', 'note', t('note.' + n.code, { base: n.base, head: n.head }))); });
    var cols = add(s, el('div', 'diff-cols'));
    diffList(cols, 'diff-resolved', t('diff.resolved'), d.resolved.map(function (r) {
      return diffItem('resolved', r.finding, t('diff.now') + ' ' + nowState(r.after) + ' · ' + placeText(r.after.anchor));
    }));
    diffList(cols, 'diff-new', t('diffNew'), d.new.map(function (n) { return diffItem('new', n.finding, findingState(n.finding) + ' · ' + placeText(n.finding.anchor)); }));
    var moved = d.scores.steps.filter(function (x) { return x.delta !== null && x.delta !== 0 || x.inScope.base !== x.inScope.head; });
    var steps = add(s, el('div', 'diff-steps')); steps.id = 'diff-steps';
    if (!moved.length) add(steps, el('span', null, t('diff.scoreUnchanged')));
    else {
      add(steps, el('span', null, t('diff.scoreByStep') + (lang() === 'zh' ? '：' : ': ')));
      moved.forEach(function (x) { var c = add(steps, el('span', 'step-move', (x.title[lang()] || x.step) + ' ' + scoreMove(x))); c.setAttribute('data-step', x.step); });
      if (moved.length < d.scores.steps.length) add(steps, el('span', 'where', t('diff.otherSteps')));
    }
    var open = add(s, el('details', 'folded')); open.id = 'diff-open';
    add(open, el('summary', null, t('diff.stillOpen') + ' (' + d.stillOpen.length + ')'));
    var ul = add(open, el('ul'));
    d.stillOpen.forEach(function (o) { add(ul, diffItem('open', o.finding, openState(o) + ' · ' + openPlace(o))); });
    return s;
  }

  // On a narrow screen the diff follows the first screen (the verdict and the errors stay on it): this line says
  // what changed there and leads down to it. Wide screens hide it, the diff being above.
  function diffJump(d) {
    var a = el('a', 'diff-jump', t('diff.whatChanged') + (lang() === 'zh' ? '：' : ': ') + scoreMove(d.scores.overall) + ' · ' + t('diff.counts', { new: d.summary.new, resolved: d.summary.resolved, open: d.summary.stillOpen }) + ' ↓');
    a.href = '#diff'; a.id = 'diff-jump';
    return a;
  }

  // The move of each step's score, for the coverage bars.
  function stepDeltas(cmp) {
    var out = {};
    if (cmp && cmp.diff) cmp.diff.scores.steps.forEach(function (x) { if (x.delta) out[x.step] = x.delta; });
    return out;
  }

  // On a finding's card: which of its gaps this upload closed or opened, so a fixed finding that now folds
  // away among the passes still says why it moved.
  function sinceNotes(f, cmp) {
    var out = [];
    if (!cmp || !cmp.diff) return out;
    [['resolved', 'resolvedHere', cmp.diff.resolved], ['new', 'newHere', cmp.diff.new]].forEach(function (k) {
      var mine = k[2].filter(function (x) { return x.finding.rule === f.id; });
      if (!mine.length) return;
      var parts = mine.filter(function (x) { return x.finding.part; }).map(function (x) { return x.finding.part.label[lang()] || x.finding.part.name; });
      var p = el('p', 'since ' + k[0], t(k[1]) + (parts.length ? (lang() === 'zh' ? '：' : ': ') + list(parts) : ''));
      p.setAttribute('data-since', k[0]);
      out.push(p);
    });
    return out;
  }

  // A link to a finding folded away (among the passes, or under a related finding) opens its folds first.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#rule-"]') : null;
    var target = a && document.getElementById(a.getAttribute('href').slice(1));
    for (var d = target && target.parentElement; d; d = d.parentElement) if (d.tagName === 'DETAILS') d.open = true;
  });
`;
