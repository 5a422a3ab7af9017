// The page's script (plain browser JS, served inline). Document text only ever
// goes through textContent / createTextNode, never innerHTML. Everything the
// page says is in its language, errors included (API error codes map to texts).
import { PAGE_DIFF_SCRIPT } from './page-diff-script.ts';
import { PAGE_TEXTS } from './page-texts.ts';

export const PAGE_SCRIPT = String.raw`
(function () {
  var TEXTS = ${JSON.stringify(PAGE_TEXTS)};
  // The downloads row, built from this list after a check (sources: only for plans read from these formats).
  var FORMATS = [
    { format: 'html', label: 'HTML', ext: 'html' },
    { format: 'md', label: 'Markdown', ext: 'md' },
    { format: 'json', label: 'JSON', ext: 'json' },
    { format: 'sarif', label: 'SARIF', ext: 'sarif' },
    { format: 'junit', label: 'JUnit', ext: 'junit.xml' },
    { format: 'docx', label: { zh: 'Word（带批注）', en: 'Word with comments' }, ext: 'docx', sources: ['docx'] }
  ];
  var $ = function (id) { return document.getElementById(id); };
  var file = null, lastId = null, lastResult = null;

  // Bidi controls from a plan (U+202A–U+202E, U+2066–U+2069) are dropped: they would reorder the page's own text.
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text).replace(BIDI, ''); return e; }
  function add(parent, child) { parent.appendChild(child); return child; }
  function lang() { return $('lang').value === 'en' ? 'en' : 'zh'; }
  function t(key, values) {
    var s = TEXTS[lang()].ui[key] || key;
    return s.replace(/\{(\w+)\}/g, function (m, k) { return values && k in values ? String(values[k]) : m; });
  }
  function headers() { var h = {}; var k = $('apikey').value.trim(); if (k) h['Authorization'] = 'Bearer ' + k; return h; }
  function status(text, isError) { var s = $('status'); s.textContent = text; s.className = isError ? 'error' : ''; }
  function paren(text) { return lang() === 'zh' ? '（' + text + '）' : ' (' + text + ')'; }
  function list(items) { return items.join(lang() === 'zh' ? '、' : ', '); }

  function labels() {
    document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(function (n) { n.textContent = t(n.getAttribute('data-t')); });
  }

${PAGE_DIFF_SCRIPT}

  function setFile(f) { file = f; $('filename').textContent = f ? f.name : ''; }

  function loadProfiles() {
    fetch('/v1/profiles', { headers: headers() }).then(function (r) { return r.ok ? r.json() : null; }).then(function (body) {
      if (!body) return;
      var items = Array.isArray(body) ? body : body.profiles || [];
      var sel = $('profile'); var was = sel.value; sel.textContent = '';
      items.forEach(function (p) { var o = el('option', null, p.name + (p.title ? ' — ' + (p.title[lang()] || p.title.zh || p.title) : '')); o.value = p.name; if (was ? was === p.name : (p.default || body.default === p.name)) o.selected = true; sel.appendChild(o); });
    }).catch(function () {});
  }

  // An error from the API, in the page's language: its code's text, else a generic one naming the code.
  function apiError(code, fallback) {
    var e = new Error(TEXTS[lang()].errors[code] || t('failed', { code: code || fallback || '?' }));
    e.code = code;
    return e;
  }
  function readError(r) {
    return r.json().then(function (b) { return apiError(b && b.error && b.error.code, String(r.status)); }, function () { return apiError(null, String(r.status)); });
  }

  // Large uploads are answered 202 and checked by the worker: poll the check's status record.
  function poll(id, tries) {
    return fetch('/v1/checks/' + encodeURIComponent(id), { headers: Object.assign({ Accept: 'application/json' }, headers()) }).then(function (r) {
      if (!r.ok) return readError(r).then(function (e) { throw e; });
      return r.json().then(function (b) {
        if (b.status === 'done' && b.result) return b.result;
        if (b.status === 'failed') throw apiError(b.error && b.error.code, 'failed');
        if (tries > 600) throw apiError('timeout');
        return new Promise(function (ok) { setTimeout(ok, 500); }).then(function () { return poll(id, tries + 1); });
      });
    });
  }

  // The media type by the file's name; anything else goes as bytes for the server to name (a .doc, an .xlsx).
  function mediaType(name) {
    if (/\.docx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (/\.pdf$/i.test(name)) return 'application/pdf';
    if (/\.(md|markdown)$/i.test(name)) return 'text/markdown';
    if (/\.txt$/i.test(name)) return 'text/plain';
    return 'application/octet-stream';
  }

  // A failed check leaves nothing of the previous one: no report, no downloads.
  function clearReport() { $('report').textContent = ''; lastResult = null; lastId = null; }

  function submit(ev) {
    ev.preventDefault();
    if (!file) { clearReport(); status(t('noFile'), true); return; }
    status(t('checking'), false);
    var q = '?lang=' + lang() + '&filename=' + encodeURIComponent(file.name) + ($('profile').value ? '&profile=' + encodeURIComponent($('profile').value) : '');
    var h = headers(); h['Content-Type'] = mediaType(file.name);
    h['X-Filename'] = encodeURIComponent(file.name);
    var sent = file;
    fetch('/v1/checks' + q, { method: 'POST', headers: h, body: file }).then(function (r) {
      if (!r.ok) return readError(r).then(function (e) { throw e; });
      return r.json().then(function (b) {
        var id = b.id || (b.check && b.check.id) || (r.headers.get('Location') || '').split('/').pop() || null;
        lastId = id;
        var result = b.result || (b.results ? b : null);
        return result || poll(id, 0);
      });
    }, function () { throw apiError('network'); }).then(function (result) {
      return compareWithPrevious(result, lastId, sent.name).then(function (cmp) { lastResult = result; status('', false); show(result, sent, cmp); });
    }).then(null, function (e) { clearReport(); status(e.message, true); });
  }

  // The plan's headings as written, by heading path; leading levels every section shares are left out of locations.
  function headingsOf(r) {
    var raw = {}, outline = r.outline || [], skip = 0;
    outline.forEach(function (e) { var k = e.path.join('\u0001'); if (!(k in raw)) raw[k] = e.heading; });
    while (outline.length > skip + 1 && outline[skip].level === skip + 1 && outline.slice(skip + 1).every(function (e) { return e.level > skip + 1; })) skip++;
    return { raw: raw, skip: skip };
  }
  function displayPath(path, hs) {
    var out = path.map(function (h, i) { var k = path.slice(0, i + 1).join('\u0001'); return k in hs.raw ? hs.raw[k] : h; });
    return out.slice(Math.min(hs.skip, Math.max(0, path.length - 1)));
  }
  // Where evidence stands: the heading as the plan writes it, the paragraph's first words, the page of a PDF.
  function where(ev, hs) {
    var parts = [];
    if (ev.position && ev.position.file) parts.push(ev.position.file);
    parts.push(ev.path && ev.path.length ? displayPath(ev.path, hs).join(' › ') : t('opening'));
    if (ev.lead) parts.push(t('lead', { lead: ev.lead }));
    if (ev.position && ev.position.page) parts.push(t('page', { n: ev.position.page }));
    return parts.join(' · ');
  }
  function quoted(text) { return lang() === 'zh' ? '「' + text + '」' : '“' + text + '”'; }
  function insertion(point, hs) {
    var at = point.path.length ? displayPath(point.path, hs).join(' › ') : t('topLevel');
    var heading = point.heading ? quoted(point.heading[lang()]) : '';
    var what = point.after && heading ? t('insertAfter', { after: quoted(displayPath(point.after, hs).slice(-1)[0]), heading: heading })
      : heading ? t('insertFirst', { heading: heading }) : t('insertHere');
    return at + ' → ' + what;
  }

  var SEV = { error: 0, warning: 1, info: 2 };
  var RANK = { fail: 0, partial: 1, waived: 2, pass: 3, 'not-applicable': 4 };
  function compare(a, b) { return SEV[a.severity] - SEV[b.severity] || RANK[a.status] - RANK[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); }
  function isOpen(r) { return r.status === 'fail' || r.status === 'partial'; }
  function samePlace(a, b) {
    return !a.heading && !b.heading && a.starter.zh === b.starter.zh && (a.position && a.position.start.offset) === (b.position && b.position.start.offset) && a.path.join('/') === b.path.join('/') && (a.after || []).join('/') === (b.after || []).join('/');
  }
  // Where each of a rule's gaps goes: its missing parts' places (parts sharing a paragraph place once), else the rule's.
  function gapsOf(r) {
    var gaps = [];
    r.parts.forEach(function (p) {
      if (!p.insertAt) return;
      var same = gaps.filter(function (g) { return samePlace(g.point, p.insertAt); })[0];
      if (same) same.parts.push(p); else gaps.push({ rule: r, parts: [p], point: p.insertAt, also: [] });
    });
    if (!gaps.length && r.insertAt) gaps.push({ rule: r, parts: [], point: r.insertAt, also: [] });
    return gaps;
  }
  // Each gap once: a related finding folds under the most severe of its group; gaps placed by outline index.
  function drafterView(r) {
    var byId = {}; r.results.forEach(function (x) { byId[x.id] = x; });
    var open = r.results.filter(function (x) { return isOpen(x) || x.status === 'waived'; }).sort(compare);
    var primary = [], folded = {};
    open.forEach(function (x) {
      var group = [x].concat((x.related || []).map(function (id) { return byId[id]; }).filter(function (y) { return y && isOpen(y); }));
      var leader = isOpen(x) ? group.sort(compare)[0] : x;
      if (leader === x) primary.push(x); else (folded[leader.id] = folded[leader.id] || []).push(x);
    });
    var outline = r.outline || [], at = {};
    outline.forEach(function (e, i) { var k = (e.position.file || '') + '|' + e.position.start.offset; if (!(k in at)) at[k] = i; });
    var view = { primary: primary, folded: folded, errors: primary.filter(function (x) { return x.severity === 'error' && isOpen(x); }), inside: {}, after: {}, top: [], elsewhere: [] };
    var seen = {};
    primary.filter(isOpen).forEach(function (lead) {
      [lead].concat(folded[lead.id] || []).forEach(function (rule) {
        gapsOf(rule).forEach(function (g) {
          var pk = g.point.position ? (g.point.position.file || '') + '|' + g.point.position.start.offset : '';
          var key = pk + '#' + g.point.path.join('/') + '#' + (g.point.heading ? g.point.heading.zh : g.point.starter.zh);
          if (seen[key]) { if (seen[key].rule !== rule && seen[key].also.indexOf(rule) < 0) seen[key].also.push(rule); return; }
          seen[key] = g;
          var i = pk in at ? at[pk] : undefined;
          if (i === undefined) (g.point.path.length || g.point.after ? view.elsewhere : view.top).push(g);
          else if (g.point.after) { var j = i; while (j + 1 < outline.length && outline[j + 1].level > outline[i].level) j++; (view.after[j] = view.after[j] || []).push(g); }
          else (view.inside[i] = view.inside[i] || []).push(g);
        });
      });
    });
    return view;
  }

  function ruleLink(r, cls) { var a = el('a', cls, r.title[lang()] || r.id); a.href = '#rule-' + r.id; return a; }

  function copyButton(text) {
    var b = el('button', 'copy secondary', t('copy')); b.type = 'button'; b.setAttribute('data-copy', text);
    b.addEventListener('click', function () {
      var done = function () { b.textContent = t('copied'); setTimeout(function () { b.textContent = t('copy'); }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
      else { var ta = el('textarea'); ta.value = text; document.body.appendChild(ta); ta.select(); document.execCommand('copy'); ta.remove(); done(); }
    });
    return b;
  }

  // First screen: the verdict (not a plan: first), the score, the error-level gaps in words with their clauses and where each goes.
  function firstScreen(r, view, hs, sent, cmp) {
    var s = el('section', 'first'); s.id = 'first';
    var v = r.verdict;
    if (!v.isPlan) {
      var bad = add(s, el('p', 'verdict bad', t('notPlan') + (v.genreLabel ? paren(v.genreLabel) : '') + (v.reasons[0] ? (lang() === 'zh' ? '：' : ': ') + v.reasons[0] : '')));
      bad.id = 'verdict'; bad.setAttribute('role', 'alert');
    }
    add(s, el('h2', 'doc-title', r.document && r.document.title || (sent && sent.name) || ''));
    var score = add(s, el('p', 'score'));
    add(score, el('span', 'big', r.scores && r.scores.overall !== null ? Math.round(r.scores.overall) : '—'));
    add(score, el('span', null, ' / 100 · ' + t('counts', { pass: r.summary.pass, partial: r.summary.partial, fail: r.summary.fail })));
    if (v.isPlan) { var ok = add(s, el('p', 'verdict ok', '✓ ' + t('isPlan'))); ok.id = 'verdict'; }
    if (cmp && cmp.diff) add(s, diffJump(cmp.diff));
    var fix = add(s, el('div')); fix.id = 'to-fix';
    if (!v.isPlan) add(fix, el('p', null, t('notPlanFirst')));
    else if (!view.errors.length) add(fix, el('p', 'none', t('noneToFix')));
    else {
      add(fix, el('strong', null, t('toFix', { n: view.errors.length })));
      var ol = add(fix, el('ol'));
      view.errors.forEach(function (x) {
        var li = add(ol, el('li', 'to-fix-item')); li.setAttribute('data-rule', x.id);
        add(li, ruleLink(x));
        li.appendChild(document.createTextNode(paren(t('clause') + ' ' + x.clause) + (lang() === 'zh' ? '：' : ': ') + x.message.replace(BIDI, '')));
        gapsOf(x).forEach(function (g) { add(li, el('span', 'go', insertion(g.point, hs))); });
      });
    }
    var dl = add(s, el('div', 'row downloads')); dl.id = 'downloads';
    add(dl, el('span', null, t('download')));
    FORMATS.filter(function (f) { return !f.sources || f.sources.indexOf(r.document.format) >= 0; }).forEach(function (f) {
      var b = add(dl, el('button', 'secondary', typeof f.label === 'string' ? f.label : f.label[lang()]));
      b.type = 'button'; b.setAttribute('data-format', f.format);
      b.addEventListener('click', function () { download(f, sent); });
    });
    return s;
  }

  function coverage(r, cmp) {
    var moves = stepDeltas(cmp);
    var s = el('section', 'coverage'); s.id = 'coverage';
    add(s, el('h3', null, t('coverage')));
    var ul = add(s, el('ul', 'steps'));
    (r.scores.stages || []).forEach(function (stage) { stage.steps.forEach(function (x) {
      var li = add(ul, el('li')); add(li, el('div', null, x.title[lang()] || x.step));
      var level = !x.inScope || x.score === null ? 'na' : x.score >= 80 ? 'high' : x.score >= 50 ? 'mid' : 'low';
      var bar = add(li, el('div', 'bar ' + level)); bar.setAttribute('data-score', x.score === null ? '' : Math.round(x.score));
      var fill = add(bar, el('span')); fill.style.width = (x.inScope && x.score ? Math.round(x.score) : 0) + '%';
      var pct = add(li, el('div', 'where', x.inScope ? (x.score === null ? '—' : Math.round(x.score) + '%') : t('na')));
      if (moves[x.step]) add(pct, el('span', 'delta ' + (moves[x.step] > 0 ? 'up' : 'down'), deltaText(moves[x.step])));
    }); });
    return s;
  }

  function gapItem(g, level) {
    var li = el('li', 'gap ' + g.rule.severity + ' l' + Math.min(Math.max(level, 1), 6));
    add(li, el('span', 'plus', '＋'));
    add(li, el('strong', null, g.point.heading ? g.point.heading[lang()] : t('insertHere') + (g.parts.length ? (lang() === 'zh' ? '：' : ': ') + list(g.parts.map(function (p) { return p.label[lang()]; })) : '')));
    [g.rule].concat(g.also).forEach(function (x) { add(li, ruleLink(x, 'chip ' + x.status)).textContent += ' · ' + x.clause; });
    add(li, el('span', 'badge ' + g.rule.severity, TEXTS[lang()].severity[g.rule.severity]));
    var st = add(li, el('div', 'starter-row'));
    add(st, el('span', 'starter', g.point.starter[lang()]));
    add(st, copyButton(g.point.starter[lang()]));
    return li;
  }

  // The plan's own outline: each section with its findings, every gap where it goes.
  function outlineView(r, view) {
    var s = el('section', 'outline'); s.id = 'outline';
    add(s, el('h3', null, t('outline')));
    add(s, el('p', 'where', t('outlineDesc')));
    var byId = {}; r.results.forEach(function (x) { byId[x.id] = x; });
    var ol = add(s, el('ol', 'outline'));
    view.top.forEach(function (g) { add(ol, gapItem(g, 1)); });
    (r.outline || []).forEach(function (e, i) {
      var li = add(ol, el('li', 'sec l' + Math.min(e.level, 6)));
      add(li, el('span', 'h', e.heading));
      var rules = e.findings.map(function (id) { return byId[id]; }).filter(Boolean);
      rules.filter(isOpen).forEach(function (x) { add(li, ruleLink(x, 'chip ' + x.status)); });
      var met = rules.filter(function (x) { return x.status === 'pass'; }).length;
      if (met) add(li, el('span', 'chip ok', '✓ ' + t('sectionOk', { n: met })));
      (view.inside[i] || []).forEach(function (g) { add(ol, gapItem(g, e.level + 1)); });
      (view.after[i] || []).forEach(function (g) { add(ol, gapItem(g, g.point.after ? g.point.after.length : e.level)); });
    });
    if (view.elsewhere.length) {
      add(s, el('h4', null, t('elsewhere')));
      var more = add(s, el('ol', 'outline'));
      view.elsewhere.forEach(function (g) { add(more, gapItem(g, 1)); });
    }
    return s;
  }

  function card(f, hs, folded, cmp) {
    var L = TEXTS[lang()];
    var d = el('section', 'finding ' + f.status); d.id = 'rule-' + f.id; d.setAttribute('data-rule', f.id);
    var h = add(d, el('h4'));
    add(h, el('span', 'badge status-' + f.status, L.status[f.status]));
    add(h, el('span', 'badge ' + f.severity, L.severity[f.severity]));
    h.appendChild(document.createTextNode(f.title[lang()] || f.id));
    add(d, el('div', 'where', t('clause') + ' ' + f.clause + ' · ' + f.id));
    sinceNotes(f, cmp).forEach(function (p) { add(d, p); });
    add(d, el('p', 'message', f.message));
    if (f.parts && f.parts.length) {
      var pl = el('ul', 'parts');
      f.parts.forEach(function (p) { add(pl, el('li', p.status, (p.label[lang()] || p.name) + ': ' + L.part[p.status])); });
      add(d, el('div', null, t('parts'))); add(d, pl);
    }
    (f.evidence || []).slice(0, 3).forEach(function (ev) { add(d, el('blockquote', 'quote', ev.quote)); add(d, el('div', 'where', t('where') + ': ' + where(ev, hs))); });
    if (isOpen(f)) {
      add(d, el('p', 'advice', t('advice') + ': ' + f.expected));
      gapsOf(f).forEach(function (g) {
        var p = add(d, el('p', 'insert', t('whereToWrite') + (g.parts.length ? paren(list(g.parts.map(function (x) { return x.label[lang()]; }))) : '') + ': ' + insertion(g.point, hs)));
        add(p, copyButton(g.point.starter[lang()]));
      });
    }
    if (folded && folded.length) {
      var det = add(d, el('details', 'related'));
      add(det, el('summary', null, t('alsoReported') + ': ' + list(folded.map(function (x) { return x.title[lang()]; }))));
      folded.forEach(function (x) { add(det, card(x, hs, null, cmp)); });
    }
    return d;
  }

  // cmp: the comparison with the previous upload of the same file name, when there is one.
  function show(r, sent, cmp) {
    var out = $('report'), hs = headingsOf(r), view = drafterView(r);
    out.textContent = '';
    if (cmp) add(out, diffView(cmp));
    add(out, firstScreen(r, view, hs, sent, cmp));
    add(out, coverage(r, cmp));
    add(out, outlineView(r, view));
    var fs = add(out, el('section', 'findings')); fs.id = 'findings';
    add(fs, el('h3', null, t('findings')));
    view.primary.forEach(function (f) { add(fs, card(f, hs, view.folded[f.id], cmp)); });
    [['pass', 'passes'], ['not-applicable', 'notApplicable']].forEach(function (k) {
      var rules = r.results.filter(function (x) { return x.status === k[0]; }).sort(compare);
      if (!rules.length) return;
      var det = add(fs, el('details', 'folded')); det.id = k[1];
      add(det, el('summary', null, t(k[1]) + ' (' + rules.length + ')'));
      rules.forEach(function (f) { add(det, card(f, hs, null, cmp)); });
    });
  }

  function download(f, sent) {
    var name = (sent ? sent.name.replace(/\.[^.]+$/, '') : 'report') + '.' + f.ext;
    var get = lastId
      ? fetch('/v1/checks/' + encodeURIComponent(lastId) + '?format=' + f.format + '&lang=' + lang(), { headers: headers() }).then(function (r) { if (!r.ok) return readError(r).then(function (e) { throw e; }); return r.blob(); })
      : Promise.resolve(new Blob([JSON.stringify(lastResult, null, 2)], { type: 'application/json' }));
    get.then(function (blob) {
      var a = el('a'); a.href = URL.createObjectURL(blob); a.download = name; document.body.appendChild(a); a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }, function (e) { status(e.message, true); });
  }

  var drop = $('drop');
  ['dragenter', 'dragover'].forEach(function (n) { drop.addEventListener(n, function (e) { e.preventDefault(); drop.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (n) { drop.addEventListener(n, function (e) { e.preventDefault(); drop.classList.remove('over'); }); });
  drop.addEventListener('drop', function (e) { if (e.dataTransfer.files[0]) setFile(e.dataTransfer.files[0]); });
  $('file').addEventListener('change', function () { setFile(this.files[0] || null); });
  $('lang').addEventListener('change', function () { labels(); loadProfiles(); if (file && lastResult) submit(new Event('submit')); });
  $('form').addEventListener('submit', submit);
  labels(); loadProfiles();
})();
`;
