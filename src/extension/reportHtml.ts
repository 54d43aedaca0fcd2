/**
 * The editorial report as a webview page: strict CSP (default-src 'none'; a nonce'd script and
 * style), VS Code's theme colours, every item a button that asks the extension (postMessage) to
 * reveal its place in the editor. Pure string building: no `vscode` here.
 */
import type { Category } from '../core';
import { CATEGORIES, describeResolved } from '../core';
import type { EditorialReport, ReportPlace } from '../core/report';

const TITLES: Record<Category, string> = { loaded: 'Loaded language', sourcing: 'Sourcing', dates: 'Dates', style: 'Style' };
const BLURB: Record<Category, string> = {
  loaded: 'words that judge instead of report',
  sourcing: 'claims with no one to stand behind them',
  dates: 'days and times with no date',
  style: 'wordy or weak prose',
};

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function item(p: ReportPlace, body: string, extraClass = ''): string {
  return `<li><button class="item ${extraClass}" data-s="${p.offset[0]}" data-e="${p.offset[1]}" title="Show line ${p.line} in the editor"><span class="ln">${p.line}</span><span class="body">${body}</span></button></li>`;
}

function section(id: string, title: string, count: number | string, inner: string, open = true): string {
  return `<details id="${id}" ${open ? 'open' : ''}><summary><h2>${esc(title)}</h2><span class="badge">${esc(String(count))}</span></summary>${inner}</details>`;
}

function list(items: string[], empty: string): string {
  return items.length ? `<ul>${items.join('')}</ul>` : `<p class="empty">${esc(empty)}</p>`;
}

const SOURCE_WORDS: Record<string, string> = {
  option: 'set for this draft',
  'front-matter': 'from the front matter',
  'date-line': 'from the date line',
  dateline: 'from the dateline',
};

export function reportHtml(r: EditorialReport, opts: { nonce: string; cspSource: string; fileName: string }): string {
  const { nonce } = opts;
  const csp = `default-src 'none'; img-src ${opts.cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const s = r.sentences;
  const pct = s.total ? Math.round((s.attributed.length / s.total) * 100) : 0;
  const cards = CATEGORIES.map(
    (c) =>
      `<div class="card ${r.counts[c] ? 'has' : 'none'} cat-${c}"><div class="num">${r.counts[c]}</div><div class="cat">${TITLES[c]}</div><div class="blurb">${BLURB[c]}</div></div>`,
  ).join('');
  const ref = r.referenceDate
    ? `Reference date <strong>${esc(r.referenceDate)}</strong> <span class="muted">(${esc(SOURCE_WORDS[r.referenceSource ?? ''] ?? 'known')})</span>`
    : `<span class="warn">No reference date</span> <span class="muted">— relative dates cannot be resolved. Add a dateline or run “Copydesk: Set Reference Date for This Draft”.</span>`;

  const unattributed = s.unattributed.map((p) => item(p, esc(p.text)));
  const attributed = s.attributed.map((p) => item(p, esc(p.text)));
  const quotes = r.quotes.map((q) =>
    item(
      q,
      `<span class="quote">“${esc(q.text)}”</span> <span class="speaker ${q.speaker || q.speakerCarried ? '' : 'warn'}">— ${
        q.speaker ? esc(q.speaker) : q.speakerCarried ? 'speaker named earlier' : 'no speaker'
      }</span>`,
    ),
  );
  const dates = r.relativeDates.map((d) =>
    item(d, `<span class="rel">${esc(d.text)}</span> → ${d.resolved ? `<strong>${esc(describeResolved(d.resolved))}</strong> <span class="muted">(${esc(d.resolved)})</span>` : '<span class="warn">cannot be resolved</span>'}`),
  );
  const tks = r.tks.map((t) => item(t, esc(t.text)));
  const byCat = CATEGORIES.filter((c) => r.counts[c])
    .map((c) => {
      const fs = r.findings.filter((f) => f.category === c);
      return `<h3>${TITLES[c]} <span class="badge">${fs.length}</span></h3><ul>${fs
        .map((f) => item(f, `<span class="sev sev-${f.severity}">${f.severity}</span> <code>${esc(f.rule)}</code> <span class="flagged">${esc(f.text)}</span> <span class="msg">${esc(f.message)}</span>`))
        .join('')}</ul>`;
    })
    .join('');

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Copydesk report</title>
<style nonce="${nonce}">
  :root { color-scheme: light dark; }
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); margin: 0; padding: 16px 24px 40px; line-height: 1.45; max-width: 980px; }
  h1 { font-size: 1.5em; font-weight: 600; margin: 0 0 4px; }
  h2 { display: inline; font-size: 1.1em; font-weight: 600; margin: 0; }
  h3 { font-size: 1em; margin: 14px 0 4px; font-weight: 600; }
  .sub { margin: 0 0 16px; color: var(--vscode-descriptionForeground); }
  .muted { color: var(--vscode-descriptionForeground); }
  .warn { color: var(--vscode-editorWarning-foreground, #cca700); font-weight: 600; }
  .cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 10px; margin: 8px 0 18px; }
  .card { border: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); border-radius: 6px; padding: 10px 12px; background: var(--vscode-sideBar-background, transparent); }
  .card .num { font-size: 1.9em; font-weight: 600; line-height: 1.1; }
  .card.none .num { color: var(--vscode-descriptionForeground); }
  .card.has.cat-loaded .num, .card.has.cat-sourcing .num { color: var(--vscode-editorWarning-foreground, #cca700); }
  .card.has.cat-dates .num { color: var(--vscode-editorInfo-foreground, #3794ff); }
  .card .cat { font-weight: 600; }
  .card .blurb { font-size: .9em; color: var(--vscode-descriptionForeground); }
  details { border-top: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); padding: 10px 0 4px; }
  summary { cursor: pointer; list-style: none; display: flex; align-items: center; gap: 8px; }
  summary::-webkit-details-marker { display: none; }
  summary::before { content: '›'; display: inline-block; width: 1em; transition: transform .1s; color: var(--vscode-descriptionForeground); }
  details[open] > summary::before { transform: rotate(90deg); }
  .badge { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); border-radius: 10px; padding: 0 7px; font-size: .85em; font-weight: 600; }
  ul { list-style: none; margin: 6px 0; padding: 0; }
  li { margin: 0; }
  .item { all: unset; box-sizing: border-box; display: flex; gap: 10px; width: 100%; padding: 4px 8px; border-radius: 4px; cursor: pointer; }
  .item:hover { background: var(--vscode-list-hoverBackground); }
  .item:focus-visible { outline: 1px solid var(--vscode-focusBorder); background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); }
  .ln { flex: 0 0 3.2em; text-align: right; color: var(--vscode-editorLineNumber-foreground, var(--vscode-descriptionForeground)); font-variant-numeric: tabular-nums; }
  .body { flex: 1; min-width: 0; }
  .quote { font-style: italic; }
  .flagged { font-weight: 600; }
  .msg { color: var(--vscode-descriptionForeground); }
  code { font-family: var(--vscode-editor-font-family); font-size: .9em; color: var(--vscode-textPreformat-foreground); }
  .sev { font-size: .8em; text-transform: uppercase; letter-spacing: .03em; border-radius: 3px; padding: 0 4px; border: 1px solid currentColor; }
  .sev-error { color: var(--vscode-editorError-foreground); }
  .sev-warning { color: var(--vscode-editorWarning-foreground); }
  .sev-information { color: var(--vscode-editorInfo-foreground); }
  .sev-hint { color: var(--vscode-descriptionForeground); }
  .meter { display: flex; align-items: center; gap: 10px; margin: 8px 0; }
  .meter svg { flex: 0 0 240px; }
  .meter .bg { fill: var(--vscode-editorWarning-foreground, #cca700); opacity: .35; }
  .meter .fg { fill: var(--vscode-charts-green, #89d185); }
  .empty { color: var(--vscode-descriptionForeground); margin: 6px 0 6px 8px; }
  h4 { margin: 10px 0 0 8px; font-size: .95em; font-weight: 600; }
  details.inner { border-top: none; padding: 0; }
  details.inner > summary h4 { display: inline; margin: 10px 0 0 0; }
</style></head>
<body>
<h1>${esc(r.title ?? opts.fileName)}</h1>
<p class="sub">${esc(opts.fileName)} · ${r.words} words · ${ref}</p>
<div class="cards">${cards}</div>
${section(
  'attribution',
  'Attribution',
  `${s.attributed.length} of ${s.total}`,
  `<div class="meter"><svg width="240" height="10" role="img" aria-label="${pct}% attributed"><rect class="bg" x="0" y="0" width="240" height="10" rx="3"></rect><rect class="fg" x="0" y="0" width="${Math.round(2.4 * pct)}" height="10" rx="3"></rect></svg><span>${s.attributed.length} of ${s.total} sentences carry an attribution (${pct}%)</span></div>
   <h4>Without attribution</h4>${list(unattributed, 'Every sentence carries an attribution.')}
   <details class="inner"><summary><h4>With attribution (${attributed.length})</h4></summary>${list(attributed, 'None.')}</details>`,
)}
${section('quotes', 'Quotations', r.quotes.length, list(quotes, 'No quotations.'))}
${section('dates', 'Relative dates', r.relativeDates.length, list(dates, 'No relative dates.'))}
${section('tks', 'TKs still to come', r.tks.length, list(tks, 'None left.'))}
${section('issues', 'All issues', r.total, byCat || '<p class="empty">Nothing flagged.</p>', r.total <= 40)}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('[data-s]') : null;
    if (!b) return;
    vscode.postMessage({ type: 'reveal', start: Number(b.dataset.s), end: Number(b.dataset.e) });
  });
  const state = vscode.getState() || {};
  if (typeof state.y === 'number') window.scrollTo(0, state.y);
  let t; window.addEventListener('scroll', () => { clearTimeout(t); t = setTimeout(() => vscode.setState({ y: window.scrollY }), 100); });
  vscode.postMessage({ type: 'ready' });
</script>
</body></html>`;
}
