// Wohnraumerhalt – Cockpit pages "Kennzahlen" (SPEC §4, issue 4) and "Personalbedarf" (PPBE,
// SPEC §5, issue 5); the history views of issue 15 that the Community Edition lacks: on the
// process definition page the tab "Verlauf" with history overlays on the diagram, the pages
// "Engpässe", "Abgeschlossene Fälle" and "Fallverlauf". Data from
// /camunda/api/cockpit/plugin/wohnraumerhalt/{engine}/…, which uses the same services and access
// rules as /api/kpi and /api/ppbe. Charts: Chart.js from the WebJar; overlays are HTML (bpmn-js).
// One file: Cockpit serves only app/plugin.js and app/plugin.css of a plugin.

const PLUGIN = 'wohnraumerhalt';
const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.js';
const COLORS = {met: '#2e7d32', corridor: '#f9a825', below: '#c62828', none: '#9e9e9e'};
const STATUS_TEXT = {met: 'Zielwert erreicht', corridor: 'im Korridor', below: 'unter dem Mindestwert'};
// how binding a target or minimum is (targetStatus/minimumStatus of /api/kpi)
const TARGET_STATUS = {agreed: 'vereinbart', proposed: 'Vorschlag', none: 'nicht festgelegt'};
const PROPOSED_NOTE = 'Vorschlag: perspektivischer Wert der AG Fachstellenkonzept, noch nicht vereinbart';
const BERLIN_NAME = 'Berlin (alle Bezirke)';

let chartLoading = null;
function chartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!chartLoading) {
    chartLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => reject(new Error('Chart.js konnte nicht geladen werden.'));
      document.head.appendChild(script);
    });
  }
  return chartLoading;
}

function styles(api) {
  if (document.getElementById('wre-plugin-css')) return;
  const link = document.createElement('link');
  link.id = 'wre-plugin-css';
  link.rel = 'stylesheet';
  link.href = `${api.cockpitApi}/plugin/${PLUGIN}/static/app/plugin.css`;
  document.head.appendChild(link);
}

async function load(api, page, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') query.set(k, v); });
  const url = `${api.cockpitApi}/plugin/${PLUGIN}/${encodeURIComponent(engineOf(api))}/${page}` + (query.toString() ? `?${query}` : '');
  return getJson(url);
}

// the engine of the page: Cockpit's URL names it (/camunda/app/cockpit/{engine}/); the api object
// of a diagram plugin does not (Cockpit 7.24 passes it without the engine there)
function engineOf(api) {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : api.engine;
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await response.json(); } catch (e) { /* no JSON */ }
  if (!response.ok) {
    const error = new Error((body && body.detail) || `Fehler ${response.status}`);
    error.title = (body && body.title) || 'Fehler';
    throw error;
  }
  return body;
}

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

function number(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('de-DE', {minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0});
}

function showError(node, error) {
  node.innerHTML = `<div class="wre-page"><div class="alert alert-warning"><strong>${esc(error.title || 'Fehler')}:</strong> ${esc(error.message)}</div></div>`;
}

function options(items, selected) {
  return items.map(([value, label]) => `<option value="${esc(value)}"${value === selected ? ' selected' : ''}>${esc(label)}</option>`).join('');
}

// working days and medians: whole numbers or one decimal ("2", "2,5")
function days(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('de-DE', {maximumFractionDigits: 1});
}

// "2026-03-01" or "2026-03-01T09:30:00" (Berlin local time, as the server writes it) → "01.03.2026"
function dateDe(iso) {
  if (!iso) return '–';
  const match = String(iso).match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : String(iso);
}

// → "01.03.2026, 09:30"
function dateTimeDe(iso) {
  if (!iso) return '–';
  const match = String(iso).match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  return match ? `${match[3]}.${match[2]}.${match[1]}, ${match[4]}:${match[5]}` : dateDe(iso);
}

// "2026-01" → "Jan. 2026"
function monthDe(month) {
  const [year, m] = String(month).split('-').map(Number);
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('de-DE', {month: 'short', year: 'numeric', timeZone: 'UTC'});
}

// the reader's districts for a selection; "Alle Bezirke" only for who sees more than one
function districtOptions(districts, selected) {
  const items = districts.map(d => [d.id, d.name]);
  return options(districts.length > 1 ? [['', 'Alle Bezirke'], ...items] : items, selected);
}

// ---------------------------------------------------------------- Kennzahlen

// a unit's value of one standard; without a value the standard says why ("keine Fälle",
// "keine Selbstauskunft" for 1.5, "keine Befragung" for 2: Standard.noValueText on the server)
function indicatorCell(value, standard) {
  if (!value) return '<td class="wre-cell wre-none">–</td>';
  const status = value.status || 'none';
  const shown = value.percent === null || value.percent === undefined ? esc(standard.noValueText || 'kein Wert') : `${number(value.percent, 1)} %`;
  const base = value.denominator ? `${number(value.numerator)} von ${number(value.denominator)}` : '';
  const pending = value.pending ? `<span class="wre-pending">${number(value.pending)} offen</span>` : '';
  const title = (STATUS_TEXT[status] || 'ohne Bewertung') + (base ? ` – ${base}` : '') + ` – ${corridor(value)}`;
  return `<td class="wre-cell wre-${status}" title="${esc(title)}"><span class="wre-value">${shown}</span>`
    + `${base ? `<span class="wre-base">${esc(base)}</span>` : ''}${pending}</td>`;
}

// "Ziel 100 % (Vorschlag) · Min. 80 % (Vorschlag)"; a proposal is never shown as a plain target
function corridor(c) {
  const part = (label, value, status) => (status === 'none' || value === null || value === undefined
    ? `${label} nicht festgelegt` : `${label} ${value} % (${TARGET_STATUS[status] || status})`);
  if ((c.targetStatus || 'none') === 'none' && (c.minimumStatus || 'none') === 'none') return 'Ziel und Min. nicht festgelegt';
  return `${part('Ziel', c.target, c.targetStatus)} · ${part('Min.', c.minimum, c.minimumStatus)}`;
}

// the rows of a half-year: for readers of every district Berlin first; for a district's staff
// their district first and Berlin beside it, for comparison
function units(data, report) {
  const names = Object.fromEntries(data.districts.map(d => [d.id, d.name]));
  const rows = report.districts.map(d => ({id: d.district, name: names[d.district] || d.district, indicators: d.indicators, figures: d.figures}));
  if (report.berlin) {
    const berlin = {id: 'berlin', name: BERLIN_NAME, indicators: report.berlin.indicators, figures: report.berlin.figures};
    if (data.berlinWide) rows.unshift(berlin); else rows.push(berlin);
  }
  return rows;
}

function cohortRow(unit, c, outcomeNames) {
  if (!c) return '';
  const share = (part, whole, percent) => (whole ? `${number(part)} von ${number(whole)} (${number(percent, 1)} %)` : '–');
  const outcomes = Object.entries(c.outcomes).map(([code, n]) => `${esc(outcomeNames[code] || code)}: ${number(n)}`).join('<br>') || '–';
  return `<tr class="${unit.id === 'berlin' ? 'wre-berlin' : ''}"><th>${esc(unit.name)}</th><td>${number(c.cases)}</td>
    <td>${number(c.visits)}</td><td>${share(c.visitsInPairs, c.visits, c.pairsPercent)}</td><td>${number(c.closed)}</td>
    <td class="wre-left">${outcomes}</td><td>${share(c.stillHoused, c.followUps, c.stillHousedPercent)}</td></tr>`;
}

// throughput times of /api/kpi "figures": a span counts in the half-year it ends in
const FIGURES = [
  ['noticeToLetter', 'Eingang der Mitteilung bis Anschreiben'],
  ['letterToFirstVisit', 'Anschreiben bis erster Hausbesuch'],
  ['noticeToClosure', 'Eingang der Mitteilung bis Abschluss']
];

function figureCell(figure) {
  if (!figure || figure.medianDays === null || figure.medianDays === undefined) {
    return `<td class="wre-figure wre-none"${figure ? ` title="${esc(number(figure.cases))} Fälle"` : ''}>–</td>`;
  }
  return `<td class="wre-figure"><span class="wre-value">${days(figure.medianDays)} Tage</span>`
    + `<span class="wre-base">${days(figure.medianWorkingDays)} Arbeitstage · ${number(figure.cases)} ${figure.cases === 1 ? 'Fall' : 'Fälle'}</span></td>`;
}

function figuresRow(unit) {
  const figures = unit.figures || {};
  return `<tr class="${unit.id === 'berlin' ? 'wre-berlin' : ''}" data-unit="${esc(unit.id)}"><th>${esc(unit.name)}</th>${FIGURES.map(([key]) => figureCell(figures[key])).join('')}</tr>`;
}

function renderIndicators(node, api) {
  styles(api);
  node.innerHTML = '<div class="wre-page"><p class="text-muted">Kennzahlen werden geladen …</p></div>';
  const state = {half: null, unit: null, standard: '1.1', chart: null};
  load(api, 'kennzahlen').then(data => {
    state.half = data.halfYears.length - 1;
    const first = units(data, data.halfYears[state.half].report)[0];
    state.unit = first ? first.id : null;
    draw();

    function draw() {
      const half = data.halfYears[state.half];
      const rows = units(data, half.report);
      const standards = data.standards;
      node.innerHTML = `<div class="wre-page" lang="de">
        <h2>Kennzahlen der Qualitätsstandards</h2>
        <p class="text-muted">Anteil der Fälle, in denen der Standard eingehalten wurde, gegen Zielwert und Mindestwert
          (${esc(data.agreement || 'Zielvereinbarung SozWohn')}). „offen“: Frist läuft noch, noch nicht erledigt. Stand ${esc(new Date(data.today).toLocaleDateString('de-DE'))}.</p>
        <div class="wre-controls form-inline">
          <label>Halbjahr <select class="form-control" data-wre="half">${options(data.halfYears.map((h, i) => [String(i), h.label + (h.current ? ' (laufend)' : '')]), String(state.half))}</select></label>
          <span class="wre-legend"><span class="wre-dot wre-met"></span>Zielwert erreicht
            <span class="wre-dot wre-corridor"></span>im Korridor <span class="wre-dot wre-below"></span>unter dem Mindestwert
            <span class="wre-dot wre-none"></span>ohne Wert/Zielwert</span>
        </div>
        <table class="table table-bordered wre-table">
          <thead><tr><th>Bezirk</th>${standards.map(s => `<th title="${esc(s.title)}">${esc(s.id)} ${esc(s.title)}<small>${esc(corridor(s))}</small></th>`).join('')}</tr></thead>
          <tbody>${rows.map(r => `<tr class="${r.id === 'berlin' ? 'wre-berlin' : ''}"><th>${esc(r.name)}</th>${standards.map(s => indicatorCell(r.indicators[s.id], s)).join('')}</tr>`).join('')}</tbody>
        </table>
        <p class="wre-note">${esc(PROPOSED_NOTE)}. Gestrichelte Linien im Verlauf: Vorschlag; durchgezogen: vereinbart.</p>
        <h3>Verlauf der letzten ${data.halfYears.length} Halbjahre</h3>
        <div class="wre-controls form-inline">
          <label>Bezirk <select class="form-control" data-wre="unit">${options(rows.map(r => [r.id, r.name]), state.unit)}</select></label>
          <label>Standard <select class="form-control" data-wre="standard">${options(standards.map(s => [s.id, `${s.id} ${s.title}`]), state.standard)}</select></label>
        </div>
        <div class="wre-chart"><canvas></canvas></div>
        <h3>Durchlaufzeiten (Median) – ${esc(half.label)}</h3>
        <p class="wre-note">Median in Kalendertagen, darunter in Arbeitstagen (ohne Wochenenden und Berliner Feiertage).
          Eine Zeitspanne zählt in dem Halbjahr, in dem sie endet; stornierte Fälle zählen nicht.</p>
        <table class="table table-bordered wre-table wre-numbers wre-figures">
          <thead><tr><th>Bezirk</th>${FIGURES.map(([, label]) => `<th>${esc(label)}</th>`).join('')}</tr></thead>
          <tbody>${rows.map(figuresRow).join('')}</tbody>
        </table>
        <h3>Weitere Zahlen – Fälle mit Eingang einer Räumungsklage im ${esc(half.label)}</h3>
        <table class="table table-bordered wre-table wre-staffing">
          <thead><tr><th>Bezirk</th><th>Fälle</th><th>Hausbesuche</th><th>davon zu zweit</th><th>abgeschlossen</th>
            <th>Ergebnis der abgeschlossenen Fälle</th><th>Nachschau nach 12 Monaten: noch in der Wohnung</th></tr></thead>
          <tbody>${rows.map(r => cohortRow(r, half.cohorts[r.id], data.outcomeNames)).join('')}</tbody>
        </table>
        <div data-wre="impact"></div>
      </div>`;
      node.querySelector('[data-wre=half]').onchange = e => { state.half = Number(e.target.value); draw(); };
      node.querySelector('[data-wre=unit]').onchange = e => { state.unit = e.target.value; trend(); renderImpact(node.querySelector('[data-wre=impact]'), api, half, state.unit); };
      node.querySelector('[data-wre=standard]').onchange = e => { state.standard = e.target.value; trend(); };
      trend();
      renderImpact(node.querySelector('[data-wre=impact]'), api, half, state.unit);
    }

    function trend() {
      const standard = data.standards.find(s => s.id === state.standard);
      const values = data.halfYears.map(h => {
        const row = units(data, h.report).find(r => r.id === state.unit);
        return row ? row.indicators[standard.id] : null;
      });
      const labels = data.halfYears.map(h => h.label + (h.current ? ' (laufend)' : ''));
      const datasets = [{
        type: 'bar', label: `${standard.id} erreicht (%)`,
        data: values.map(v => (v && v.percent !== null ? Number(v.percent) : null)),
        backgroundColor: values.map(v => COLORS[(v && v.status) || 'none'])
      }];
      // target and minimum of each half-year as its agreement states them: dashed where proposed
      const line = (label, valueKey, statusKey, color) => {
        const points = values.map(v => (v && v[statusKey] !== 'none' && v[valueKey] !== null && v[valueKey] !== undefined ? v[valueKey] : null));
        const statuses = values.map(v => (v ? v[statusKey] : null));
        if (points.every(p => p === null)) return;
        const current = standard[statusKey] === 'none' ? null : standard[valueKey];
        datasets.push({type: 'line', label: `${label}${current === null || current === undefined ? '' : ` ${current} %`} (${TARGET_STATUS[standard[statusKey]] || 'nicht festgelegt'})`,
          data: points, borderColor: color, pointRadius: 0, fill: false, spanGaps: false,
          borderDash: standard[statusKey] === 'proposed' ? [6, 4] : [],
          segment: {borderDash: ctx => (statuses[ctx.p1DataIndex] === 'proposed' ? [6, 4] : [])}});
      };
      line('Zielwert', 'target', 'targetStatus', COLORS.met);
      line('Mindestwert', 'minimum', 'minimumStatus', COLORS.below);
      chartJs().then(Chart => {
        if (state.chart) state.chart.destroy();
        const canvas = node.querySelector('.wre-chart canvas');
        if (!canvas) return;
        state.chart = new Chart(canvas, {
          data: {labels, datasets},
          options: {
            responsive: true, maintainAspectRatio: false, animation: false,
            scales: {y: {min: 0, max: 100, title: {display: true, text: 'Prozent'}}},
            plugins: {legend: {labels: {filter: item => item.datasetIndex > 0}}, tooltip: {callbacks: {afterLabel: ctx => {
              const v = ctx.datasetIndex === 0 ? values[ctx.dataIndex] : null;
              if (!v) return '';
              return [v.denominator ? `${v.numerator} von ${v.denominator} Fällen` : '', v.pending ? `${v.pending} offen` : '']
                .filter(Boolean).join(', ');
            }}}}
          }
        });
      }).catch(error => { node.querySelector('.wre-chart').textContent = error.message; });
    }
  }).catch(error => showError(node, error));
}

// ---------------------------------------------------------------- Wirkung und Kosten

// Section "Wirkung und Kosten" of the page Kennzahlen (issue 17): GET /api/impact for the chosen
// half-year and district (with Berlin beside it; "berlin": every district the reader may see), read
// with the Cockpit login. The costs are estimates: the rates and their sources are printed with it.
function renderImpact(container, api, half, unit) {
  if (!container) return;
  const root = String(api.cockpitApi || '').replace(/\/api\/cockpit\/?$/, '').replace(/\/[^/]*$/, '');
  const query = new URLSearchParams({from: half.from, to: half.to});
  if (unit && unit !== 'berlin') query.set('district', unit);
  const url = `${root}/api/impact?${query}`;
  const euro = value => (value === null || value === undefined ? '–' : `${number(value, 2)} €`);
  const list = (counts, labels) => Object.entries(counts || {}).filter(([code, n]) => code !== 'total' && n)
    .map(([code, n]) => `${esc((labels || {})[code] || code)}: ${number(n)}`).join('<br>') || '–';
  container.innerHTML = `<h3>Wirkung und Kosten – ${esc(half.label)}</h3><p class="text-muted">Wird geladen …</p>`;
  getJson(url).then(data => {
    if (container.dataset.url && container.dataset.url !== url) return;
    const rows = [...data.districts, ...(data.berlin ? [data.berlin] : [])];
    const row = u => `<tr class="${u.district === 'berlin' ? 'wre-berlin' : ''}"><th>${esc(u.district === 'berlin' ? BERLIN_NAME : u.name)}</th>
      <td>${number(u.casesByOrigin.total)}<span class="wre-base">${list(u.casesByOrigin, data.labels.origins)}</span></td>
      <td class="wre-left">${number(u.casesByOutcome.total)}<span class="wre-base">${list(u.casesByOutcome, data.labels.outcomes)}</span></td>
      <td class="wre-left">${number(u.averted.total)}<span class="wre-base">${list(u.averted.byReason, data.labels.avertedBy)}</span></td>
      <td>${number(u.evictionsCarriedOut)}</td>
      <td>${u.followUp.percentStillHoused === null ? '–' : `${number(u.followUp.stillHoused)} von ${number(u.followUp.stillHoused + u.followUp.notHoused)} (${number(u.followUp.percentStillHoused, 1)} %)`}</td>
      <td>${number(u.rentDebtTakeovers.count)}<span class="wre-base">${euro(u.rentDebtTakeovers.sum)}</span></td>
      <td>${euro(u.preventionCost.total)}<span class="wre-base">${number(u.preventionCost.staffMinutes)} Min. = ${euro(u.preventionCost.staffCost)} + Mietschulden ${euro(u.preventionCost.rentDebt)}</span></td>
      <td>${euro(u.avoidedCost.total)}<span class="wre-base">${number(u.avoidedCost.avertedEvictions)} × ${euro(u.avoidedCost.costPerEviction)}</span></td>
      <td><strong>${esc(u.factorText)}</strong></td></tr>`;
    container.innerHTML = `<h3>Wirkung und Kosten – ${esc(half.label)}</h3>
      <div class="alert alert-info"><strong>Schätzung.</strong> ${esc(String(data.note).replace(/^Schätzung:\s*/, ''))}</div>
      <table class="table table-bordered wre-table wre-staffing wre-impact">
        <thead><tr><th>Bezirk</th><th>Fälle eröffnet</th><th>Fälle abgeschlossen nach Ergebnis</th><th>Abgewendete Räumungen</th>
          <th>Durchgeführte Räumungen</th><th>Nachschau nach 12 Monaten: noch in der Wohnung</th><th>Mietschuldenübernahmen</th>
          <th>Präventionskosten</th><th>Vermiedene Kosten</th><th>Präventionsfaktor (Kosten : vermiedene Kosten)</th></tr></thead>
        <tbody>${rows.map(row).join('')}</tbody>
      </table>
      <p class="wre-note">Kostensätze dieser Schätzung (Einstellungen wohnraumerhalt.impact.*):</p>
      <ul class="wre-note">${data.rates.map(r => `<li><strong>${esc(r.label)}:</strong> ${number(r.value, r.unit === 'Tage' ? 0 : 2)} ${esc(r.unit)} – ${esc(r.source)}</li>`).join('')}</ul>
      <button type="button" class="btn btn-default" data-wre="impact-csv">Als CSV herunterladen</button>`;
    container.querySelector('[data-wre=impact-csv]').onclick = () => fetch(url, {credentials: 'same-origin', headers: {Accept: 'text/csv'}})
      .then(r => (r.ok ? r.blob() : Promise.reject(new Error(`Fehler ${r.status}`))))
      .then(blob => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `wirkung-und-kosten_${half.from}_${half.to}${query.get('district') ? `_${query.get('district')}` : ''}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      }).catch(error => { container.querySelector('[data-wre=impact-csv]').textContent = error.message; });
  }).catch(error => {
    container.innerHTML = `<h3>Wirkung und Kosten – ${esc(half.label)}</h3><div class="alert alert-warning"><strong>${esc(error.title || 'Fehler')}:</strong> ${esc(error.message)}</div>`;
  });
  container.dataset.url = url;
}

// ---------------------------------------------------------------- Personalbedarf

function renderStaffing(node, api) {
  styles(api);
  const state = {from: '', to: '', district: '', casesPerYear: '', chart: null, detail: null};
  node.innerHTML = '<div class="wre-page"><p class="text-muted">Personalbedarf wird berechnet …</p></div>';

  function fetchAndDraw() {
    load(api, 'personalbedarf', {from: state.from, to: state.to, district: state.district, casesPerYear: state.casesPerYear})
      .then(data => draw(data))
      .catch(error => {
        const box = node.querySelector('.wre-result');
        if (box) box.innerHTML = `<div class="alert alert-warning"><strong>${esc(error.title)}:</strong> ${esc(error.message)}</div>`;
        else showError(node, error);
      });
  }

  function draw(data) {
    const report = data.report;
    state.from = report.from; state.to = report.to;
    const lines = report.berlin ? [...report.districts, report.berlin] : report.districts;
    if (!state.detail || !lines.some(l => l.district === state.detail)) state.detail = lines[lines.length - 1].district;
    const detail = lines.find(l => l.district === state.detail);
    node.innerHTML = `<div class="wre-page">
      <h2>Personalbedarf (PPBE)</h2>
      <p class="text-muted">Bearbeitungszeit und Vollzeitäquivalente (VZÄ) aus dem Prozessmodell (Plan) und aus den tatsächlich
        erledigten Aufgaben (Ist) je Bezirk. Differenz = Ist − Modell.</p>
      <form class="wre-controls form-inline">
        <label>Von <input class="form-control" type="date" name="from" value="${esc(state.from)}" required></label>
        <label>Bis <input class="form-control" type="date" name="to" value="${esc(state.to)}" required></label>
        <label>Bezirk <select class="form-control" name="district">${options([['', 'Alle Bezirke'], ...data.districts.map(d => [d.id, d.name])], state.district)}</select></label>
        <label title="Was wäre, wenn jeder Bezirk so viele Fälle im Jahr hätte?">Fälle pro Jahr und Bezirk (was wäre, wenn)
          <input class="form-control wre-number" type="number" min="0" step="1" name="casesPerYear" value="${esc(state.casesPerYear)}"
            placeholder="${esc(number(report.casesPerYear.planned))} (Plan)"></label>
        <button class="btn btn-primary" type="submit">Berechnen</button>
      </form>
      <div class="wre-result">
        <p class="wre-notes">Modell ${esc(report.model.processDefinitionKey)} Version ${esc(report.model.version)}${report.model.versionTag ? ` (${esc(report.model.versionTag)})` : ''}
          · ${esc(report.periodDays)} Tage (${number(report.shareOfYear * 100, 1)} % eines Jahres)<br>
          ${esc(report.casesPerYear.note)}<br>${esc(report.basis.note)}</p>
        <div class="wre-chart"><canvas></canvas></div>
        <table class="table table-bordered wre-table wre-staffing">
          <thead><tr><th rowspan="2">Bezirk</th><th colspan="2">Modell</th><th colspan="2">Ist</th><th colspan="2">Differenz (Ist − Modell)</th></tr>
            <tr><th>Minuten</th><th>VZÄ</th><th>Minuten</th><th>VZÄ</th><th>Minuten</th><th>VZÄ</th></tr></thead>
          <tbody>${lines.map(l => `<tr class="${l === report.berlin ? 'wre-berlin' : ''}${l.district === state.detail ? ' active' : ''}" data-district="${esc(l.district)}">
            <th><a href="" data-detail="${esc(l.district)}">${esc(l.name)}</a></th>
            <td>${number(l.model.minutes)}</td><td>${number(l.model.fte, 2)}</td>
            <td>${number(l.history.minutes)}</td><td>${number(l.history.fte, 2)}</td>
            <td class="${l.difference.minutes > 0 ? 'wre-more' : l.difference.minutes < 0 ? 'wre-less' : ''}">${number(l.difference.minutes)}</td>
            <td class="${l.difference.fte > 0 ? 'wre-more' : l.difference.fte < 0 ? 'wre-less' : ''}">${number(l.difference.fte, 2)}</td></tr>`).join('')}</tbody>
        </table>
        <h3>Aufgaben – ${esc(detail.name)}</h3>
        <table class="table table-bordered wre-table wre-staffing">
          <thead><tr><th rowspan="2">Aufgabe</th><th rowspan="2">Minuten je Vorgang</th><th colspan="2">Modell</th><th colspan="2">Ist</th><th colspan="2">Differenz</th></tr>
            <tr><th>Anzahl</th><th>Minuten</th><th>Anzahl</th><th>Minuten</th><th>Anzahl</th><th>Minuten</th></tr></thead>
          <tbody>${detail.tasks.map(t => `<tr><th>${esc(t.name)}</th><td>${number(t.minutes)}</td>
            <td>${number(t.model.count, 1)}</td><td>${number(t.model.minutes)}</td>
            <td>${number(t.history.count)}</td><td>${number(t.history.minutes)}</td>
            <td>${number(t.difference.count, 1)}</td><td>${number(t.difference.minutes)}</td></tr>`).join('')}</tbody>
        </table>
      </div>
    </div>`;
    const form = node.querySelector('form');
    form.onsubmit = e => {
      e.preventDefault();
      state.from = form.from.value; state.to = form.to.value;
      state.district = form.district.value; state.casesPerYear = form.casesPerYear.value;
      fetchAndDraw();
    };
    node.querySelectorAll('[data-detail]').forEach(a => { a.onclick = e => { e.preventDefault(); state.detail = a.dataset.detail; draw(data); }; });

    const bars = report.districts;
    chartJs().then(Chart => {
      if (state.chart) state.chart.destroy();
      const canvas = node.querySelector('.wre-chart canvas');
      if (!canvas) return;
      state.chart = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: bars.map(l => l.name),
          datasets: [
            {label: 'Modell (VZÄ)', data: bars.map(l => l.model.fte), backgroundColor: '#1565c0'},
            {label: 'Ist (VZÄ)', data: bars.map(l => l.history.fte), backgroundColor: '#90a4ae'}
          ]
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: {y: {beginAtZero: true, title: {display: true, text: 'VZÄ im Zeitraum'}}},
          plugins: {tooltip: {callbacks: {label: ctx => `${ctx.dataset.label}: ${number(ctx.parsed.y, 2)}`}}}
        }
      });
    }).catch(error => { node.querySelector('.wre-chart').textContent = error.message; });
  }

  fetchAndDraw();
}

// ---------------------------------------------------------------- Verlauf (process definition page)

// Camunda's activity types in German words
function activityKind(type) {
  const t = String(type || '');
  if (t === 'userTask') return 'Benutzeraufgabe';
  if (t === 'receiveTask' || t.startsWith('intermediate') && !t.includes('Throw')) return 'Warteereignis';
  if (/Task$/.test(t) || t === 'task') return 'automatischer Schritt';
  if (t === 'subProcess' || t === 'callActivity' || t === 'transaction') return 'Teilprozess';
  if (t.startsWith('boundary')) return 'angeheftetes Ereignis';
  if (/EndEvent$/.test(t)) return 'Endereignis';
  if (/^startEvent$|StartEvent$/.test(t)) return 'Startereignis';
  if (/Gateway$/.test(t)) return 'Verzweigung';
  if (t.startsWith('intermediate')) return 'Zwischenereignis';
  return t || '–';
}

// where a case waits for a person or an event: durations matter there (overlays show them)
function waits(type) {
  const t = String(type || '');
  return t === 'userTask' || t === 'receiveTask'
    || ['intermediateTimer', 'intermediateMessageCatch', 'intermediateSignalCatch', 'intermediateConditional'].includes(t);
}

function dueText(a) {
  if (!a.dueCount) return '–';
  return `${number(a.withinDue)} von ${number(a.dueCount)} (${number(a.withinDuePercent, 1)} %)`;
}

// What the definition page shows: the diagram plugin registers the bpmn-js viewer, the tab
// "Verlauf" holds the controls and the data; in the mode "history" both paint the overlays.
const flowView = {viewer: null, definitionId: null, mode: 'running', data: null, redrawTab: null};
const OVERLAY_TYPE = 'wre-flow';

// light yellow (rarely passed) to red (the most passed activity)
function heatColor(heat) {
  const h = Math.max(0, Math.min(1, Number(heat) || 0));
  return `hsla(${Math.round(55 - 55 * h)}, 95%, 50%, ${(0.18 + 0.42 * h).toFixed(2)})`;
}

function elementOf(id) {
  const viewer = flowView.viewer;
  if (!viewer) return null;
  try { return viewer.get('elementRegistry').get(id) || null; } catch (e) { return null; }
}

// the name in the table; an element without a name (a merging gateway) by its id, muted
function activityLabel(id) {
  const name = nameOf(id);
  return name === id ? `<span class="wre-unnamed" title="ohne Namen im Modell">${esc(id)}</span>` : esc(name);
}

function nameOf(id) {
  const element = elementOf(id);
  const name = element && element.businessObject && element.businessObject.name;
  return name ? name.replace(/\s+/g, ' ').trim() : id;
}

function isA(element, type) {
  const bo = element && element.businessObject;
  return !!(bo && typeof bo.$instanceOf === 'function' && bo.$instanceOf(type));
}

function clearOverlays() {
  const viewer = flowView.viewer;
  if (!viewer) return;
  try {
    viewer.get('overlays').remove({type: OVERLAY_TYPE});
    const container = viewer.get('canvas').getContainer();
    container.classList.remove('wre-history');
    const legend = container.querySelector('.wre-diagram-legend');
    if (legend) legend.remove();
  } catch (e) { /* viewer gone */ }
}

function activityOverlay(a, element, beside) {
  const title = [`${nameOf(a.activityId)}: ${number(a.count)} abgeschlossen`
    + (a.canceled ? `, davon ${number(a.canceled)} abgebrochen` : ''),
  a.medianDays !== null && a.medianDays !== undefined
    ? `Dauer in Arbeitstagen: Median ${days(a.medianDays)}, 90. Perzentil ${days(a.p90Days)}` : '',
  a.dueCount ? `fristgerecht: ${dueText(a)}` : ''].filter(Boolean).join('\n');
  const durations = waits(a.activityType) && a.medianDays !== null && a.medianDays !== undefined
    ? `<span class="wre-durations">Ø ${days(a.medianDays)} · P90 ${days(a.p90Days)} AT</span>` : '';
  const due = a.dueCount ? `<span class="wre-due">${number(a.withinDuePercent, 0)} % fristgerecht</span>` : '';
  // as wide as a task or event it stands on; a small badge on a subprocess
  const wide = !beside && !isA(element, 'bpmn:SubProcess');
  const width = wide ? ` style="min-width:${Math.max(element.width || 0, 36)}px"` : '';
  return `<div class="wre-flow-overlay${beside ? ' wre-beside' : ''}" data-activity-id="${esc(a.activityId)}"
      data-count="${esc(a.count)}" title="${esc(title)}"${width}>
    <span class="wre-count">${number(a.count)}</span>${durations}${due}</div>`;
}

function paintOverlays() {
  clearOverlays();
  const viewer = flowView.viewer;
  const data = flowView.data;
  if (!viewer || !data || flowView.mode !== 'history') return;
  const overlays = viewer.get('overlays');
  const container = viewer.get('canvas').getContainer();
  container.classList.add('wre-history');
  // labels stay readable when the whole model is shown (Cockpit fits it into the panel); the
  // heat covers its shape exactly, at any zoom
  const add = (element, position, html, scale) => {
    try {
      overlays.add(element, OVERLAY_TYPE, {position, html, show: {minZoom: 0}, scale: scale || {min: 0.6}});
    } catch (e) { /* an element of another version of the model */ }
  };
  const ends = new Map(data.endEvents.map(e => [e.activityId, e]));

  data.activities.forEach(a => {
    const element = elementOf(a.activityId);
    if (!element || element.waypoints) return;
    if (a.heat > 0 && !isA(element, 'bpmn:SubProcess') && !isA(element, 'bpmn:Gateway')) {
      const round = isA(element, 'bpmn:Event') ? ' wre-round' : '';
      add(element, {top: 0, left: 0}, `<div class="wre-heat${round}" data-activity-id="${esc(a.activityId)}"
        data-heat="${esc(a.heat)}" style="width:${element.width}px;height:${element.height}px;background:${heatColor(a.heat)}"></div>`, true);
    }
    if (ends.has(a.activityId)) return; // the end overlay counts the cases finished there
    if (isA(element, 'bpmn:BoundaryEvent')) {
      add(element, {top: 2, left: element.width + 2}, activityOverlay(a, element, true));
    } else {
      add(element, {top: 0, left: 0}, activityOverlay(a, element));
    }
  });

  data.endEvents.forEach(e => {
    const element = elementOf(e.activityId);
    if (!element || element.waypoints) return;
    add(element, {top: 4, left: element.width + 4}, `<div class="wre-end-overlay" data-activity-id="${esc(e.activityId)}"
      data-count="${esc(e.count)}" title="${esc(`${nameOf(e.activityId)}: ${number(e.count)} Fälle beendet`)}"><span class="wre-count">${number(e.count)}</span> ${e.count === 1 ? 'Fall' : 'Fälle'}</div>`);
  });

  data.flows.forEach(f => {
    const element = elementOf(f.flowId);
    if (!element || !element.waypoints || !f.count) return;
    // the middle of the middle segment, relative to the connection's bounding box
    const points = element.waypoints;
    const i = Math.max(0, Math.floor((points.length - 2) / 2));
    const a = points[i];
    const b = points[Math.min(i + 1, points.length - 1)];
    const left = (a.x + b.x) / 2 - Math.min(...points.map(p => p.x));
    const top = (a.y + b.y) / 2 - Math.min(...points.map(p => p.y));
    add(element, {top, left}, `<div class="wre-transition-overlay" data-flow-id="${esc(f.flowId)}" data-count="${esc(f.count)}"
      title="${esc(`${number(f.count)}-mal genommen`)}">${number(f.count)}</div>`);
  });

  const legend = document.createElement('div');
  legend.className = 'wre-diagram-legend';
  legend.innerHTML = `<strong>Verlauf ${esc(dateDe(data.from))} – ${esc(dateDe(data.to))}</strong>
    · ${esc(districtName(data, data.district))} · ${number(data.finished)} ${data.finished === 1 ? 'Fall' : 'Fälle'} abgeschlossen<br>
    Zahl: beendete Schritte · Ø/P90: Median und 90. Perzentil in Arbeitstagen (AT) · Färbung: Häufigkeit`;
  container.appendChild(legend);
}

function districtName(data, id) {
  if (!id) return data.districts.length > 1 ? 'Alle Bezirke' : (data.districts[0] ? data.districts[0].name : '');
  const district = data.districts.find(d => d.id === id);
  return district ? district.name : id;
}

function setMode(mode) {
  flowView.mode = mode;
  paintOverlays();
}

// the diagram plugin: Cockpit calls it with the bpmn-js viewer once the diagram is loaded
function attachViewer(viewer, processDefinitionId) {
  flowView.viewer = viewer;
  if (flowView.definitionId !== processDefinitionId) {
    flowView.definitionId = processDefinitionId;
  }
  paintOverlays();
  if (flowView.redrawTab) flowView.redrawTab();
}

async function processDefinition(api, id) {
  return getJson(`${api.baseApi}/engine/${encodeURIComponent(engineOf(api))}/process-definition/${encodeURIComponent(id)}`);
}

// position in the diagram: the table reads left to right as the model does
function diagramOrder(a, b) {
  const ea = elementOf(a.activityId);
  const eb = elementOf(b.activityId);
  if (ea && eb) return (ea.x - eb.x) || (ea.y - eb.y);
  if (ea || eb) return ea ? -1 : 1;
  return String(a.activityId).localeCompare(String(b.activityId));
}

function renderFlowTab(node, api, definitionId) {
  styles(api);
  const state = {from: '', to: '', district: '', key: null, name: null, data: null};
  node.innerHTML = '<div class="wre-tab wre-verlauf"><p class="text-muted">Verlauf wird geladen …</p></div>';

  function fetchAndDraw() {
    load(api, 'verlauf', {processKey: state.key, from: state.from, to: state.to, district: state.district})
      .then(data => {
        state.data = data;
        state.from = data.from; state.to = data.to;
        state.district = data.district || (data.districts.length === 1 ? data.districts[0].id : '');
        flowView.data = data;
        draw();
        paintOverlays();
      })
      .catch(error => {
        flowView.data = null;
        paintOverlays();
        const box = node.querySelector('.wre-result');
        if (box) box.innerHTML = `<div class="alert alert-warning"><strong>${esc(error.title)}:</strong> ${esc(error.message)}</div>`;
        else showError(node, error);
      });
  }

  function draw() {
    const data = state.data;
    const activities = [...data.activities].sort(diagramOrder);
    const history = flowView.mode === 'history';
    node.innerHTML = `<div class="wre-tab wre-verlauf" lang="de">
      <form class="wre-controls form-inline">
        <div class="btn-group wre-mode" role="group" aria-label="Anzeige im Diagramm">
          <button type="button" class="btn btn-default${history ? '' : ' active'}" data-mode="running" aria-pressed="${!history}">Laufend (Cockpit)</button>
          <button type="button" class="btn btn-default${history ? ' active' : ''}" data-mode="history" aria-pressed="${history}">Verlauf (abgeschlossen)</button>
        </div>
        <label>Von <input class="form-control" type="date" name="from" value="${esc(state.from)}" required></label>
        <label>Bis <input class="form-control" type="date" name="to" value="${esc(state.to)}" required></label>
        <label>Bezirk <select class="form-control" name="district">${districtOptions(data.districts, state.district)}</select></label>
        <button class="btn btn-primary" type="submit">Anzeigen</button>
      </form>
      <div class="wre-result">
        <p class="wre-notes">${esc(state.name || data.processKey)}: Schritte, die vom ${esc(dateDe(data.from))} bis ${esc(dateDe(data.to))} beendet wurden
          (${esc(districtName(data, data.district))}). ${number(data.finished)} ${data.finished === 1 ? 'Fall' : 'Fälle'} abgeschlossen,
          ${number(data.deleted)} gelöscht. Dauern in Arbeitstagen (ohne Wochenenden und Berliner Feiertage), nur erledigte Schritte.
          ${history ? 'Das Diagramm zeigt den Verlauf.' : 'Das Diagramm zeigt die laufenden Instanzen; „Verlauf (abgeschlossen)“ zeigt diese Zahlen im Diagramm.'}</p>
        <table class="table table-bordered wre-table wre-numbers wre-flow-table">
          <thead><tr><th>Aktivität</th><th>Art</th><th>Anzahl</th><th>davon abgebrochen</th>
            <th>Median (Arbeitstage)</th><th>90. Perzentil (Arbeitstage)</th><th>Anteil fristgerecht</th></tr></thead>
          <tbody>${activities.map(a => `<tr data-activity-id="${esc(a.activityId)}"><th>${activityLabel(a.activityId)}</th>
            <td class="wre-left">${esc(activityKind(a.activityType))}</td><td>${number(a.count)}</td><td>${number(a.canceled)}</td>
            <td>${days(a.medianDays)}</td><td>${days(a.p90Days)}</td><td>${dueText(a)}</td></tr>`).join('')
            || '<tr><td colspan="7" class="wre-left text-muted">Keine beendeten Schritte im Zeitraum.</td></tr>'}</tbody>
        </table>
        <div class="wre-columns">
          <div><h4>Endereignisse</h4>
            <table class="table table-bordered wre-table wre-numbers wre-end-table">
              <thead><tr><th>Endereignis</th><th>Fälle</th></tr></thead>
              <tbody>${data.endEvents.map(e => `<tr data-activity-id="${esc(e.activityId)}"><th>${esc(nameOf(e.activityId))}</th><td>${number(e.count)}</td></tr>`).join('')
                || '<tr><td colspan="2" class="wre-left text-muted">Keine abgeschlossenen Fälle.</td></tr>'}</tbody>
            </table></div>
          ${data.outcomes.length ? `<div><h4>Ergebnisse</h4>
            <table class="table table-bordered wre-table wre-numbers wre-outcome-table">
              <thead><tr><th>Ergebnis</th><th>Fälle</th></tr></thead>
              <tbody>${data.outcomes.map(o => `<tr data-outcome="${esc(o.code)}"><th>${esc(o.name || o.code)}</th><td>${number(o.count)}</td></tr>`).join('')}</tbody>
            </table></div>` : ''}
        </div>
      </div>
    </div>`;
    const form = node.querySelector('form');
    form.onsubmit = e => {
      e.preventDefault();
      state.from = form.from.value; state.to = form.to.value; state.district = form.district.value;
      fetchAndDraw();
    };
    form.district.onchange = () => form.requestSubmit();
    node.querySelectorAll('[data-mode]').forEach(button => {
      button.onclick = () => { setMode(button.dataset.mode); draw(); };
    });
  }

  flowView.redrawTab = () => { if (state.data && node.isConnected) draw(); };
  processDefinition(api, definitionId)
    .then(definition => { state.key = definition.key; state.name = definition.name; fetchAndDraw(); })
    .catch(error => showError(node, error));
}

// ---------------------------------------------------------------- Engpässe

const DISTRICT_COLORS = ['#1565c0', '#c62828', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f',
  '#ef6c00', '#5d4037', '#ad1457', '#558b2f', '#455a64', '#283593'];

function renderBottlenecks(node, api) {
  styles(api);
  const state = {district: '', chart: null};
  node.innerHTML = '<div class="wre-page"><p class="text-muted">Engpässe werden ermittelt …</p></div>';

  function fetchAndDraw() {
    load(api, 'engpaesse', {district: state.district})
      .then(data => draw(data))
      .catch(error => showError(node, error));
  }

  function draw(data) {
    const names = Object.fromEntries(data.districts.map(d => [d.id, d.name]));
    if (!state.district && data.districts.length === 1) state.district = data.districts[0].id;
    const sum = key => data.tasks.reduce((total, t) => total + t[key], 0);
    const ageSums = data.buckets.map((b, i) => data.tasks.reduce((total, t) => total + (t.byAge[i] || 0), 0));
    const escalating = data.escalations.districts.filter(d => d.counts.some(c => c > 0));
    const monthSums = data.escalations.months.map((m, i) => data.escalations.districts.reduce((t, d) => t + (d.counts[i] || 0), 0));
    node.innerHTML = `<div class="wre-page wre-bottlenecks" lang="de" data-district="${esc(state.district)}">
      <h2>Engpässe</h2>
      <p class="text-muted">Wo Fälle jetzt warten: offene Aufgaben nach Alter in Arbeitstagen seit ihrer Erstellung
        (ohne Wochenenden und Berliner Feiertage); überfällig: Frist überschritten. Stand ${esc(dateDe(data.today))}.</p>
      <form class="wre-controls form-inline">
        <label>Bezirk <select class="form-control" name="district">${districtOptions(data.districts, state.district)}</select></label>
      </form>
      <h3>Offene Aufgaben nach Alter</h3>
      <table class="table table-bordered wre-table wre-numbers wre-age-table">
        <thead><tr><th rowspan="2">Aufgabe</th><th rowspan="2">Bezirk</th><th rowspan="2">offen</th><th rowspan="2">davon überfällig</th>
          <th colspan="${data.buckets.length}">Alter in Arbeitstagen</th><th rowspan="2">Median Alter</th></tr>
          <tr>${data.buckets.map(b => `<th>${esc(b)}</th>`).join('')}</tr></thead>
        <tbody>${data.tasks.map(t => `<tr data-task="${esc(t.taskKey)}" data-district="${esc(t.district)}"><th>${esc(t.name || t.taskKey)}</th>
          <td class="wre-left">${esc(names[t.district] || t.district || '–')}</td><td>${number(t.open)}</td>
          <td class="${t.overdue ? 'wre-overdue' : ''}">${number(t.overdue)}</td>
          ${t.byAge.map(n => `<td>${number(n)}</td>`).join('')}<td>${days(t.medianAgeDays)}</td></tr>`).join('')
          || `<tr><td colspan="${5 + data.buckets.length}" class="wre-left text-muted">Keine offenen Aufgaben.</td></tr>`}</tbody>
        ${data.tasks.length > 1 ? `<tfoot><tr class="wre-berlin"><th>Summe</th><td></td><td>${number(sum('open'))}</td>
          <td class="${sum('overdue') ? 'wre-overdue' : ''}">${number(sum('overdue'))}</td>${ageSums.map(n => `<td>${number(n)}</td>`).join('')}<td></td></tr></tfoot>` : ''}
      </table>
      <h3>Am längsten wartende Aufgaben</h3>
      ${data.longestHidden ? '<p class="wre-note wre-longest-hidden">Einzelne Fälle werden für Ihre Rolle nicht angezeigt, nur die Anzahlen oben.</p>'
        : `<table class="table table-bordered wre-table wre-numbers wre-longest">
        <thead><tr><th>Fall</th><th>Aufgabe</th><th>Bezirk</th><th>erstellt am</th><th>Alter (Arbeitstage)</th><th>Frist</th></tr></thead>
        <tbody>${data.longest.map(w => `<tr data-process-instance-id="${esc(w.processInstanceId)}" class="${w.overdue ? 'wre-overdue-row' : ''}">
          <th><a href="#/process-instance/${encodeURIComponent(w.processInstanceId)}/runtime" title="Instanz in Cockpit öffnen">${esc(w.caseId || 'ohne Fallnummer')}</a></th>
          <td class="wre-left">${esc(w.name || w.taskKey)}</td><td class="wre-left">${esc(names[w.district] || w.district || '–')}</td>
          <td>${esc(dateDe(w.createdAt))}</td><td>${number(w.ageDays)}</td>
          <td>${w.due ? esc(dateDe(w.due)) : '–'}${w.overdue ? ' <span class="label label-danger">überfällig</span>' : ''}</td></tr>`).join('')
          || '<tr><td colspan="6" class="wre-left text-muted">Keine offenen Aufgaben.</td></tr>'}</tbody>
      </table>`}
      <h3>Fristüberschreitungen je Bezirk und Monat</h3>
      <p class="wre-note">Eskalationen: abgelaufene Fristen von Aufgaben (z.&nbsp;B. Standardanschreiben, Hausbesuch) der letzten zwölf Monate.</p>
      <div class="wre-chart"><canvas></canvas></div>
      <table class="table table-bordered wre-table wre-numbers wre-escalations">
        <thead><tr><th>Bezirk</th>${data.escalations.months.map(m => `<th data-month="${esc(m)}">${esc(monthDe(m))}</th>`).join('')}<th>Summe</th></tr></thead>
        <tbody>${escalating.map(d => `<tr data-district="${esc(d.id)}"><th>${esc(d.name)}</th>${d.counts.map((c, i) => `<td data-month="${esc(data.escalations.months[i])}">${number(c)}</td>`).join('')}
          <td>${number(d.counts.reduce((a, b) => a + b, 0))}</td></tr>`).join('')
          || `<tr><td colspan="${data.escalations.months.length + 2}" class="wre-left text-muted">Keine Fristüberschreitungen.</td></tr>`}</tbody>
        ${escalating.length > 1 ? `<tfoot><tr class="wre-berlin"><th>Summe</th>${monthSums.map(c => `<td>${number(c)}</td>`).join('')}
          <td>${number(monthSums.reduce((a, b) => a + b, 0))}</td></tr></tfoot>` : ''}
      </table>
    </div>`;
    const form = node.querySelector('form');
    form.onsubmit = e => e.preventDefault();
    form.district.onchange = () => { state.district = form.district.value; fetchAndDraw(); };

    chartJs().then(Chart => {
      if (state.chart) state.chart.destroy();
      const canvas = node.querySelector('.wre-chart canvas');
      if (!canvas) return;
      state.chart = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.escalations.months.map(monthDe),
          datasets: data.escalations.districts.map((d, i) => ({
            label: d.name, data: d.counts, stack: 'eskalationen',
            backgroundColor: DISTRICT_COLORS[i % DISTRICT_COLORS.length]
          }))
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0},
            title: {display: true, text: 'Fristüberschreitungen'}}},
          plugins: {legend: {labels: {filter: item => escalating.some(d => d.name === item.text)}},
            tooltip: {callbacks: {label: ctx => `${ctx.dataset.label}: ${number(ctx.parsed.y)}`}}}
        }
      });
    }).catch(error => { node.querySelector('.wre-chart').textContent = error.message; });
  }

  fetchAndDraw();
}

// ---------------------------------------------------------------- Abgeschlossene Fälle, Fallverlauf

// kept while Cockpit is open: back from a case's timeline, the list shows the same filter and page
const finishedState = {from: '', to: '', district: '', outcome: '', endEvent: '', deadlineMissed: '', page: 0, scope: null};
const PAGE_SIZE = 50;

// the districts and the default period, when the list's answer does not carry them
async function finishedScope(api) {
  if (!finishedState.scope) {
    const overview = await load(api, 'verlauf', {});
    finishedState.scope = {districts: overview.districts, from: overview.from, to: overview.to};
  }
  return finishedState.scope;
}

function renderFinished(node, api) {
  styles(api);
  const state = finishedState;
  node.innerHTML = '<div class="wre-page"><p class="text-muted">Abgeschlossene Fälle werden geladen …</p></div>';

  function fetchAndDraw() {
    load(api, 'faelle', {from: state.from, to: state.to, district: state.district, outcome: state.outcome,
      endEvent: state.endEvent, deadlineMissed: state.deadlineMissed, page: state.page, size: PAGE_SIZE})
      .then(async data => {
        const scope = data.districts ? {districts: data.districts, from: data.from, to: data.to} : await finishedScope(api);
        if (!state.from) state.from = data.from || scope.from || '';
        if (!state.to) state.to = data.to || scope.to || '';
        draw(data, scope);
      })
      .catch(error => {
        const box = node.querySelector('.wre-result');
        if (box) box.innerHTML = `<div class="alert alert-warning"><strong>${esc(error.title)}:</strong> ${esc(error.message)}</div>`;
        else showError(node, error);
      });
  }

  function draw(data, scope) {
    const names = Object.fromEntries(scope.districts.map(d => [d.id, d.name]));
    if (!state.district && scope.districts.length === 1) state.district = scope.districts[0].id;
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    const first = data.total ? data.page * data.size + 1 : 0;
    const last = Math.min(data.total, (data.page + 1) * data.size);
    // the filter of the list shown, for whoever waits for it (the browser test)
    const shown = ['from', 'to', 'district', 'outcome', 'endEvent', 'deadlineMissed']
      .map(name => `data-${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}="${esc(state[name])}"`).join(' ');
    node.innerHTML = `<div class="wre-page wre-finished" lang="de" ${shown}>
      <h2>Abgeschlossene Fälle</h2>
      <p class="text-muted">Fälle, deren Prozess im Zeitraum endete – auch gelöschte (gekennzeichnet). Nur Fallnummern,
        keine personenbezogenen Daten. Ein Klick auf die Fallnummer zeigt den Fallverlauf.</p>
      <form class="wre-controls form-inline">
        <label>Von <input class="form-control" type="date" name="from" value="${esc(state.from)}"></label>
        <label>Bis <input class="form-control" type="date" name="to" value="${esc(state.to)}"></label>
        <label>Bezirk <select class="form-control" name="district">${districtOptions(scope.districts, state.district)}</select></label>
        <label>Ergebnis <select class="form-control" name="outcome">${options([['', 'Alle'], ...Object.entries(data.outcomeNames || {})], state.outcome)}</select></label>
        <label>Endereignis <select class="form-control" name="endEvent">${options([['', 'Alle'], ...data.endEvents.map(e => [e.activityId, e.name || e.activityId])], state.endEvent)}</select></label>
        <label>Frist versäumt <select class="form-control" name="deadlineMissed">${options([['', 'egal'], ['true', 'ja'], ['false', 'nein']], state.deadlineMissed)}</select></label>
        <button class="btn btn-primary" type="submit">Anzeigen</button>
      </form>
      <div class="wre-result">
        <p class="wre-count-line">${data.total ? `${number(first)}–${number(last)} von ${number(data.total)} ${data.total === 1 ? 'Fall' : 'Fällen'}` : 'Keine Fälle'}</p>
        <table class="table table-bordered wre-table wre-numbers wre-finished-table">
          <thead><tr><th>Fall</th><th>Bezirk</th><th>Beginn</th><th>Ende</th><th>Dauer (Tage)</th><th>Endereignis</th>
            <th>Ergebnis</th><th>Frist versäumt</th><th>Hinweis</th></tr></thead>
          <tbody>${data.cases.map(c => `<tr data-process-instance-id="${esc(c.processInstanceId)}">
            <th><a href="#/fallverlauf/${encodeURIComponent(c.processInstanceId)}">${esc(c.caseId || 'ohne Fallnummer')}</a></th>
            <td class="wre-left">${esc(names[c.district] || c.district || '–')}</td><td>${esc(dateDe(c.startedOn))}</td><td>${esc(dateDe(c.endedOn))}</td>
            <td>${number(c.durationDays)}</td><td class="wre-left">${esc(c.deleted ? 'gelöscht' : (c.endEventName || c.endEvent || '–'))}</td>
            <td class="wre-left">${esc(c.outcome ? ((data.outcomeNames || {})[c.outcome] || c.outcome) : '–')}</td>
            <td class="wre-left">${c.deadlineMissed ? '<span class="label label-danger">ja</span>' : 'nein'}</td>
            <td class="wre-left">${[c.deleted ? 'gelöscht' : '', c.historyAvailable ? '' : 'Historie nach Aufbewahrungsfrist gelöscht'].filter(Boolean).map(esc).join(', ')}</td></tr>`).join('')
            || '<tr><td colspan="9" class="wre-left text-muted">Keine Fälle für diese Auswahl.</td></tr>'}</tbody>
        </table>
        ${pages > 1 ? `<div class="wre-pager">
          <button type="button" class="btn btn-default" data-page="${data.page - 1}"${data.page <= 0 ? ' disabled' : ''}>« Zurück</button>
          <span>Seite ${number(data.page + 1)} von ${number(pages)}</span>
          <button type="button" class="btn btn-default" data-page="${data.page + 1}"${data.page + 1 >= pages ? ' disabled' : ''}>Weiter »</button>
        </div>` : ''}
      </div>
    </div>`;
    const form = node.querySelector('form');
    form.onsubmit = e => {
      e.preventDefault();
      ['from', 'to', 'district', 'outcome', 'endEvent', 'deadlineMissed'].forEach(name => { state[name] = form[name].value; });
      state.page = 0;
      fetchAndDraw();
    };
    node.querySelectorAll('[data-page]').forEach(button => {
      button.onclick = () => { state.page = Number(button.dataset.page); fetchAndDraw(); };
    });
  }

  fetchAndDraw();
}

const TIMELINE_STATE = {running: 'läuft', finished: 'abgeschlossen', deleted: 'gelöscht'};

// the page #/fallverlauf/{id} (embedded = false) or the tab on Cockpit's page of a running instance
function renderTimeline(node, api, id, embedded) {
  styles(api);
  node.innerHTML = `<div class="${embedded ? 'wre-tab' : 'wre-page'}"><p class="text-muted">Fallverlauf wird geladen …</p></div>`;
  Promise.all([load(api, `faelle/${encodeURIComponent(id)}/verlauf`), finishedScope(api).catch(() => null)]).then(([data, scope]) => {
    const users = data.showUsers;
    const district = scope && scope.districts.find(d => d.id === data.district);
    node.innerHTML = `<div class="${embedded ? 'wre-tab' : 'wre-page'} wre-timeline" lang="de">
      ${embedded ? '' : `<p><a href="#/abgeschlossene-faelle">« Abgeschlossene Fälle</a></p>
      <h2>Fallverlauf ${esc(data.caseId || '')}</h2>`}
      <dl class="dl-horizontal wre-facts">
        <dt>Fall</dt><dd>${esc(data.caseId || 'ohne Fallnummer')}</dd>
        <dt>Bezirk</dt><dd>${esc(district ? district.name : (data.district || '–'))}</dd>
        <dt>Prozess</dt><dd>${esc(data.processName || data.processKey)}</dd>
        <dt>Status</dt><dd class="wre-state">${esc(TIMELINE_STATE[data.state] || data.state)}${data.state === 'running' && !embedded
          ? ` (<a href="#/process-instance/${encodeURIComponent(data.processInstanceId)}/runtime">Instanz in Cockpit</a>)` : ''}</dd>
        <dt>Beginn</dt><dd>${esc(dateTimeDe(data.startedAt))}</dd>
        <dt>Ende</dt><dd>${esc(dateTimeDe(data.endedAt))}</dd>
      </dl>
      ${data.historyAvailable ? '' : `<div class="alert alert-info wre-history-deleted">Die ausführliche Camunda-Historie dieses Falls wurde
        nach Ablauf der Aufbewahrungsfrist gelöscht. Die Schritte stammen aus den aufbewahrten Verlaufsdaten; wer sie erledigt hat, ist nicht mehr bekannt.</div>`}
      <table class="table table-bordered wre-table wre-numbers wre-timeline-table">
        <thead><tr><th>Schritt</th><th>Art</th><th>Beginn</th><th>Ende</th><th>Dauer (Arbeitstage)</th>${users ? '<th>erledigt von</th>' : ''}</tr></thead>
        <tbody>${data.steps.map(s => `<tr data-activity-id="${esc(s.activityId)}" class="${s.canceled ? 'wre-canceled' : ''}">
          <th>${s.name ? esc(s.name) : `<span class="wre-unnamed">${esc(s.activityId)}</span>`}</th><td class="wre-left">${esc(activityKind(s.activityType))}${s.canceled ? ' (abgebrochen)' : ''}</td>
          <td>${esc(dateTimeDe(s.startedAt))}</td><td>${s.endedAt ? esc(dateTimeDe(s.endedAt)) : 'läuft'}</td>
          <td>${s.workingDays === null || s.workingDays === undefined ? '–' : number(s.workingDays)}</td>
          ${users ? `<td class="wre-left">${esc(s.completedBy || '–')}</td>` : ''}</tr>`).join('')
          || `<tr><td colspan="${users ? 6 : 5}" class="wre-left text-muted">Keine Schritte aufgezeichnet.</td></tr>`}</tbody>
      </table>
    </div>`;
  }).catch(error => showError(node, error));
}

// ---------------------------------------------------------------- plugin points

function navigation(id, path, label, priority) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority,
    render: node => { node.innerHTML = `<a href="#${path}">${esc(label)}</a>`; },
    properties: {path, checkActive: url => url.indexOf(`#${path}`) > -1}
  };
}

function route(name, path, label, render) {
  return {id: `wohnraumerhalt.route.${name}`, pluginPoint: 'cockpit.route', properties: {path, label}, render};
}

export default [
  navigation('wohnraumerhalt.nav.kennzahlen', '/kennzahlen', 'Kennzahlen', 50),
  navigation('wohnraumerhalt.nav.personalbedarf', '/personalbedarf', 'Personalbedarf', 49),
  navigation('wohnraumerhalt.nav.engpaesse', '/engpaesse', 'Engpässe', 48),
  navigation('wohnraumerhalt.nav.abgeschlossene-faelle', '/abgeschlossene-faelle', 'Abgeschlossene Fälle', 47),
  route('kennzahlen', '/kennzahlen', 'Kennzahlen', (node, {api}) => renderIndicators(node, api)),
  route('personalbedarf', '/personalbedarf', 'Personalbedarf', (node, {api}) => renderStaffing(node, api)),
  route('engpaesse', '/engpaesse', 'Engpässe', (node, {api}) => renderBottlenecks(node, api)),
  route('abgeschlossene-faelle', '/abgeschlossene-faelle', 'Abgeschlossene Fälle', (node, {api}) => renderFinished(node, api)),
  // the timeline of one instance, finished or running: #/fallverlauf/{processInstanceId}
  route('fallverlauf', '/fallverlauf/:processInstanceId', 'Fallverlauf', (node, {api}) => {
    const match = window.location.hash.match(/\/fallverlauf\/([^/?#]+)/);
    renderTimeline(node, api, match ? decodeURIComponent(match[1]) : '', false);
  }),
  {
    // the same timeline on Cockpit's page of a running instance
    id: 'wohnraumerhalt.instance.fallverlauf',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: -10,
    properties: {label: 'Fallverlauf'},
    render: (node, {api, processInstanceId}) => renderTimeline(node, api, processInstanceId, true)
  },
  {
    // the history overlays on the definition's diagram (shown while the tab "Verlauf" says so)
    id: 'wohnraumerhalt.definition.diagram',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 10,
    render: (viewer, {api, processDefinitionId}) => { styles(api); attachViewer(viewer, processDefinitionId); },
    unmount: () => { flowView.viewer = null; flowView.redrawTab = null; }
  },
  {
    id: 'wohnraumerhalt.definition.verlauf',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: -10,
    properties: {label: 'Verlauf'},
    render: (node, {api, processDefinitionId}) => renderFlowTab(node, api, processDefinitionId),
    // leaving the tab shows Cockpit's running instances again
    unmount: () => { flowView.redrawTab = null; setMode('running'); }
  }
];
