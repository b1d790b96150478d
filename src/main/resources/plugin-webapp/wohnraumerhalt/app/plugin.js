// Wohnraumerhalt – Cockpit pages "Kennzahlen" (SPEC §4, issue 4) and "Personalbedarf" (PPBE,
// SPEC §5, issue 5). Data from /camunda/api/cockpit/plugin/wohnraumerhalt/{engine}/…, which uses
// the same services and access rules as /api/kpi and /api/ppbe. Charts: Chart.js from the WebJar.

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
  const url = `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/${page}` + (query.toString() ? `?${query}` : '');
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
  const rows = report.districts.map(d => ({id: d.district, name: names[d.district] || d.district, indicators: d.indicators}));
  if (report.berlin) {
    const berlin = {id: 'berlin', name: BERLIN_NAME, indicators: report.berlin.indicators};
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
        <h3>Weitere Zahlen – Fälle mit Eingang einer Räumungsklage im ${esc(half.label)}</h3>
        <table class="table table-bordered wre-table wre-staffing">
          <thead><tr><th>Bezirk</th><th>Fälle</th><th>Hausbesuche</th><th>davon zu zweit</th><th>abgeschlossen</th>
            <th>Ergebnis der abgeschlossenen Fälle</th><th>Nachschau nach 12 Monaten: noch in der Wohnung</th></tr></thead>
          <tbody>${rows.map(r => cohortRow(r, half.cohorts[r.id], data.outcomeNames)).join('')}</tbody>
        </table>
      </div>`;
      node.querySelector('[data-wre=half]').onchange = e => { state.half = Number(e.target.value); draw(); };
      node.querySelector('[data-wre=unit]').onchange = e => { state.unit = e.target.value; trend(); };
      node.querySelector('[data-wre=standard]').onchange = e => { state.standard = e.target.value; trend(); };
      trend();
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

export default [
  navigation('wohnraumerhalt.nav.kennzahlen', '/kennzahlen', 'Kennzahlen', 50),
  navigation('wohnraumerhalt.nav.personalbedarf', '/personalbedarf', 'Personalbedarf', 49),
  {
    id: 'wohnraumerhalt.route.kennzahlen',
    pluginPoint: 'cockpit.route',
    properties: {path: '/kennzahlen', label: 'Kennzahlen'},
    render: (node, {api}) => renderIndicators(node, api)
  },
  {
    id: 'wohnraumerhalt.route.personalbedarf',
    pluginPoint: 'cockpit.route',
    properties: {path: '/personalbedarf', label: 'Personalbedarf'},
    render: (node, {api}) => renderStaffing(node, api)
  }
];
