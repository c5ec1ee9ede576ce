// The desk's pages. Everything that comes from a document (its text, names, outlets, titles) is
// put into the page as text (textContent, createTextNode), never as markup, and links are built
// only from "#" and an encoded id: nothing a document holds can run here. The server's CSP allows
// this file alone to run.
'use strict';

(function () {
  // ---- what an editor must act on first: one vocabulary, shared with the text report ----

  const CATEGORIES = [
    {id: 'speaker', label: 'Wrong speaker'},
    {id: 'invented', label: 'Words not in the source'},
    {id: 'bracket', label: 'Bracket changes the referent'},
    {id: 'stitched', label: 'Stitched or cut'},
    {id: 'paraphrase', label: 'Paraphrase or translation'},
    {id: 'edited', label: 'Edited'},
    {id: 'verbatim', label: 'Verbatim'}
  ];

  function has(q, flag) {
    return (q.flags || []).indexOf(flag) >= 0;
  }

  function category(q) {
    if (has(q, 'speaker_mismatch')) return 0;
    if (q.verdict === 'unsupported' || q.verdict === 'partial' || has(q, 'unsupported_part')) return 1;
    if (has(q, 'bracket_not_in_source')) return 2;
    if (has(q, 'stitched') || has(q, 'unmarked_omission') || has(q, 'reordered')) return 3;
    if (q.verdict === 'paraphrase') return 4;
    if (q.verdict === 'edited') return 5;
    return 6;
  }

  function percent(x) {
    return Math.round((x || 0) * 100) + '%';
  }

  function quoted(s, max) {
    s = String(s == null ? '' : s).replace(/\s+/g, ' ').trim();
    if (max && s.length > max) s = s.slice(0, max - 1) + '…';
    return '“' + s + '”';
  }

  function edits(q, max) {
    const out = [];
    (q.edits || []).slice(0, max).forEach(function (e) {
      if (e.op === 'replace') out.push(quoted(e.source, 40) + ' → ' + quoted(e.article, 40));
      else if (e.op === 'insert') out.push('added ' + quoted(e.article, 40));
      else out.push('dropped ' + quoted(e.source, 40));
    });
    if ((q.edits || []).length > max) out.push('and ' + (q.edits.length - max) + ' more');
    return out.join('; ');
  }

  /** Whether a source's language is known: the server says "unknown" rather than guess. */
  function known(language) {
    return !!language && language !== 'unknown';
  }

  /** A variant's change ({op, from, to}, as quotetrace variants prints it) as an edit. */
  function change(c) {
    return {op: c.op, source: c.from, article: c.to};
  }

  /** Every reason a quote is where it is, in words; shown on every row and printed. */
  function reasons(q, trace) {
    const r = [];
    const who = q.speaker && q.speaker.name;
    if (has(q, 'speaker_mismatch')) {
      const others = [];
      (q.matches || []).forEach(function (m) {
        const n = m.speaker && m.speaker.name;
        if (n && n !== who && others.indexOf(n) < 0) others.push(n);
      });
      r.push('Credited to ' + (who || 'the speaker') + ', but in the source '
          + (others.length ? 'these words are said by ' + others.join(' and ') : 'someone else says them') + '.');
    }
    if (q.verdict === 'unsupported') {
      let s = 'No source has these words.';
      if (q.nearest && q.nearest.text) {
        s += ' Nearest wording: ' + quoted(q.nearest.text, 160)
            + (q.nearest.similarity != null ? ' (' + percent(q.nearest.similarity) + ' similar, not accepted)' : ' (not accepted)') + '.';
      }
      r.push(s);
    } else if ((q.unsupported || []).length) {
      r.push('Not in any source: ' + q.unsupported.map(function (u) { return quoted(u.text, 80); }).join(', ') + '.');
    }
    (q.brackets || []).forEach(function (b) {
      if (b.agrees) return;
      r.push(b.source ? 'The bracket [' + b.text + '] stands where the source has [' + b.source + '].'
          : 'The bracket [' + b.text + '] names something the source does not say there.');
    });
    if (has(q, 'stitched')) {
      r.push('Joins ' + ((q.matches || []).length || 'several') + ' passages that are apart in the source, with no mark of the gap.');
    }
    if (has(q, 'unmarked_omission')) r.push('Drops words inside a passage without an ellipsis.');
    if (has(q, 'reordered')) r.push('Puts the parts in another order than the source.');
    if (q.verdict === 'paraphrase') {
      const langs = [];
      (q.matches || []).forEach(function (m) {
        const s = sourceByPath(trace, m.source);
        if (s && known(s.translatedFrom) && langs.indexOf(s.translatedFrom) < 0) langs.push(s.translatedFrom);
      });
      r.push('The same statement in other words' + (langs.length ? ', in a source translated from ' + langs.join(' and ') : '') + '.');
    }
    if (q.verdict === 'edited' && !r.length) r.push('Small wording changes, meaning kept.');
    if (q.verdict === 'verbatim' && !r.length) r.push('Word for word in the source.');
    const e = edits(q, 4);
    if (e && q.verdict !== 'unsupported') r.push('Changes: ' + e + '.');
    return r;
  }

  // ---- small DOM helpers: text only ----

  function el(tag, attrs, children) {
    const n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') n.textContent = attrs[k];
        else if (k === 'cls') n.className = attrs[k];
        else n.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c == null) return;
      n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return n;
  }

  function clear(n) {
    while (n.firstChild) n.removeChild(n.firstChild);
    return n;
  }

  function docLink(id, label) {
    return el('a', {href: '#doc/' + encodeURIComponent(id), text: label});
  }

  function variantsLink(text, label) {
    return el('a', {href: '#variants/' + encodeURIComponent(text), text: label, cls: 'variants-link'});
  }

  function day(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return d.toISOString().slice(0, 10);
  }

  function baseName(path) {
    const s = String(path || '');
    const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return i >= 0 ? s.slice(i + 1) : s;
  }

  /** Outlet, title and date, or the file's name when nothing else is known. */
  function describe(d) {
    const parts = [];
    if (d.outlet) parts.push(d.outlet);
    if (d.title) parts.push(d.title);
    if (d.published) parts.push(day(d.published));
    if (!parts.length) parts.push(baseName(d.path) || d.id || 'untitled');
    return parts.join(' · ');
  }

  function sourceByPath(trace, path) {
    const list = trace.sources || [];
    for (let i = 0; i < list.length; i++) if (list[i].path === path) return list[i];
    return null;
  }

  function sourceIndex(trace, path) {
    const list = trace.sources || [];
    for (let i = 0; i < list.length; i++) if (list[i].path === path) return i;
    return -1;
  }

  /** UTF-16 index of each code point offset: the API counts code points, JavaScript does not. */
  function codePointIndex(text) {
    const idx = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      idx.push(i + 1);
    }
    return function (cp) {
      return idx[Math.max(0, Math.min(cp, idx.length - 1))];
    };
  }

  /**
   * The text with marks: each mark {start, end (code points), q (quote number), cls, label}.
   * Marks may overlap (two quotes from one passage); each piece of text knows every quote over it.
   */
  function markText(target, text, marks) {
    const at = codePointIndex(text);
    const cuts = [0, text.length];
    marks.forEach(function (m) {
      m.s = at(m.start);
      m.e = at(m.end);
      cuts.push(m.s, m.e);
    });
    const points = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      marks.forEach(function (m) {
        if (m.s === a && m.label) {
          target.appendChild(el('sup', {cls: 'num', text: m.label, 'data-q': String(m.q)}));
        }
      });
      const piece = text.slice(a, b);
      const over = marks.filter(function (m) { return m.s <= a && m.e >= b && m.s < m.e; });
      if (!over.length) {
        target.appendChild(document.createTextNode(piece));
        continue;
      }
      const span = el('span', {cls: 'mark ' + over[0].cls, text: piece});
      span.setAttribute('data-q', over.map(function (m) { return m.q; }).join(' '));
      if (over[0].id && over[0].s === a) span.id = over[0].id;
      target.appendChild(span);
    }
  }

  function holds(node, q) {
    const v = node.getAttribute('data-q');
    return v != null && v.split(' ').indexOf(String(q)) >= 0;
  }

  // ---- the report ----

  function legend() {
    const l = el('ul', {cls: 'legend', 'aria-label': 'What the colours mean'});
    CATEGORIES.forEach(function (c) {
      l.appendChild(el('li', {cls: 'cat-' + c.id}, [el('span', {cls: 'swatch'}), c.label]));
    });
    return l;
  }

  /** A trace as an editor reads it: what to act on first, why, and where it came from. */
  function renderReport(target, trace) {
    clear(target);
    const quotes = (trace.quotes || []).map(function (q, i) {
      return {q: q, n: i + 1, cat: category(q), label: String(i + 1)};
    });
    // Reported statements are numbered after the quotes, so one number names one entry
    // everywhere on the page; their labels read R1, R2, …
    const reported = (trace.reported || []).map(function (r, i) {
      return {q: r, n: quotes.length + i + 1, cat: category(r), label: 'R' + (i + 1), reported: true};
    });
    const entries = quotes.concat(reported);
    const ordered = quotes.slice().sort(function (a, b) { return a.cat - b.cat || a.n - b.n; });

    const head = el('div', {cls: 'report-head'});
    head.appendChild(el('h2', {text: describe(trace.article || {})}));
    const srcList = el('ul', {cls: 'source-list'});
    (trace.sources || []).forEach(function (s, i) {
      const li = el('li', null, [el('span', {cls: 'src-no', text: 'S' + (i + 1)}), ' ' + describe(s)
          + (s.kind ? ' (' + s.kind + ')' : '')]);
      if (known(s.translatedFrom)) li.appendChild(el('span', {cls: 'translated', text: 'translated from ' + s.translatedFrom}));
      srcList.appendChild(li);
    });
    if (!(trace.sources || []).length) srcList.appendChild(el('li', {text: 'No source was found or given.'}));
    head.appendChild(srcList);
    target.appendChild(head);

    const counts = CATEGORIES.map(function () { return 0; });
    quotes.forEach(function (x) { counts[x.cat]++; });
    // The counts are the key to the colours as well: the page has no second legend.
    const summary = el('ul', {cls: 'summary', 'aria-label': 'Quotes by what to do, and what the colours mean'});
    CATEGORIES.forEach(function (c, i) {
      summary.appendChild(el('li', {cls: 'cat-' + c.id + (counts[i] ? '' : ' none')},
          [el('span', {cls: 'swatch'}), el('b', {text: String(counts[i])}), ' ' + c.label]));
    });
    target.appendChild(summary);

    function row(x) {
      const q = x.q;
      const c = CATEGORIES[x.cat];
      const row = el('li', {cls: 'row cat-' + c.id + (x.reported ? ' reported' : ''), 'data-q': String(x.n), tabindex: '0'});
      const top = el('div', {cls: 'row-top'}, [
        el('span', {cls: 'qno', text: x.label}),
        el('span', {cls: 'cat-label', text: c.label}),
        el('span', {cls: 'verdict', text: q.verdict}),
        el('span', {cls: 'fidelity', text: 'fidelity ' + percent(q.fidelity)}),
        el('span', {cls: 'who', text: ((q.speaker && q.speaker.name) || 'no speaker')
            + (x.reported && q.cue && q.cue.text ? ', ' + q.cue.text : '')})
      ]);
      row.appendChild(top);
      row.appendChild(el('p', {cls: 'qtext', text: x.reported ? q.text : quoted(q.text, 400)}));
      const why = el('ul', {cls: 'reasons'});
      reasons(q, trace).forEach(function (r) { why.appendChild(el('li', {text: r})); });
      row.appendChild(why);
      const links = el('p', {cls: 'row-links'});
      (q.matches || []).forEach(function (m, k) {
        const si = sourceIndex(trace, m.source);
        links.appendChild(el('span', {cls: 'passage-ref', text: 'passage ' + x.label + (q.matches.length > 1 ? String.fromCharCode(97 + k) : '')
            + ' in S' + (si + 1)}));
      });
      row.appendChild(links);
      return row;
    }

    const rows = el('ol', {cls: 'rows', id: 'rows'});
    ordered.forEach(function (x) { rows.appendChild(row(x)); });
    target.appendChild(rows);

    // Reported speech ("she said the plan was dead") is judged like a quote but listed apart:
    // its words are the reporter's, so an editor reads its verdict as "is this what was said".
    const reportedRows = el('ol', {cls: 'rows', id: 'reported-rows'});
    if (reported.length) {
      target.appendChild(el('h3', {cls: 'rows-head', text: 'Reported speech, not in quote marks (' + reported.length + ')'}));
      reported.slice().sort(function (a, b) { return a.cat - b.cat || a.n - b.n; })
          .forEach(function (x) { reportedRows.appendChild(row(x)); });
      target.appendChild(reportedRows);
    }

    // the two texts side by side, numbered, scrolling together
    const panes = el('div', {cls: 'panes'});
    const artPane = el('div', {cls: 'pane', id: 'article-pane', tabindex: '0'});
    const art = trace.article || {};
    artPane.appendChild(el('h3', {text: 'Article'}));
    const artText = el('div', {cls: 'text', id: 'article-text-view'});
    if (art.text != null) {
      markText(artText, art.text, entries.map(function (x) {
        return {start: x.q.start, end: x.q.end, q: x.n, cls: 'cat-' + CATEGORIES[x.cat].id + (x.reported ? ' reported' : ''),
          label: x.label, id: (x.reported ? 'ar' : 'aq') + x.label.replace('R', '')};
      }));
    }
    artPane.appendChild(artText);
    const srcPane = el('div', {cls: 'pane', id: 'source-pane', tabindex: '0'});
    const tabs = el('div', {cls: 'tabs', role: 'tablist'});
    srcPane.appendChild(tabs);
    const srcTexts = [];
    (trace.sources || []).forEach(function (s, i) {
      const b = el('button', {type: 'button', cls: 'tab', role: 'tab', 'data-s': String(i), text: 'S' + (i + 1) + ' ' + describe(s)});
      b.addEventListener('click', function () { showSource(i); });
      tabs.appendChild(b);
      const box = el('div', {cls: 'text source-text', id: 'source-text-' + i});
      const marks = [];
      entries.forEach(function (x) {
        (x.q.matches || []).forEach(function (m, k) {
          if (m.source !== s.path) return;
          marks.push({start: m.start, end: m.end, q: x.n, cls: 'cat-' + CATEGORIES[x.cat].id + (x.reported ? ' reported' : ''),
            label: x.label + (x.q.matches.length > 1 ? String.fromCharCode(97 + k) : '')});
        });
      });
      if (s.text != null) markText(box, s.text, marks);
      box.hidden = i !== 0;
      srcTexts.push(box);
      srcPane.appendChild(box);
    });
    panes.appendChild(artPane);
    panes.appendChild(srcPane);
    target.appendChild(panes);

    function showSource(i) {
      srcTexts.forEach(function (b, k) { b.hidden = k !== i; });
      Array.prototype.forEach.call(tabs.children, function (t, k) { t.classList.toggle('on', k === i); });
    }
    if (srcTexts.length) showSource(0);

    function select(n, from) {
      target.querySelectorAll('.sel').forEach(function (x) { x.classList.remove('sel'); });
      target.querySelectorAll('[data-q]').forEach(function (x) { if (holds(x, n)) x.classList.add('sel'); });
      const found = entries[n - 1];
      if (!found) return;
      const first = (found.q.matches || [])[0];
      if (first) showSource(Math.max(0, sourceIndex(trace, first.source)));
      const a = artText.querySelector('.mark.sel');
      const s = srcPane.querySelector('.source-text:not([hidden]) .mark.sel');
      syncing = true;
      if (a) scrollWithin(artPane, a);
      if (s) scrollWithin(srcPane, s);
      syncing = false;
      if (from !== 'row') {
        const row = target.querySelector('.rows .row.sel');
        if (row && row.scrollIntoView) row.scrollIntoView({block: 'nearest'});
      }
    }

    [rows, reportedRows].forEach(function (list) {
      list.addEventListener('click', function (ev) {
        const row = ev.target.closest('.row');
        if (row) select(Number(row.getAttribute('data-q')), 'row');
      });
      list.addEventListener('keydown', function (ev) {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        const row = ev.target.closest('.row');
        if (row) { ev.preventDefault(); select(Number(row.getAttribute('data-q')), 'row'); }
      });
    });
    panes.addEventListener('click', function (ev) {
      const m = ev.target.closest('[data-q]');
      if (m) select(Number(m.getAttribute('data-q').split(' ')[0]), 'pane');
    });

    // Scrolling the article brings the passage of the first quote in view to the same height in
    // the source, so the two panes move together.
    let syncing = false;
    artPane.addEventListener('scroll', function () {
      if (syncing) return;
      const top = artPane.scrollTop;
      const marks = artText.querySelectorAll('.mark[id]');
      let chosen = null;
      for (let i = 0; i < marks.length; i++) {
        if (marks[i].offsetTop + marks[i].offsetHeight >= top) { chosen = marks[i]; break; }
      }
      if (!chosen) return;
      const n = chosen.getAttribute('data-q').split(' ')[0];
      const visible = srcPane.querySelector('.source-text:not([hidden])');
      if (!visible) return;
      const passage = Array.prototype.find.call(visible.querySelectorAll('.mark'), function (x) { return holds(x, n); });
      if (!passage) return;
      syncing = true;
      srcPane.scrollTop = Math.max(0, passage.offsetTop - (chosen.offsetTop - top));
      window.requestAnimationFrame(function () { syncing = false; });
    });
  }

  function scrollWithin(pane, node) {
    pane.scrollTop = Math.max(0, node.offsetTop - pane.clientHeight / 3);
  }

  // ---- talking to the server ----

  function api(method, path, body) {
    const init = {method: method, headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      return r.text().then(function (t) {
        let json = null;
        try { json = JSON.parse(t); } catch (e) { json = null; }
        if (!r.ok) {
          const err = new Error((json && json.message) || ('the server answered ' + r.status));
          err.status = r.status;
          throw err;
        }
        return json;
      });
    });
  }

  /** Retries while the model loads (503 saying so), a few times, then asks for words only. */
  function withModel(call, say) {
    let tries = 0;
    function attempt(wordsOnly) {
      return call(wordsOnly).catch(function (e) {
        if (e.status === 503 && /still loading/.test(e.message)) {
          tries++;
          if (tries > 15) return attempt(true);
          say('The meaning model is still loading; trying again…');
          return new Promise(function (ok) { setTimeout(ok, 2000); }).then(function () { return attempt(false); });
        }
        throw e;
      });
    }
    return attempt(false);
  }

  function health() {
    const s = document.getElementById('status');
    api('GET', '/api/health').then(function (h) {
      s.textContent = h.documents.toLocaleString('en') + ' documents · model ' + h.model;
      if (h.model === 'loading') setTimeout(health, 3000);
    }).catch(function () { s.textContent = 'server unreachable'; });
  }

  // ---- check an article ----

  function addSource(text, name) {
    const list = document.getElementById('sources');
    const i = list.children.length + 1;
    const box = el('div', {cls: 'source'});
    const area = el('textarea', {rows: '5', 'aria-label': 'Source ' + i, placeholder: 'Paste a source: a transcript, a script, a press release…', cls: 'source-text-input'});
    area.value = text || '';
    const file = el('input', {type: 'file', accept: '.txt,.text,.html,.htm,.md,.srt,.vtt', 'aria-label': 'Upload source ' + i});
    const label = el('input', {cls: 'source-name', placeholder: 'Name (optional)', 'aria-label': 'Name of source ' + i});
    label.value = name || '';
    file.addEventListener('change', function () {
      const f = file.files[0];
      if (!f) return;
      f.text().then(function (t) { area.value = t; if (!label.value) label.value = f.name; });
    });
    const remove = el('button', {type: 'button', cls: 'remove', text: 'Remove'});
    remove.addEventListener('click', function () { box.remove(); });
    box.appendChild(area);
    box.appendChild(el('div', {cls: 'meta'}, [label, file, remove]));
    list.appendChild(box);
  }

  function setupCheck() {
    addSource();
    document.getElementById('add-source').addEventListener('click', function () { addSource(); });
    const articleFile = document.getElementById('article-file');
    articleFile.addEventListener('change', function () {
      const f = articleFile.files[0];
      if (f) f.text().then(function (t) { document.getElementById('article-text').value = t; });
    });
    document.getElementById('check-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      runCheck();
    });
  }

  function runCheck() {
    const msg = document.getElementById('check-msg');
    const report = document.getElementById('report');
    const text = document.getElementById('article-text').value;
    if (!text.trim()) { msg.textContent = 'Paste or upload an article first.'; return; }
    const fileName = document.getElementById('article-file').files[0];
    const article = {name: fileName ? fileName.name : 'article', text: text};
    const outlet = document.getElementById('article-outlet').value.trim();
    const title = document.getElementById('article-title').value.trim();
    const date = document.getElementById('article-date').value;
    if (outlet) article.outlet = outlet;
    if (title) article.title = title;
    if (date) article.published = date;
    const sources = [];
    document.querySelectorAll('#sources .source').forEach(function (box, i) {
      const t = box.querySelector('textarea').value;
      const n = box.querySelector('.source-name').value.trim();
      if (t.trim()) sources.push({name: n || 'source ' + (i + 1), text: t});
    });
    const find = document.getElementById('find-sources').checked;
    if (!find && !sources.length) { msg.textContent = 'Add a source, or tick “Find its sources in the index”.'; return; }
    msg.textContent = find ? 'Looking for its sources in the index…' : 'Checking…';
    clear(report);
    if (find) {
      findThenTrace(article, report, msg);
      return;
    }
    withModel(function (wordsOnly) {
      return api('POST', '/api/trace', {article: article, sources: sources, wordsOnly: wordsOnly});
    }, function (m) { msg.textContent = m; }).then(function (trace) {
      msg.textContent = checked(trace);
      renderReport(report, trace);
    }).catch(function (e) {
      msg.textContent = e.message;
    });
  }

  function checked(trace) {
    const told = (trace.reported || []).length;
    const n = (trace.quotes || []).length;
    return n + (n === 1 ? ' quote' : ' quotes')
        + (told ? ' and ' + told + (told === 1 ? ' reported statement' : ' reported statements') : '') + ' checked.';
  }

  /**
   * The index's ranking comes first, at once; then the report against the candidates worth
   * tracing, or against those the editor ticks. Tracing is the slow part, so it is asked for
   * separately, by the candidates' ids: their texts are already on the server.
   */
  function findThenTrace(article, report, msg) {
    const traced = el('div', {cls: 'traced-report'});
    api('POST', '/api/sources', {article: article}).then(function (found) {
      function traceThese(ids) {
        clear(traced);
        if (!ids.length) {
          msg.textContent = (found.candidates || []).length ? 'Tick a source to trace the article against it.'
              : 'No source of its quotes was found in the index.';
          return;
        }
        msg.textContent = 'Tracing against ' + ids.length + (ids.length === 1 ? ' source…' : ' sources…');
        withModel(function (wordsOnly) {
          return api('POST', '/api/trace', {article: article, sources: ids.map(function (id) { return {id: id}; }),
            wordsOnly: wordsOnly});
        }, function (m) { msg.textContent = m; }).then(function (trace) {
          msg.textContent = checked(trace);
          renderReport(traced, trace);
        }).catch(function (e) { msg.textContent = e.message; });
      }
      report.appendChild(candidates(found, traceThese));
      report.appendChild(traced);
      traceThese(picked(found));
    }).catch(function (e) {
      msg.textContent = e.message;
    });
  }

  /** The candidates the server marks as worth tracing, in rank order. */
  function picked(found) {
    return (found.candidates || []).filter(function (c) { return c.worthTracing; })
        .map(function (c) { return c.id; });
  }

  /**
   * The ranked candidates with what the ranking saw in each (the article's quotes it holds), each
   * with a box to tick; the button traces the ticked ones.
   */
  function candidates(found, traceThese) {
    const box = el('div', {cls: 'candidates'});
    box.appendChild(el('h3', {text: 'Sources found in the index'}));
    const text = (found.article && found.article.text) || '';
    const at = codePointIndex(text);
    const list = el('ol');
    (found.candidates || []).forEach(function (c) {
      const tick = el('input', {type: 'checkbox', cls: 'pick', value: c.id, 'aria-label': 'Trace against ' + describe(c)});
      tick.checked = !!c.worthTracing;
      const held = (c.quotes || []).slice(0, 3).map(function (h) {
        return quoted(text.slice(at(h.start), at(h.end)), 70) + ' (' + percent(Math.max(h.trigrams, h.words)) + ')';
      });
      const more = (c.quotes || []).length > 3 ? ' and ' + (c.quotes.length - 3) + ' more' : '';
      list.appendChild(el('li', {cls: 'candidate'}, [
        el('label', null, [tick, ' ']), docLink(c.id, describe(c)),
        ' — ' + (c.kind ? c.kind + ', ' : '') + 'holds ' + c.quotesCovered + ' of its quotes'
            + ', score ' + c.score + (c.traced ? ', traced' : ''),
        held.length ? el('p', {cls: 'held', text: 'Holds ' + held.join('; ') + more + '.'}) : null]));
    });
    if (!(found.candidates || []).length) list.appendChild(el('li', {text: 'None found.'}));
    box.appendChild(list);
    if ((found.candidates || []).length) {
      const go = el('button', {type: 'button', cls: 'trace-picked', text: 'Trace against the ticked sources'});
      go.addEventListener('click', function () {
        const ids = [];
        box.querySelectorAll('input.pick').forEach(function (t) { if (t.checked) ids.push(t.value); });
        traceThese(ids);
      });
      box.appendChild(go);
    }
    return box;
  }

  // ---- browse ----

  let lastSearch = null;

  function setupBrowse() {
    document.getElementById('search-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      const p = new URLSearchParams();
      [['speaker', 's-speaker'], ['words', 's-words'], ['outlet', 's-outlet'], ['from', 's-from'], ['to', 's-to']]
          .forEach(function (f) {
            const v = document.getElementById(f[1]).value.trim();
            if (v) p.set(f[0], v);
          });
      search(p, 0);
    });
  }

  function search(params, offset) {
    const out = document.getElementById('search-results');
    params.set('offset', String(offset));
    params.set('size', '20');
    lastSearch = params;
    clear(out).appendChild(el('p', {text: 'Searching…'}));
    api('GET', '/api/search?' + params.toString()).then(function (r) {
      clear(out);
      out.appendChild(el('p', {cls: 'count', text: r.total.toLocaleString('en') + (r.total === 1 ? ' quote' : ' quotes')
          + (r.total ? ', ' + (offset + 1) + '–' + (offset + r.quotes.length) + ' shown' : '')}));
      const list = el('ol', {cls: 'hits', start: String(offset + 1)});
      r.quotes.forEach(function (h) {
        list.appendChild(el('li', {cls: 'hit'}, [
          el('p', {cls: 'qtext', text: quoted(h.text, 400)}),
          el('p', {cls: 'hit-meta'}, [
            el('span', {cls: 'who', text: (h.speaker && h.speaker.name) || 'no speaker'}),
            ' · ' + describe(h) + (h.turn ? ' · transcript' : '') + ' · ',
            docLink(h.document, 'open the document'), ' · ',
            variantsLink(h.text, 'variants')])
        ]));
      });
      out.appendChild(list);
      const nav = el('p', {cls: 'pager'});
      if (offset > 0) {
        const prev = el('button', {type: 'button', text: 'Previous'});
        prev.addEventListener('click', function () { search(lastSearch, Math.max(0, offset - 20)); });
        nav.appendChild(prev);
      }
      if (offset + r.quotes.length < Math.min(r.total, 1000)) {
        const next = el('button', {type: 'button', text: 'Next'});
        next.addEventListener('click', function () { search(lastSearch, offset + 20); });
        nav.appendChild(next);
      }
      out.appendChild(nav);
    }).catch(function (e) {
      clear(out).appendChild(el('p', {cls: 'error', text: e.message}));
    });
  }

  function showDocument(id) {
    const out = clear(document.getElementById('doc'));
    out.appendChild(el('p', {text: 'Opening…'}));
    api('GET', '/api/documents/' + encodeURIComponent(id)).then(function (d) {
      clear(out);
      out.appendChild(el('h1', {text: describe(d)}));
      out.appendChild(el('p', {cls: 'hit-meta', text: (d.kind || '') + ' · ' + (d.quotes || []).length + ' quotes'}));
      const status = el('p', {cls: 'status', text: 'Looking for its sources…'});
      out.appendChild(status);
      const body = el('div', {cls: 'doc-body'});
      out.appendChild(body);
      drawDocument(body, d, null);
      api('GET', '/api/sources/' + encodeURIComponent(id)).then(function (found) {
        function traceThese(ids) {
          if (!ids.length) {
            status.textContent = (found.candidates || []).length ? 'Tick a source to trace the document against it.'
                : 'No earlier source of its quotes is in the index.';
            clear(body);
            drawDocument(body, d, null);
            return;
          }
          status.textContent = 'Tracing against ' + ids.length + (ids.length === 1 ? ' source…' : ' sources…');
          withModel(function (wordsOnly) {
            return api('POST', '/api/trace', {article: {id: id}, sources: ids.map(function (x) { return {id: x}; }),
              wordsOnly: wordsOnly});
          }, function (m) { status.textContent = m; }).then(function (trace) {
            status.textContent = 'Quotes coloured by what their sources say (' + (trace.sources || []).length
                + ' found in the index).';
            clear(body);
            drawDocument(body, d, trace);
          }).catch(function (e) { status.textContent = e.message; });
        }
        if ((found.candidates || []).length) out.appendChild(candidates(found, traceThese));
        traceThese(picked(found));
      }).catch(function (e) { status.textContent = e.message; });
    }).catch(function (e) {
      clear(out).appendChild(el('p', {cls: 'error', text: e.message}));
    });
  }

  /** A document, its quotes coloured by verdict when traced, and the list of its quotes. */
  function drawDocument(body, d, trace) {
    const judged = {};
    if (trace) (trace.quotes || []).forEach(function (q) { judged[q.start + ':' + q.end] = q; });
    const quotes = (d.quotes || []).map(function (q, i) {
      const j = judged[q.start + ':' + q.end];
      return {q: q, j: j, n: i + 1, cls: j ? 'cat-' + CATEGORIES[category(j)].id : 'cat-none'};
    });
    body.appendChild(legend());
    const text = el('div', {cls: 'text doc-text', id: 'doc-text'});
    markText(text, d.text || '', quotes.map(function (x) {
      return {start: x.q.start, end: x.q.end, q: x.n, cls: x.cls, label: String(x.n), id: 'dq' + x.n};
    }));
    const list = el('ol', {cls: 'rows'});
    quotes.forEach(function (x) {
      const row = el('li', {cls: 'row ' + x.cls, 'data-q': String(x.n)}, [
        el('div', {cls: 'row-top'}, [
          el('span', {cls: 'qno', text: String(x.n)}),
          el('span', {cls: 'cat-label', text: x.j ? CATEGORIES[category(x.j)].label : 'not traced'}),
          x.j ? el('span', {cls: 'verdict', text: x.j.verdict}) : null,
          x.j ? el('span', {cls: 'fidelity', text: 'fidelity ' + percent(x.j.fidelity)}) : null,
          el('span', {cls: 'who', text: (x.q.speaker && x.q.speaker.name) || 'no speaker'})]),
        el('p', {cls: 'qtext', text: quoted(x.q.text, 300)}),
        x.j ? el('ul', {cls: 'reasons'}, reasons(x.j, trace).map(function (r) { return el('li', {text: r}); })) : null,
        el('p', {cls: 'row-links'}, [variantsLink(x.q.text, 'variants of this quote')])
      ]);
      list.appendChild(row);
    });
    body.appendChild(el('div', {cls: 'doc-cols'}, [text, list]));
  }

  function showVariants(text) {
    const out = clear(document.getElementById('variants'));
    out.appendChild(el('h1', {text: 'Variants of ' + quoted(text, 120)}));
    const status = el('p', {text: 'Grouping…'});
    out.appendChild(status);
    api('GET', '/api/variants?text=' + encodeURIComponent(text)).then(function (v) {
      status.textContent = v.size + (v.size === 1 ? ' wording' : ' wordings') + (v.speaker ? ', said by ' + v.speaker : '')
          + ', in ' + Object.keys(v.outlets || {}).length + ' outlets. The oldest comes first; each says what changed from the wording it was taken from.';
      const members = (v.members || []).map(function (m, i) { return {m: m, i: i}; });
      members.sort(function (a, b) {
        const ta = a.m.published ? Date.parse(a.m.published) : Infinity;
        const tb = b.m.published ? Date.parse(b.m.published) : Infinity;
        return ta - tb || a.i - b.i;
      });
      const line = el('ol', {cls: 'timeline', id: 'timeline'});
      members.forEach(function (x) {
        const m = x.m;
        const parent = m.parent >= 0 ? v.members[m.parent] : null;
        const item = el('li', {cls: 'step' + (m.parent < 0 ? ' root' : '')}, [
          el('time', {text: day(m.published) || 'no date'}),
          el('div', {cls: 'step-body'}, [
            el('p', {cls: 'hit-meta'}, [el('span', {cls: 'who', text: (m.speaker && m.speaker.name) || 'no speaker'}), ' in ',
              docLink(m.document, describe(m)), m.turn ? ' (transcript)' : '']),
            el('p', {cls: 'qtext', text: quoted(m.text, 400)}),
            el('p', {cls: 'changes', text: parent ? (m.changes.length ? 'From ' + describe(parent) + ': '
                + edits({edits: m.changes.map(change)}, 6) + '.' : 'Same words as ' + describe(parent) + '.')
                : 'The fullest wording: the others are taken from it.'})
          ])
        ]);
        line.appendChild(item);
      });
      out.appendChild(line);
    }).catch(function (e) {
      status.textContent = e.message;
      status.className = 'error';
    });
  }

  // ---- views by address ----

  function route() {
    const h = location.hash || '#check';
    const views = ['check', 'browse', 'doc', 'variants'];
    let view = 'check';
    if (h.indexOf('#browse') === 0) view = 'browse';
    else if (h.indexOf('#doc/') === 0) view = 'doc';
    else if (h.indexOf('#variants/') === 0) view = 'variants';
    views.forEach(function (v) { document.getElementById('view-' + v).hidden = v !== view; });
    document.getElementById('nav-check').classList.toggle('on', view === 'check');
    document.getElementById('nav-browse').classList.toggle('on', view !== 'check');
    let arg = '';
    try { arg = decodeURIComponent(h.slice(h.indexOf('/') + 1)); } catch (e) { arg = ''; }
    if (view === 'doc') showDocument(arg);
    if (view === 'variants') showVariants(arg);
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupCheck();
    setupBrowse();
    window.addEventListener('hashchange', route);
    route();
    health();
    document.body.setAttribute('data-ready', '1');
  });
})();
