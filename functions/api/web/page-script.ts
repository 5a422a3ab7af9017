// The page's script (plain browser JS, served inline). Document text only ever
// goes through textContent / createTextNode, never innerHTML.
export const PAGE_SCRIPT = String.raw`
(function () {
  var T = {
    zh: { choose: '选择或拖入 PDF / DOCX / Markdown 规划文件', profile: '范围（profile）', lang: '报告语言', key: 'API 密钥（如需要）', check: '检查', checking: '检查中…', coverage: '各步骤覆盖情况', findings: '检查结果（错误在前）', clause: '条款', parts: '组成部分', present: '已有', mentioned: '提及', missing: '缺失', evidence: '依据', where: '位置', advice: '建议补充', download: '下载报告', noFile: '请先选择文件', na: '不在范围', line: '行' },
    en: { choose: 'Choose or drop a PDF / DOCX / Markdown plan', profile: 'Profile', lang: 'Report language', key: 'API key (if required)', check: 'Check', checking: 'Checking…', coverage: 'Coverage per step', findings: 'Findings (errors first)', clause: 'Clause', parts: 'Parts', present: 'present', mentioned: 'mentioned', missing: 'missing', evidence: 'Evidence', where: 'Where', advice: 'What to add', download: 'Download report', noFile: 'Choose a file first', na: 'not in scope', line: 'line' }
  };
  var STATUS = { zh: { pass: '通过', partial: '部分满足', fail: '缺失', 'not-applicable': '不适用', waived: '豁免' }, en: { pass: 'pass', partial: 'partial', fail: 'fail', 'not-applicable': 'n/a', waived: 'waived' } };
  var $ = function (id) { return document.getElementById(id); };
  var file = null, lastId = null, lastResult = null;

  // Bidi controls from a plan (U+202A–U+202E, U+2066–U+2069) are dropped: they would reorder the page's own text.
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text).replace(BIDI, ''); return e; }
  function lang() { return $('lang').value === 'en' ? 'en' : 'zh'; }
  function headers() { var h = {}; var k = $('apikey').value.trim(); if (k) h['Authorization'] = 'Bearer ' + k; return h; }
  function status(text, isError) { var s = $('status'); s.textContent = text; s.className = isError ? 'error' : ''; }

  function labels() {
    var t = T[lang()];
    document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(function (n) { n.textContent = t[n.getAttribute('data-t')]; });
  }

  function setFile(f) { file = f; $('filename').textContent = f ? f.name : ''; }

  function loadProfiles() {
    fetch('/v1/profiles', { headers: headers() }).then(function (r) { return r.ok ? r.json() : null; }).then(function (body) {
      if (!body) return;
      var list = Array.isArray(body) ? body : body.profiles || [];
      var sel = $('profile'); sel.textContent = '';
      list.forEach(function (p) { var o = el('option', null, p.name + (p.title ? ' — ' + (p.title[lang()] || p.title.zh || p.title) : '')); o.value = p.name; if (p.default || body.default === p.name) o.selected = true; sel.appendChild(o); });
    }).catch(function () {});
  }

  function errorMessage(r) {
    return r.json().then(function (b) { return (b && b.error && b.error.message) || r.statusText; }, function () { return r.status + ' ' + r.statusText; });
  }

  // Large uploads are answered 202 and checked by the worker: poll the check's status record.
  function poll(id, tries) {
    return fetch('/v1/checks/' + encodeURIComponent(id), { headers: Object.assign({ Accept: 'application/json' }, headers()) }).then(function (r) {
      if (!r.ok) return errorMessage(r).then(function (m) { throw new Error(m); });
      return r.json().then(function (b) {
        if (b.status === 'done' && b.result) return b.result;
        if (b.status === 'failed') throw new Error((b.error && b.error.message) || 'the check failed');
        if (tries > 600) throw new Error('timed out');
        return new Promise(function (ok) { setTimeout(ok, 500); }).then(function () { return poll(id, tries + 1); });
      });
    });
  }

  function submit(ev) {
    ev.preventDefault();
    if (!file) { status(T[lang()].noFile, true); return; }
    status(T[lang()].checking, false);
    var q = '?lang=' + lang() + '&filename=' + encodeURIComponent(file.name) + ($('profile').value ? '&profile=' + encodeURIComponent($('profile').value) : '');
    var h = headers(); h['Content-Type'] = file.type || (/\.docx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : /\.pdf$/i.test(file.name) ? 'application/pdf' : 'text/markdown');
    h['X-Filename'] = encodeURIComponent(file.name);
    fetch('/v1/checks' + q, { method: 'POST', headers: h, body: file }).then(function (r) {
      if (!r.ok) return errorMessage(r).then(function (m) { throw new Error(m); });
      return r.json().then(function (b) {
        var id = b.id || (b.check && b.check.id) || (r.headers.get('Location') || '').split('/').pop() || null;
        lastId = id;
        var result = b.result || (b.results ? b : null);
        return result || poll(id, 0);
      });
    }).then(function (result) { lastResult = result; status('', false); show(result); }, function (e) { status(e.message, true); });
  }

  function where(ev) {
    var p = ev.position && ev.position.start;
    var page = ev.position && ev.position.page;
    return (ev.path || []).join(' › ') + (page ? ' · p. ' + page : p && p.line ? ' · ' + T[lang()].line + ' ' + p.line : '');
  }

  function show(r) {
    var t = T[lang()], S = STATUS[lang()], out = $('report');
    out.textContent = '';
    out.appendChild(el('h2', 'doc-title', r.document && r.document.title || ''));
    var sum = el('p', 'summary', (r.scores && r.scores.overall !== null ? Math.round(r.scores.overall) + ' / 100 · ' : '') + S.pass + ' ' + r.summary.pass + ' · ' + S.partial + ' ' + r.summary.partial + ' · ' + S.fail + ' ' + r.summary.fail);
    out.appendChild(sum);
    out.appendChild(el('h3', null, t.coverage));
    var ul = el('ul', 'steps');
    (r.scores.stages || []).forEach(function (stage) { stage.steps.forEach(function (s) {
      var li = el('li'); li.appendChild(el('div', null, s.title[lang()] || s.step));
      var bar = el('div', 'bar'); var fill = el('span'); fill.style.width = (s.score || 0) + '%'; bar.appendChild(fill); li.appendChild(bar);
      li.appendChild(el('div', 'where', s.inScope ? (s.score === null ? '—' : Math.round(s.score) + '%') : t.na));
      ul.appendChild(li);
    }); });
    out.appendChild(ul);
    out.appendChild(el('h3', null, t.findings));
    var rank = { fail: 0, partial: 1, pass: 3, waived: 4, 'not-applicable': 5 };
    var sev = { error: 0, warning: 1, info: 2 };
    var list = r.results.slice().sort(function (a, b) {
      var ka = (a.status === 'fail' || a.status === 'partial') ? sev[a.severity] * 2 + rank[a.status] : 10 + rank[a.status];
      var kb = (b.status === 'fail' || b.status === 'partial') ? sev[b.severity] * 2 + rank[b.status] : 10 + rank[b.status];
      return ka - kb;
    });
    list.forEach(function (f) {
      var d = el('section', 'finding ' + f.status); d.id = 'rule-' + f.id; d.setAttribute('data-rule', f.id);
      var h = el('h4'); h.appendChild(el('span', 'badge', S[f.status])); h.appendChild(el('span', 'badge', f.severity)); h.appendChild(document.createTextNode(f.title[lang()] || f.id)); d.appendChild(h);
      d.appendChild(el('div', 'where', t.clause + ' ' + f.clause + ' · ' + f.id));
      d.appendChild(el('p', 'message', f.message));
      if (f.parts && f.parts.length) {
        var pl = el('ul', 'parts');
        f.parts.forEach(function (p) { pl.appendChild(el('li', p.status, (p.label[lang()] || p.name) + ': ' + t[p.status])); });
        d.appendChild(el('div', null, t.parts)); d.appendChild(pl);
      }
      (f.evidence || []).slice(0, 3).forEach(function (ev) { d.appendChild(el('blockquote', 'quote', ev.quote)); d.appendChild(el('div', 'where', t.where + ': ' + where(ev))); });
      if (f.status === 'fail' || f.status === 'partial') d.appendChild(el('p', 'advice', t.advice + ': ' + f.expected));
      out.appendChild(d);
    });
    $('downloads').hidden = false;
  }

  function download(format) {
    var name = (file ? file.name.replace(/\.[^.]+$/, '') : 'report') + '.' + ({ json: 'json', md: 'md', html: 'html', sarif: 'sarif', junit: 'xml' })[format];
    var get = lastId
      ? fetch('/v1/checks/' + encodeURIComponent(lastId) + '?format=' + format + '&lang=' + lang(), { headers: headers() }).then(function (r) { if (!r.ok) throw new Error(r.status + ''); return r.blob(); })
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
  document.querySelectorAll('[data-format]').forEach(function (b) { b.addEventListener('click', function () { download(b.getAttribute('data-format')); }); });
  labels(); loadProfiles();
})();
`;
