// The workshop page's script: plain ES2017 in one function scope, no framework, nothing fetched.
// CareSimWorkshop embeds this file at build time (Package.swift, `.embedInCode`) and WorkshopPage
// puts it in every page after this opening comment, which ends at the first blank line.
//
// It reads the data document (described in WorkshopPage.swift) and the label table from the
// page's two JSON script elements, builds the knob sliders, and on every move of a control
// recomputes the shown figures from the stored replications of one cell: a few hundred numbers
// per payer, well within a frame. Every text it shows comes from `label('key')` with a literal key
// (a test scans for them), or from the data in the page's language.
//
// The statistics are CareSim's own, operation for operation, so the page shows the doubles the
// command-line tools print: the mean and its standard error by Welford's recurrence as
// `RunningMoments` does, the 90% band as type-7 quantiles as `Quantiles` does, and a payer's
// balance as `saving - share * cost` per replication as `FundingSplitAnalysis` does. Numbers are
// written with `ReportNumberFormatter`'s rules: the shortest decimal that reads back as the
// double, rounded half away from zero, a true minus sign, and a no-break space after the Dutch
// euro sign; unlike the reports, never with a power of ten (from 10^15, and below 10^-6 to
// significant digits).
//
// `window.caresimWorkshop` gives tests the state, setters, and the numbers shown. Through it,
// Tests/browser/check-workshop-arithmetic.py checks the statistics and the number texts against
// Swift's own, to the last digit, on the fixtures WorkshopArithmeticFixtureTests writes.

(function () {
  'use strict';

  // ---- Data and words -------------------------------------------------------------------

  const data = JSON.parse(document.getElementById('workshop-data').textContent);
  const labels = JSON.parse(document.getElementById('workshop-labels').textContent);
  const lang = document.documentElement.lang === 'nl' ? 'nl' : 'en';

  // A text of the page. A missing key is a bug of the page, not of the data: it throws, so
  // the browser test fails on the exception.
  function label(key) {
    const text = labels[key];
    if (typeof text !== 'string') throw new Error('workshop page: no label ' + key);
    return text;
  }

  // `template` with {1}, {2}, ... replaced by the further arguments.
  function fill(template) {
    const args = arguments;
    return template.replace(/\{(\d)\}/g, function (whole, n) { return String(args[Number(n)]); });
  }

  // A count and its noun by the one plural rule of the page ("1 year", "10 years"), the rule
  // of WorkshopLabels.counted in Swift: `one` for exactly one, `other` for any other count.
  function counted(count, one, other) { return fill(count === 1 ? one : other, count); }

  // Years and simulated runs, counted.
  function yearsText(count) { return counted(count, label('count.years.one'), label('count.years.other')); }
  function runsText(count) { return counted(count, label('count.runs.one'), label('count.runs.other')); }

  // A text of the data in the page's language, falling back to English.
  function localized(texts) {
    if (texts === null || texts === undefined) return '';
    if (typeof texts === 'string') return texts;
    return texts[lang] || texts.en || '';
  }

  // "a, b and c", with the language's "and".
  function listed(items) {
    if (items.length <= 1) return items.join('');
    return items.slice(0, -1).join(', ') + label('list.and') + items[items.length - 1];
  }

  function byId(id) { return document.getElementById(id); }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const name of Object.keys(attributes || {})) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The SVG namespace, taken from an inline <svg> of the page rather than spelled out.
  const svgNamespace = byId('bars').namespaceURI;

  function svgElement(tag, attributes, text) {
    const node = document.createElementNS(svgNamespace, tag);
    for (const name of Object.keys(attributes || {})) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // What is wrong with the data document, or null: the page shows that and nothing else,
  // rather than figures from a document it misreads.
  function dataProblem() {
    if (!data || data.format !== 1) return fill(label('error.format'), String(data && data.format));
    const knobList = data.knobs;
    if (!Array.isArray(knobList) || knobList.length === 0) return label('error.noKnobs');
    if (!Array.isArray(data.cells) || data.cells.length === 0) return label('error.noCells');
    const damaged = function (where) { return fill(label('error.damaged'), where); };
    const isNumbers = function (list, length) {
      return Array.isArray(list) && list.length === length && list.every(function (v) { return typeof v === 'number' && isFinite(v); });
    };
    const n = data.replications;
    const years = data.years;
    if (!(Number.isInteger(n) && n >= 1)) return damaged('replications');
    if (!(Number.isInteger(years) && years >= 1)) return damaged('years');
    if (!(typeof data.valuePerQALY === 'number' && isFinite(data.valuePerQALY))) return damaged('valuePerQALY');
    if (!data.split || !['wmo', 'zvw', 'wlz'].every(function (p) { return typeof data.split[p] === 'number' && data.split[p] >= 0; }) ||
        Math.abs(data.split.wmo + data.split.zvw + data.split.wlz - 1) > 1e-9) return damaged('split');
    for (let k = 0; k < knobList.length; k += 1) {
      const knob = knobList[k];
      if (!knob || !isNumbers(knob.levels, (knob.levels || []).length) || knob.levels.length === 0 ||
          !(Number.isInteger(knob.base) && knob.base >= 0 && knob.base < knob.levels.length)) return damaged('knobs.' + k);
    }
    for (let c = 0; c < data.cells.length; c += 1) {
      const cell = data.cells[c];
      const where = 'cells.' + c;
      if (!cell || !Array.isArray(cell.levels) || cell.levels.length !== knobList.length ||
          !cell.levels.every(function (l, k) { return Number.isInteger(l) && l >= 0 && l < knobList[k].levels.length; })) return damaged(where + '.levels');
      const r = cell.perReplication;
      const y = cell.byYear;
      if (!r || !r.savings || !y || !y.savings) return damaged(where);
      for (const p of ['wmo', 'zvw', 'wlz', 'informal']) {
        if (!isNumbers(r.savings[p], n)) return damaged(where + '.perReplication.savings.' + p);
        if (!isNumbers(y.savings[p], years)) return damaged(where + '.byYear.savings.' + p);
      }
      if (!isNumbers(r.cost, n)) return damaged(where + '.perReplication.cost');
      if (!isNumbers(r.qalys, n)) return damaged(where + '.perReplication.qalys');
      if (!isNumbers(y.cost, years)) return damaged(where + '.byYear.cost');
    }
    return null;
  }

  const problem = dataProblem();
  if (problem) {
    const box = byId('page-problem');
    box.textContent = problem;
    box.hidden = false;
    byId('workshop').hidden = true;
    return;
  }

  const PAYERS = ['wmo', 'zvw', 'wlz'];
  const PERSPECTIVES = ['wmo', 'zvw', 'wlz', 'informal', 'society'];
  const NAMES = {
    wmo: { title: label('payer.wmo'), phrase: label('payer.wmo.phrase'), short: label('payer.wmo.short') },
    zvw: { title: label('payer.zvw'), phrase: label('payer.zvw.phrase'), short: label('payer.zvw.short') },
    wlz: { title: label('payer.wlz'), phrase: label('payer.wlz.phrase'), short: label('payer.wlz.short') },
    informal: { title: label('payer.informal'), phrase: label('payer.informal.phrase'), short: label('payer.informal.short') },
    society: { title: label('payer.society'), phrase: label('payer.society.phrase'), short: label('payer.society.short') },
    nmb: { title: label('payer.nmb'), phrase: label('payer.nmb.phrase'), short: label('payer.nmb.short') },
    qalys: { title: label('payer.qalys'), phrase: label('payer.qalys.phrase'), short: label('payer.qalys.short') }
  };
  // Okabe and Ito's colours (as ChartPalette), one per perspective, with a dash pattern each
  // so that a greyscale projector still tells the lines apart.
  const LINE_STYLE = {
    wmo: { colour: '#0072b2', dash: '' },
    zvw: { colour: '#d55e00', dash: '9 4' },
    wlz: { colour: '#009e73', dash: '3 3' },
    informal: { colour: '#cc79a7', dash: '10 3 3 3' },
    society: { colour: '#1a1a1a', dash: '' }
  };

  // ---- Numbers as CareSim's reports write them --------------------------------------------

  const MINUS = '\u2212';
  // An English minus sign held to the euro sign after it by a word joiner (U+2060): a line may
  // otherwise break between the two and leave a lone minus at its end (the reports join them so).
  const MINUS_JOINED_TO_EURO = MINUS + '\u2060\u20ac';
  const NBSP = '\u00a0';
  const GROUP = lang === 'nl' ? '.' : ',';
  const POINT = lang === 'nl' ? ',' : '.';
  const DASH = '\u2014';

  // |x| as the shortest decimal that reads back as x: its digits (no leading or trailing
  // zeros) and the position of the decimal point after `point` of them (0.0123: "123", -1).
  function decimal(x) {
    if (x === 0) return { negative: false, digits: '0', point: 1 };
    const text = Math.abs(x).toExponential();
    const e = text.indexOf('e');
    const digits = text.slice(0, e).replace('.', '').replace(/0+$/, '');
    return { negative: x < 0, digits: digits, point: Number(text.slice(e + 1)) + 1 };
  }

  function isZero(d) { return d.digits === '0'; }

  // `d` rounded half away from zero to `fractionDigits` digits after the point (a negative
  // count rounds to tens, hundreds, ...).
  function rounded(d, fractionDigits) {
    if (isZero(d)) return d;
    const keep = d.point + fractionDigits;
    if (keep >= d.digits.length) return d;
    if (keep < 0) return { negative: false, digits: '0', point: 1 };
    const kept = d.digits.slice(0, keep).split('');
    let point = d.point;
    if (d.digits.charAt(keep) >= '5') {
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === '9') { kept[i] = '0'; i -= 1; }
      if (i < 0) { kept.unshift('1'); point += 1; } else { kept[i] = String(Number(kept[i]) + 1); }
    }
    const digits = kept.join('').replace(/0+$/, '');
    if (digits === '') return { negative: false, digits: '0', point: 1 };
    return { negative: d.negative, digits: digits, point: point };
  }

  function fractionCount(d) { return isZero(d) ? 0 : Math.max(0, d.digits.length - d.point); }

  // The magnitude of `d` with grouping and exactly `fractionDigits` digits after the point.
  function plain(d, fractionDigits) {
    const digits = d.digits;
    let integer = '0';
    if (!isZero(d) && d.point > 0) {
      integer = digits.slice(0, d.point);
      while (integer.length < d.point) integer += '0';
    }
    let grouped = '';
    for (let i = 0; i < integer.length; i += 1) {
      if (i > 0 && (integer.length - i) % 3 === 0) grouped += GROUP;
      grouped += integer.charAt(i);
    }
    if (fractionDigits <= 0) return grouped;
    let fraction = '';
    for (let i = 0; i < fractionDigits; i += 1) {
      const k = d.point + i;
      fraction += !isZero(d) && k >= 0 && k < digits.length ? digits.charAt(k) : '0';
    }
    return grouped + POINT + fraction;
  }

  function signed(body, d) { return d.negative && !isZero(d) ? MINUS + body : body; }

  function euroSign(body, negative) {
    if (lang === 'nl') return '\u20ac' + NBSP + (negative ? MINUS : '') + body;
    return (negative ? MINUS_JOINED_TO_EURO : '\u20ac') + body;
  }

  // A text CareSim wrote (an exercise's answer) with its English amounts held whole as the
  // script's own are.
  function joiningMinusToEuro(text) {
    return text.split(MINUS + '\u20ac').join(MINUS_JOINED_TO_EURO);
  }

  // An amount to `significant` significant digits, at most to the euro: €371,000, €5,430.
  function euros(x, significant) {
    if (!isFinite(x)) return DASH;
    const d = decimal(x);
    const r = rounded(d, Math.min(0, (significant || 3) - d.point));
    return euroSign(plain(r, 0), r.negative && !isZero(r));
  }

  // An amount with every whole euro (cents below €100 if it has them): a level of a knob.
  function exactEuros(x) {
    if (!isFinite(x)) return DASH;
    const r = rounded(decimal(x), Math.abs(x) >= 100 ? 0 : 2);
    return euroSign(plain(r, fractionCount(r) > 0 ? 2 : 0), r.negative && !isZero(r));
  }

  // Axis ticks: €500k, €1.5M (Dutch € 500.000, € 1,5 mln: thousands written out), as the
  // report charts write them.
  function compactEuros(x) {
    if (!isFinite(x)) return DASH;
    const size = Math.abs(x);
    let scaled = x;
    let suffix = '';
    if (size >= 1e6) { scaled = x / 1e6; suffix = lang === 'nl' ? NBSP + 'mln' : 'M'; }
    else if (size >= 1e3 && lang !== 'nl') { scaled = x / 1e3; suffix = 'k'; }
    else if (size >= 1e3) {
      const whole = rounded(decimal(x), -1);
      return euroSign(plain(whole, 0), whole.negative && !isZero(whole));
    }
    const r = rounded(decimal(scaled), 2);
    return euroSign(plain(r, fractionCount(r)) + suffix, r.negative && !isZero(r));
  }

  // A plain number to `significant` significant digits, never dropping integer digits.
  function number(x, significant) {
    if (!isFinite(x)) return DASH;
    const d = decimal(x);
    const r = rounded(d, Math.max(0, (significant || 3) - d.point));
    return signed(plain(r, fractionCount(r)), r);
  }

  // A share as a percentage with at most `fractionDigits` digits after the point.
  function percent(share, fractionDigits) {
    if (!isFinite(share)) return DASH;
    const d = decimal(share);
    const scaled = { negative: d.negative, digits: d.digits, point: isZero(d) ? 1 : d.point + 2 };
    const r = rounded(scaled, fractionDigits);
    return signed(plain(r, fractionCount(r)), r) + '%';
  }

  // A chance as a whole percentage, never rounding a possibility away: <1% and >99%.
  function chance(p) {
    if (!isFinite(p)) return DASH;
    if (p > 0 && p < 0.005) return '<1%';
    if (p < 1 && p > 0.995) return '>99%';
    return percent(p, 0);
  }

  // A level as the slider shows it, with the knob's unit unless `withUnit` is false.
  function levelText(knob, value, withUnit) {
    let text;
    if (knob.format === 'percent') text = percent(value, 2);
    else if (knob.format === 'euros') text = exactEuros(value);
    else text = number(value, 4);
    const unit = withUnit === false ? '' : localized(knob.unit);
    return unit ? text + ' ' + unit : text;
  }

  function knobName(knob) { return localized(knob.label) || knob.id; }
  function knobShortName(knob) { return localized(knob.short) || knobName(knob); }

  // ---- Statistics, as CareSim computes them ------------------------------------------------

  // Mean and standard error of the mean by Welford's recurrence (RunningMoments).
  function moments(values) {
    let n = 0;
    let mean = 0;
    let squares = 0;
    for (let i = 0; i < values.length; i += 1) {
      const x = values[i];
      n += 1;
      const delta = x - mean;
      mean += delta / n;
      squares += delta * (x - mean);
    }
    const variance = n < 2 ? 0 : squares / (n - 1);
    return { mean: mean, standardError: n < 2 ? 0 : Math.sqrt(variance / n) };
  }

  // The type-7 quantile of sorted data (Hyndman and Fan 1996; R's default; Quantiles.value).
  function quantile(sorted, p) {
    if (sorted.length === 0) return NaN;
    const position = (sorted.length - 1) * p;
    const lower = Math.floor(position);
    const fraction = position - lower;
    const below = sorted[lower];
    if (!(fraction > 0)) return below;
    return below + fraction * (sorted[lower + 1] - below);
  }

  function summarize(values) {
    const m = moments(values);
    const sorted = Float64Array.from(values).sort();
    let losses = 0;
    for (let i = 0; i < values.length; i += 1) if (values[i] < 0) losses += 1;
    return {
      mean: m.mean,
      low: quantile(sorted, 0.05),
      high: quantile(sorted, 0.95),
      lossChance: losses / Math.max(1, values.length),
      standardError: m.standardError
    };
  }

  // ---- Cells -------------------------------------------------------------------------------

  const knobs = data.knobs || [];
  const cellsByKey = new Map();
  for (const cell of data.cells || []) cellsByKey.set(cell.levels.join(','), cell);
  const baseLevels = knobs.map(function (knob) { return knob.base; });
  const baseCell = cellsByKey.get(baseLevels.join(',')) || null;
  const defaultSplit = { wmo: data.split.wmo, zvw: data.split.zvw, wlz: data.split.wlz };

  function cellAt(levels) { return cellsByKey.get(levels.join(',')) || null; }

  function knobsOffBase(levels) {
    return knobs.filter(function (knob, i) { return levels[i] !== knob.base; });
  }

  // Each replication's balance per perspective under `split`, and society's net monetary
  // benefit at `valuePerQALY`, in FunderBalance's order of operations.
  function balances(cell, split, valuePerQALY) {
    const savings = cell.perReplication.savings;
    const cost = cell.perReplication.cost;
    const qalys = cell.perReplication.qalys;
    const values = { wmo: [], zvw: [], wlz: [], informal: [], society: [], nmb: [] };
    for (let r = 0; r < cost.length; r += 1) {
      values.wmo.push(savings.wmo[r] - split.wmo * cost[r]);
      values.zvw.push(savings.zvw[r] - split.zvw * cost[r]);
      values.wlz.push(savings.wlz[r] - split.wlz * cost[r]);
      values.informal.push(savings.informal[r]);
      const society = savings.wmo[r] + savings.zvw[r] + savings.wlz[r] + savings.informal[r] - cost[r];
      values.society.push(society);
      values.nmb.push(society + qalys[r] * valuePerQALY);
    }
    return values;
  }

  // The cumulative balance per perspective at the end of each year, from the yearly means.
  function cumulative(cell, split) {
    const savings = cell.byYear.savings;
    const cost = cell.byYear.cost;
    const series = { wmo: [], zvw: [], wlz: [], informal: [], society: [] };
    const total = { wmo: 0, zvw: 0, wlz: 0, informal: 0, society: 0 };
    for (let y = 0; y < cost.length; y += 1) {
      total.wmo += savings.wmo[y] - split.wmo * cost[y];
      total.zvw += savings.zvw[y] - split.zvw * cost[y];
      total.wlz += savings.wlz[y] - split.wlz * cost[y];
      total.informal += savings.informal[y];
      total.society += savings.wmo[y] + savings.zvw[y] + savings.wlz[y] + savings.informal[y] - cost[y];
      for (const p of PERSPECTIVES) series[p].push(total[p]);
    }
    return series;
  }

  // The first year from which a cumulative balance stays at or above zero; 0 when it never
  // falls below, null when it ends below (RunResult.paybackMonth(of:), by year).
  function breakEvenYear(series) {
    let lastNegative = -1;
    for (let i = 0; i < series.length; i += 1) if (series[i] < 0) lastNegative = i;
    if (lastNegative < 0) return 0;
    return lastNegative + 1 < series.length ? lastNegative + 2 : null;
  }

  // The notable splits of a cell (FundingSplitAnalysis): the fair share, proportional to
  // each payer's positive mean saving, and a split at which every payer breaks even, which
  // exists exactly when no mean saving is negative and together they cover the mean cost.
  function notableSplits(cell) {
    const savings = cell.perReplication.savings;
    const mean = {};
    for (const p of PAYERS) mean[p] = moments(savings[p]).mean;
    const cost = moments(cell.perReplication.cost).mean;
    const positive = PAYERS.map(function (p) { return Math.max(0, mean[p]); });
    const sum = positive[0] + positive[1] + positive[2];
    const fair = sum > 0 ? { wmo: positive[0] / sum, zvw: positive[1] / sum, wlz: positive[2] / sum } : null;
    const covers = PAYERS.every(function (p) { return mean[p] >= 0; }) && mean.wmo + mean.zvw + mean.wlz >= cost;
    return { fair: fair, even: covers ? fair : null, meanSavings: mean, meanCost: cost };
  }

  function evaluate(levels, split, valuePerQALY) {
    const cell = cellAt(levels);
    if (!cell) return null;
    const values = balances(cell, split, valuePerQALY);
    const summaries = {};
    for (const key of Object.keys(values)) summaries[key] = summarize(values[key]);
    summaries.qalys = summarize(cell.perReplication.qalys);
    const series = cumulative(cell, split);
    const breakEven = {};
    for (const p of PERSPECTIVES) breakEven[p] = breakEvenYear(series[p]);
    return {
      cell: cell, values: values, summaries: summaries, cumulative: series,
      breakEven: breakEven, splits: notableSplits(cell)
    };
  }

  // Scales that hold still while knobs move, so that the bars and lines move instead of
  // their axes: for the present split, they cover every cell's means. Means are linear in
  // the shares, so each cell's mean savings and cost (and their running sums by year) are
  // kept once, and a new split costs a few thousand additions. The bands are left out, or
  // the bars would be slivers; a band beyond the scale ends in an arrow.
  let cellMeans = null;

  function meansOfCells() {
    const list = [];
    for (const cell of cellsByKey.values()) {
      const savings = cell.perReplication.savings;
      const mean = {};
      for (const p of ['wmo', 'zvw', 'wlz', 'informal']) mean[p] = moments(savings[p]).mean;
      mean.cost = moments(cell.perReplication.cost).mean;
      const none = cumulative(cell, { wmo: 0, zvw: 0, wlz: 0 });
      const all = cumulative(cell, { wmo: 1, zvw: 1, wlz: 1 });
      list.push({ mean: mean, none: none, all: all });
    }
    return list;
  }

  function scaleDomains(split) {
    if (!cellMeans) cellMeans = meansOfCells();
    let barLow = 0;
    let barHigh = 0;
    let lineLow = 0;
    let lineHigh = 0;
    for (const c of cellMeans) {
      const m = c.mean;
      const values = [
        m.wmo - split.wmo * m.cost, m.zvw - split.zvw * m.cost, m.wlz - split.wlz * m.cost,
        m.informal, m.wmo + m.zvw + m.wlz + m.informal - m.cost
      ];
      for (const v of values) { barLow = Math.min(barLow, v); barHigh = Math.max(barHigh, v); }
      for (const p of PERSPECTIVES) {
        const share = p === 'informal' || p === 'society' ? 0 : split[p];
        for (let y = 0; y < c.none[p].length; y += 1) {
          const v = c.none[p][y] + share * (c.all[p][y] - c.none[p][y]);
          lineLow = Math.min(lineLow, v);
          lineHigh = Math.max(lineHigh, v);
        }
      }
    }
    const pad = 0.06 * (barHigh - barLow);
    return { bars: [barLow - pad, barHigh + pad], lines: [lineLow, lineHigh] };
  }

  // The width a text takes in `svg` at `size` px with the style of `className`; measured
  // once (a measurement forces a layout), then remembered.
  const widths = new Map();
  function textWidth(svg, text, size, className) {
    const key = size + ' ' + className + ' ' + text;
    if (widths.has(key)) return widths.get(key);
    const node = svgElement('text', { 'font-size': size, class: className }, text);
    svg.appendChild(node);
    const width = node.getComputedTextLength();
    svg.removeChild(node);
    if (width > 0) widths.set(key, width);
    return width;
  }

  // Round ticks covering [low, high], about `count` of them.
  function niceTicks(low, high, count) {
    if (!(high > low)) high = low + 1;
    const raw = (high - low) / Math.max(1, count);
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    let step = power * 10;
    for (const m of [1, 2, 2.5, 5, 10]) { if (m * power >= raw) { step = m * power; break; } }
    const start = Math.floor(low / step);
    const end = Math.ceil(high / step);
    const ticks = [];
    for (let i = start; i <= end; i += 1) ticks.push(i * step);
    return { low: start * step, high: end * step, ticks: ticks };
  }

  // ---- State -------------------------------------------------------------------------------

  const state = {
    levels: baseLevels.slice(),
    split: { wmo: defaultSplit.wmo, zvw: defaultSplit.zvw, wlz: defaultSplit.wlz },
    valuePerQALY: data.valuePerQALY,
    pinned: null
  };
  let shownNumbers = null;
  let domains = null;
  let domainSplit = null;
  let baseResults = null;

  // Moves one payer's share; the other two share the rest in their present proportion, or
  // equally when both are 0.
  function moveShare(payer, share) {
    const s = Math.min(1, Math.max(0, share));
    const others = PAYERS.filter(function (p) { return p !== payer; });
    const a = state.split[others[0]];
    const b = state.split[others[1]];
    const rest = 1 - s;
    const next = {};
    next[payer] = s;
    next[others[0]] = a + b > 0 ? rest * (a / (a + b)) : rest / 2;
    next[others[1]] = Math.max(0, rest - next[others[0]]);
    state.split = next;
  }

  // Whole (or tenth) percentages that sum to exactly 100, by largest remainder.
  function apportioned(split, unitsPerPercent) {
    const total = 100 * unitsPerPercent;
    const raw = PAYERS.map(function (p) { return split[p] * total; });
    const whole = raw.map(Math.floor);
    let left = total - (whole[0] + whole[1] + whole[2]);
    const order = [0, 1, 2].sort(function (i, j) { return (raw[j] - whole[j]) - (raw[i] - whole[i]) || i - j; });
    for (const i of order) { if (left <= 0) break; whole[i] += 1; left -= 1; }
    return whole.map(function (w) { return w / unitsPerPercent; });
  }

  function sameSplit(a, b) {
    return !!a && !!b && PAYERS.every(function (p) { return a[p] === b[p]; });
  }

  // ---- Controls ------------------------------------------------------------------------------

  const knobInputs = [];

  function buildKnobs() {
    const container = byId('knobs');
    knobs.forEach(function (knob, i) {
      const id = 'knob-' + i;
      const box = element('div', { class: 'knob' });
      const head = element('div', { class: 'control-head' });
      head.appendChild(element('label', { for: id }, knobName(knob)));
      head.appendChild(element('output', { id: id + '-value', for: id, class: 'value' }));
      box.appendChild(head);
      const input = element('input', {
        type: 'range', id: id, min: '0', max: String(knob.levels.length - 1), step: '1',
        'data-knob': knob.id, 'aria-describedby': id + '-levels'
      });
      if (knob.levels.length < 2) input.disabled = true;
      input.addEventListener('input', function () {
        state.levels[i] = Number(input.value);
        update();
      });
      box.appendChild(input);
      const ticks = element('div', { class: 'ticks', id: id + '-levels' });
      knob.levels.forEach(function (value, level) {
        const tick = element('span', { class: level === knob.base ? 'tick base' : 'tick' }, levelText(knob, value, false));
        const share = knob.levels.length < 2 ? 0.5 : level / (knob.levels.length - 1);
        tick.style.setProperty('--at', String(share));
        if (level === knob.base) tick.setAttribute('title', label('knob.base'));
        ticks.appendChild(tick);
      });
      box.appendChild(ticks);
      container.appendChild(box);
      knobInputs.push(input);
    });
  }

  const splitInputs = {};

  function buildSplit() {
    for (const p of PAYERS) {
      const input = byId('share-' + p);
      splitInputs[p] = input;
      input.addEventListener('input', function () {
        moveShare(p, Number(input.value) / 100);
        update();
      });
    }
    byId('split-scenario').addEventListener('click', function () { setSplit(defaultSplit); });
    byId('split-municipality').addEventListener('click', function () { setSplit({ wmo: 1, zvw: 0, wlz: 0 }); });
    byId('split-savings').addEventListener('click', function () {
      const cell = cellAt(state.levels);
      const fair = cell ? notableSplits(cell).fair : null;
      if (fair) setSplit(fair);
    });
    byId('split-even').addEventListener('click', function () {
      const cell = cellAt(state.levels);
      const even = cell ? notableSplits(cell).even : null;
      if (even) setSplit(even);
    });
  }

  function setSplit(split) {
    state.split = { wmo: split.wmo, zvw: split.zvw, wlz: split.wlz };
    update();
  }

  const REFERENCE_VALUES = [20000, 50000, 80000];

  function buildValuePerQALY() {
    const input = byId('qaly-value');
    const top = Math.max(100000, Math.ceil(2 * data.valuePerQALY / 10000) * 10000);
    input.max = String(top);
    input.addEventListener('input', function () {
      state.valuePerQALY = Number(input.value);
      update();
    });
    const buttons = byId('qaly-buttons');
    for (const value of REFERENCE_VALUES) {
      const button = element('button', { type: 'button', 'data-value': String(value) }, euros(value));
      button.addEventListener('click', function () {
        state.valuePerQALY = value;
        update();
      });
      buttons.appendChild(button);
    }
  }

  function buildActions() {
    byId('pin').addEventListener('click', function () {
      if (state.pinned) { state.pinned = null; update(); return; }
      const results = evaluate(state.levels, state.split, state.valuePerQALY);
      if (!results) return;
      state.pinned = {
        levels: state.levels.slice(),
        split: { wmo: state.split.wmo, zvw: state.split.zvw, wlz: state.split.wlz },
        valuePerQALY: state.valuePerQALY,
        summaries: results.summaries,
        description: describeSetting(state.levels, state.split, state.valuePerQALY)
      };
      update();
    });
    const reset = function () {
      state.levels = baseLevels.slice();
      state.split = { wmo: defaultSplit.wmo, zvw: defaultSplit.zvw, wlz: defaultSplit.wlz };
      state.valuePerQALY = data.valuePerQALY;
      update();
    };
    byId('reset').addEventListener('click', reset);
    byId('not-computed-reset').addEventListener('click', reset);
  }

  // ---- Showing the state of the controls ---------------------------------------------------

  // Where level labels would collide (many levels, a narrow screen), the current level, the
  // base and the two ends are shown first, and the others only where they fit.
  function thinTicks() {
    document.querySelectorAll('.ticks').forEach(function (row) {
      const spans = Array.from(row.children);
      spans.forEach(function (span) { span.classList.remove('crowded'); });
      function rank(span) {
        if (span.classList.contains('current')) return 0;
        if (span.classList.contains('base')) return 1;
        const index = spans.indexOf(span);
        return index === 0 || index === spans.length - 1 ? 2 : 3 + index;
      }
      const kept = [];
      for (const span of spans.slice().sort(function (a, b) { return rank(a) - rank(b); })) {
        const box = span.getBoundingClientRect();
        const collides = kept.some(function (other) {
          return box.left < other.right + 6 && other.left < box.right + 6;
        });
        if (collides) span.classList.add('crowded');
        else kept.push(box);
      }
    });
  }

  function syncControls(results) {
    knobs.forEach(function (knob, i) {
      const input = knobInputs[i];
      const level = state.levels[i];
      if (Number(input.value) !== level) input.value = String(level);
      const text = levelText(knob, knob.levels[level]);
      input.setAttribute('aria-valuetext', text);
      const output = byId('knob-' + i + '-value');
      output.textContent = level === knob.base ? fill(label('knob.atBase'), text) : text;
      output.classList.toggle('moved', level !== knob.base);
      // Levels that, with the other knobs where they are, lead to no computed setting.
      const ticks = byId('knob-' + i + '-levels').children;
      for (let t = 0; t < ticks.length; t += 1) {
        ticks[t].classList.toggle('current', t === level);
        const there = state.levels.slice();
        there[i] = t;
        const missing = !cellAt(there);
        ticks[t].classList.toggle('uncomputed', missing);
        if (missing) ticks[t].setAttribute('title', label('knob.notComputed'));
        else if (t === knob.base) ticks[t].setAttribute('title', label('knob.base'));
        else ticks[t].removeAttribute('title');
      }
    });
    thinTicks();
    const whole = apportioned(state.split, 1);
    const tenths = apportioned(state.split, 10);
    PAYERS.forEach(function (p, k) {
      const input = splitInputs[p];
      if (Number(input.value) !== whole[k]) input.value = String(whole[k]);
      const text = percent(tenths[k] / 100, 1);
      input.setAttribute('aria-valuetext', text);
      byId('share-' + p + '-value').textContent = text;
    });
    const qaly = byId('qaly-value');
    if (Number(qaly.value) !== state.valuePerQALY) qaly.value = String(state.valuePerQALY);
    const qalyText = euros(state.valuePerQALY, 6);
    qaly.setAttribute('aria-valuetext', qalyText);
    byId('qaly-value-out').textContent = qalyText;
    for (const button of byId('qaly-buttons').children) {
      button.setAttribute('aria-pressed', String(Number(button.getAttribute('data-value')) === state.valuePerQALY));
    }
    const splits = results ? results.splits : null;
    const pressed = {
      'split-scenario': sameSplit(state.split, defaultSplit),
      'split-municipality': sameSplit(state.split, { wmo: 1, zvw: 0, wlz: 0 }),
      'split-savings': !!splits && sameSplit(state.split, splits.fair),
      'split-even': !!splits && sameSplit(state.split, splits.even)
    };
    for (const id of Object.keys(pressed)) byId(id).setAttribute('aria-pressed', String(pressed[id]));
    byId('split-savings').disabled = !splits || !splits.fair;
    byId('split-even').hidden = !splits || !splits.even;
    byId('split-note').textContent = splits ? splitNote(splits) : '';
    const pin = byId('pin');
    pin.textContent = state.pinned ? label('pin.remove') : label('pin.add');
    pin.setAttribute('aria-pressed', String(!!state.pinned));
    pin.disabled = !state.pinned && !results;
  }

  // Why "Everyone even" is missing, or what it does.
  function splitNote(splits) {
    if (!splits.fair) return label('split.noSavings');
    if (splits.even) return label('split.evenExists');
    const losing = PAYERS.filter(function (p) { return splits.meanSavings[p] < 0; });
    if (losing.length > 0) {
      const p = losing[0];
      return fill(label('split.evenImpossible.payer'), NAMES[p].phrase, euros(-splits.meanSavings[p]));
    }
    const saved = splits.meanSavings.wmo + splits.meanSavings.zvw + splits.meanSavings.wlz;
    return fill(label('split.evenImpossible.cost'), euros(saved), euros(splits.meanCost));
  }

  function describeSetting(levels, split, valuePerQALY) {
    const parts = [];
    knobs.forEach(function (knob, i) {
      if (levels[i] !== knob.base) parts.push(fill(label('setting.knob'), knobShortName(knob), levelText(knob, knob.levels[levels[i]])));
    });
    if (parts.length === 0) parts.push(label('setting.base'));
    const shares = apportioned(split, 10).map(function (v) { return percent(v / 100, 1); });
    parts.push(fill(label('setting.split'), shares[0], shares[1], shares[2]));
    parts.push(fill(label('setting.qaly'), euros(valuePerQALY, 6)));
    return parts.join('; ');
  }

  // ---- Results -------------------------------------------------------------------------------

  function signClass(x) { return x < 0 ? 'negative' : 'positive'; }

  function buildCards() {
    const cards = byId('cards');
    for (const key of PERSPECTIVES.concat(['nmb'])) {
      const card = element('div', { class: 'card', id: 'card-' + key });
      const head = element('div', { class: 'card-head' });
      head.appendChild(element('h3', {}, NAMES[key].title));
      head.appendChild(element('span', { class: 'verdict', id: 'card-' + key + '-verdict' }));
      card.appendChild(head);
      if (key === 'nmb') card.appendChild(element('p', { class: 'card-sub', id: 'card-nmb-sub' }));
      card.appendChild(element('p', { class: 'amount', id: 'card-' + key + '-mean' }));
      card.appendChild(element('p', { class: 'band', id: 'card-' + key + '-band' }));
      card.appendChild(element('p', { class: 'loss', id: 'card-' + key + '-loss' }));
      if (key === 'nmb') card.appendChild(element('p', { class: 'qalys', id: 'card-qalys' }));
      card.appendChild(element('p', { class: 'error', id: 'card-' + key + '-error' }));
      cards.appendChild(card);
    }
  }

  function showCards(summaries) {
    for (const key of PERSPECTIVES.concat(['nmb'])) {
      const s = summaries[key];
      const card = byId('card-' + key);
      card.classList.remove('positive', 'negative');
      card.classList.add(signClass(s.mean));
      const amount = byId('card-' + key + '-mean');
      amount.textContent = euros(s.mean);
      // An amount too wide for its card gets a smaller size, then a smaller one still.
      amount.classList.remove('long', 'longer');
      if (amount.scrollWidth > amount.clientWidth) amount.classList.add('long');
      if (amount.scrollWidth > amount.clientWidth) amount.classList.add('longer');
      let verdict = label('card.gain');
      if (s.mean < 0) verdict = label('card.loss');
      else if (s.mean === 0) verdict = label('card.even');
      byId('card-' + key + '-verdict').textContent = verdict;
      byId('card-' + key + '-band').textContent = fill(label('card.band'), euros(s.low), euros(s.high));
      byId('card-' + key + '-loss').textContent = fill(label('card.lossChance'), chance(s.lossChance));
      byId('card-' + key + '-error').textContent = fill(label('card.error'), euros(s.standardError, 2));
    }
    byId('card-nmb-sub').textContent = fill(label('card.nmb.sub'), euros(state.valuePerQALY, 6));
    const q = summaries.qalys;
    byId('card-qalys').textContent = fill(label('card.qalys'), number(q.mean, 3), number(q.low, 3), number(q.high, 3), number(q.standardError, 2));
  }

  // Who pays and who saves: a horizontal bar per perspective with its 90% band.
  function drawBars(summaries, pinned) {
    const svg = byId('bars');
    while (svg.lastChild) svg.removeChild(svg.lastChild);
    const width = Math.max(260, Math.floor(svg.parentNode.getBoundingClientRect().width));
    const font = width < 520 ? 15 : 18;
    const barHeight = width < 520 ? 24 : 30;
    const line = Math.round(font * 1.35);
    const row = line + barHeight + 16;
    const top = 6;
    const axis = font + 16;
    const height = top + PERSPECTIVES.length * row + axis;
    const left = 10;
    const right = width - 10;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.appendChild(svgElement('title', {}, label('bars.title')));
    // Loss bars are striped as well as orange, so that greyscale still tells them apart.
    const defs = svgElement('defs');
    const stripes = svgElement('pattern', {
      id: 'loss-stripes', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'
    });
    stripes.appendChild(svgElement('rect', { width: 8, height: 8, fill: '#ffffff' }));
    stripes.appendChild(svgElement('rect', { width: 5, height: 8, fill: LINE_STYLE.zvw.colour }));
    defs.appendChild(stripes);
    svg.appendChild(defs);
    // As many ticks as fit with their labels a label's width apart.
    let scale = null;
    for (let count = Math.max(2, Math.floor(width / 100)); count >= 2; count -= 1) {
      scale = niceTicks(domains.bars[0], domains.bars[1], count);
      const widest = Math.max.apply(null, scale.ticks.map(function (t) { return textWidth(svg, compactEuros(t), font - 3, 'tick-label'); }));
      if ((right - left) / Math.max(1, scale.ticks.length - 1) >= widest * 1.5 + 8) break;
    }
    const x = function (v) { return left + (v - scale.low) / (scale.high - scale.low) * (right - left); };
    const bottom = top + PERSPECTIVES.length * row;
    for (const t of scale.ticks) {
      svg.appendChild(svgElement('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, class: 'grid' }));
      const anchor = t === scale.low ? 'start' : t === scale.high ? 'end' : 'middle';
      svg.appendChild(svgElement('text', { x: x(t), y: bottom + font + 6, 'text-anchor': anchor, class: 'tick-label', 'font-size': font - 3 }, compactEuros(t)));
    }
    PERSPECTIVES.forEach(function (p, i) {
      const s = summaries[p];
      const y = top + i * row;
      if (p === 'society') svg.appendChild(svgElement('line', { x1: left, x2: right, y1: y - 4, y2: y - 4, class: 'separator' }));
      svg.appendChild(svgElement('text', { x: left, y: y + font, class: 'row-label', 'font-size': font }, NAMES[p].title));
      svg.appendChild(svgElement('text', { x: right, y: y + font, 'text-anchor': 'end', class: 'row-value ' + signClass(s.mean), 'font-size': font }, euros(s.mean)));
      const barTop = y + line + 4;
      const from = x(Math.min(0, s.mean));
      const to = x(Math.max(0, s.mean));
      svg.appendChild(svgElement('rect', {
        x: from, y: barTop, width: Math.max(1, to - from), height: barHeight,
        class: 'mark bar ' + signClass(s.mean)
      }));
      const middle = barTop + barHeight / 2;
      const low = Math.max(scale.low, s.low);
      const high = Math.min(scale.high, s.high);
      svg.appendChild(svgElement('line', { x1: x(low), x2: x(high), y1: middle, y2: middle, class: 'whisker' }));
      for (const end of [{ v: s.low, at: low, side: -1 }, { v: s.high, at: high, side: 1 }]) {
        const ex = x(end.at);
        if (end.v === end.at) {
          svg.appendChild(svgElement('line', { x1: ex, x2: ex, y1: middle - 8, y2: middle + 8, class: 'whisker' }));
        } else {
          const tip = ex + end.side * 2;
          const back = ex - end.side * 9;
          svg.appendChild(svgElement('polygon', {
            points: tip + ',' + middle + ' ' + back + ',' + (middle - 7) + ' ' + back + ',' + (middle + 7),
            class: 'whisker-arrow'
          }));
        }
      }
      if (pinned) {
        const px = x(pinned[p].mean);
        svg.appendChild(svgElement('line', { x1: px, x2: px, y1: barTop - 5, y2: barTop + barHeight + 5, class: 'pinned-mark' }));
      }
    });
    svg.appendChild(svgElement('line', { x1: x(0), x2: x(0), y1: top, y2: bottom, class: 'zero' }));
    const description = PERSPECTIVES.map(function (p) { return NAMES[p].short + ' ' + euros(summaries[p].mean); }).join(', ');
    svg.setAttribute('aria-label', label('bars.title') + ': ' + description);
    byId('bars-pinned-legend').hidden = !pinned;
  }

  // The cumulative balance per perspective over the years, with the break-even years.
  function drawLines(series, breakEven) {
    const svg = byId('lines');
    while (svg.lastChild) svg.removeChild(svg.lastChild);
    const width = Math.max(260, Math.floor(svg.parentNode.getBoundingClientRect().width));
    const narrow = width < 520;
    const font = narrow ? 14 : 17;
    const height = Math.round(Math.min(480, Math.max(280, width * 0.6)));
    const years = series.society.length;
    const margin = { top: 14, right: 0, bottom: font * 2 + 22, left: 0 };
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.appendChild(svgElement('title', {}, label('lines.title')));
    const plotBottom = height - margin.bottom;
    const scale = niceTicks(domains.lines[0], domains.lines[1], Math.max(3, Math.floor((plotBottom - margin.top) / 60)));
    // Margins as wide as the widest tick label and the widest end label.
    margin.left = 12 + Math.max.apply(null, scale.ticks.map(function (t) { return textWidth(svg, compactEuros(t), font - 2, 'tick-label'); }));
    margin.right = 14 + Math.max.apply(null, PERSPECTIVES.map(function (p) { return textWidth(svg, NAMES[p].short, font, 'end-label'); }));
    const plotRight = width - margin.right;
    const x = function (year) { return margin.left + year / Math.max(1, years) * (plotRight - margin.left); };
    const y = function (v) { return plotBottom - (v - scale.low) / (scale.high - scale.low) * (plotBottom - margin.top); };
    for (const t of scale.ticks) {
      svg.appendChild(svgElement('line', { x1: margin.left, x2: plotRight, y1: y(t), y2: y(t), class: 'grid' }));
      svg.appendChild(svgElement('text', { x: margin.left - 8, y: y(t) + font * 0.35, 'text-anchor': 'end', class: 'tick-label', 'font-size': font - 2 }, compactEuros(t)));
    }
    const every = Math.max(1, Math.ceil((years + 1) * (font * 1.6) / (plotRight - margin.left)));
    for (let year = 0; year <= years; year += every) {
      svg.appendChild(svgElement('line', { x1: x(year), x2: x(year), y1: plotBottom, y2: plotBottom + 5, class: 'axis' }));
      svg.appendChild(svgElement('text', { x: x(year), y: plotBottom + font + 6, 'text-anchor': 'middle', class: 'tick-label', 'font-size': font - 2 }, String(year)));
    }
    svg.appendChild(svgElement('text', { x: (margin.left + plotRight) / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis-title', 'font-size': font - 1 }, label('lines.axis')));
    svg.appendChild(svgElement('line', { x1: margin.left, x2: plotRight, y1: y(0), y2: y(0), class: 'zero' }));
    const ends = [];
    for (const p of PERSPECTIVES) {
      const points = [[x(0), y(0)]];
      series[p].forEach(function (v, i) { points.push([x(i + 1), y(v)]); });
      const style = LINE_STYLE[p];
      svg.appendChild(svgElement('polyline', {
        points: points.map(function (pt) { return pt[0].toFixed(1) + ',' + pt[1].toFixed(1); }).join(' '),
        class: 'mark line' + (p === 'society' ? ' society' : ''), stroke: style.colour,
        'stroke-dasharray': style.dash
      }));
      const year = breakEven[p];
      if (year !== null && year > 0) {
        svg.appendChild(svgElement('circle', { cx: x(year), cy: y(series[p][year - 1]), r: narrow ? 5 : 7, class: 'break-even', stroke: style.colour }));
      }
      ends.push({ p: p, y: y(series[p][years - 1]) });
    }
    // End labels, pushed apart so that none overlaps another.
    ends.sort(function (a, b) { return a.y - b.y; });
    const gap = font * 1.15;
    for (let i = 1; i < ends.length; i += 1) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + gap);
    const overflow = ends[ends.length - 1].y - (plotBottom - 2);
    if (overflow > 0) for (const end of ends) end.y -= overflow;
    for (let i = ends.length - 2; i >= 0; i -= 1) ends[i].y = Math.min(ends[i].y, ends[i + 1].y - gap);
    for (const end of ends) {
      svg.appendChild(svgElement('text', { x: plotRight + 8, y: end.y + font * 0.35, class: 'end-label', fill: LINE_STYLE[end.p].colour, 'font-size': font }, NAMES[end.p].short));
    }
    svg.setAttribute('aria-label', label('lines.title') + ': ' + PERSPECTIVES.map(function (p) {
      return NAMES[p].short + ' ' + euros(series[p][years - 1]);
    }).join(', '));
    const list = byId('break-even');
    while (list.lastChild) list.removeChild(list.lastChild);
    for (const p of PERSPECTIVES) {
      const year = breakEven[p];
      let text;
      if (year === 0) text = fill(label('breakEven.always'), NAMES[p].title);
      else if (year === null) text = fill(label('breakEven.never'), NAMES[p].title, yearsText(years));
      else text = fill(label('breakEven.year'), NAMES[p].title, year);
      list.appendChild(element('li', {}, text));
    }
  }

  // The setting against the base, in words: the knobs moved, the payer whose balance moved
  // most, and the payer that loses most (if another).
  function sentence(results, base) {
    const moved = knobs.map(function (knob, i) { return { knob: knob, level: state.levels[i] }; })
      .filter(function (m) { return m.level !== m.knob.base; });
    const now = results.summaries;
    const payers = ['wmo', 'zvw', 'wlz', 'informal'];
    let society;
    if (now.society.mean < 0) society = fill(label('sentence.society.loses'), euros(-now.society.mean));
    else society = fill(label('sentence.society.saves'), euros(now.society.mean));
    if (moved.length === 0) {
      const order = payers.slice().sort(function (a, b) { return now[a].mean - now[b].mean; });
      const worst = order[0];
      const best = order[order.length - 1];
      let first;
      if (now[worst].mean >= 0) first = fill(label('sentence.base.noneLoses'), NAMES[best].phrase, euros(now[best].mean));
      else if (now[best].mean < 0) first = fill(label('sentence.base.noneSaves'), NAMES[worst].phrase, euros(-now[worst].mean));
      else first = fill(label('sentence.base'), NAMES[worst].phrase, euros(-now[worst].mean), NAMES[best].phrase, euros(now[best].mean));
      return first + ' ' + society;
    }
    const changes = listed(moved.map(function (m) {
      return fill(label('sentence.change'), knobShortName(m.knob), levelText(m.knob, m.knob.levels[m.level]), levelText(m.knob, m.knob.levels[m.knob.base], false));
    }));
    // The change of each payer's mean, and its standard error from the paired replications
    // (every cell has the same replications).
    let top = null;
    for (const p of payers) {
      const differences = results.values[p].map(function (v, r) { return v - base.values[p][r]; });
      const m = moments(differences);
      if (top === null || Math.abs(m.mean) > Math.abs(top.change)) top = { p: p, change: m.mean, error: m.standardError };
    }
    if (Math.abs(top.change) <= 2 * top.error) {
      return fill(label('sentence.withChanges'), changes, label('sentence.noise')) + ' ' + society;
    }
    const clause = function (p) {
      const b = base.summaries[p].mean;
      const n = now[p].mean;
      const d = n - b;
      const name = NAMES[p].phrase;
      if (b >= 0 && n >= 0) return fill(d >= 0 ? label('sentence.savesMore') : label('sentence.savesLess'), name, euros(Math.abs(d)));
      if (b < 0 && n < 0) return fill(d >= 0 ? label('sentence.losesLess') : label('sentence.losesMore'), name, euros(Math.abs(d)));
      if (b < 0) return fill(label('sentence.nowSaves'), name, euros(n), euros(-b));
      return fill(label('sentence.nowLoses'), name, euros(-n), euros(b));
    };
    const main = clause(top.p);
    const losers = payers.filter(function (p) { return now[p].mean < 0 && p !== top.p; })
      .sort(function (a, b) { return now[a].mean - now[b].mean; });
    let text;
    if (losers.length === 0) {
      text = fill(label('sentence.withChanges'), changes, main);
    } else {
      const l = losers[0];
      const loser = base.summaries[l].mean < 0
        ? fill(label('sentence.stillLoses'), NAMES[l].phrase, euros(-now[l].mean))
        : fill(label('sentence.nowLosesPlain'), NAMES[l].phrase, euros(-now[l].mean));
      const better = top.change > 0;
      text = fill(better ? label('sentence.withChangesBut') : label('sentence.withChangesAnd'), changes, loser, main);
    }
    return text + ' ' + society;
  }

  function showCompare(summaries) {
    const box = byId('compare');
    const pinned = state.pinned;
    box.hidden = !pinned;
    if (!pinned) return null;
    byId('compare-caption').textContent = fill(label('compare.caption'), pinned.description);
    byId('compare-now').textContent = fill(label('compare.nowIs'), describeSetting(state.levels, state.split, state.valuePerQALY));
    const body = byId('compare-rows');
    while (body.lastChild) body.removeChild(body.lastChild);
    const difference = {};
    for (const key of PERSPECTIVES.concat(['nmb', 'qalys'])) {
      const before = pinned.summaries[key].mean;
      const after = summaries[key].mean;
      difference[key] = after - before;
      const format = key === 'qalys' ? function (v) { return number(v, 3); } : function (v) { return euros(v); };
      const tr = element('tr');
      tr.appendChild(element('th', { scope: 'row' }, NAMES[key].short));
      tr.appendChild(element('td', { class: 'number' }, format(before)));
      tr.appendChild(element('td', { class: 'number' }, format(after)));
      const diff = difference[key];
      const sign = diff > 0 && format(diff).charAt(0) !== MINUS ? '+' : '';
      tr.appendChild(element('td', { class: 'number ' + (diff < 0 ? 'negative' : 'positive') }, sign + format(diff)));
      body.appendChild(tr);
    }
    return difference;
  }

  function showNotComputed(levels) {
    const off = knobsOffBase(levels);
    const box = byId('not-computed');
    if (data.design === 'aroundBase' && off.length > 2) {
      byId('not-computed-text').textContent = label('notComputed.aroundBase');
      byId('not-computed-detail').textContent = fill(label('notComputed.offBase'), listed(off.map(knobShortName)));
    } else {
      byId('not-computed-text').textContent = label('notComputed.missing');
      byId('not-computed-detail').textContent = '';
    }
    box.hidden = false;
  }

  function update() {
    const results = evaluate(state.levels, state.split, state.valuePerQALY);
    syncControls(results);
    const body = byId('result-body');
    byId('sentence').hidden = !results;
    if (!results) {
      body.hidden = true;
      byId('sentence').textContent = '';
      showNotComputed(state.levels);
      shownNumbers = {
        computed: false, levels: state.levels.slice(), split: copySplit(state.split),
        valuePerQALY: state.valuePerQALY, perspectives: null, nmb: null, qalys: null,
        breakEven: null, cumulative: null, sentence: '', compare: null, notableSplits: null,
        sliders: sliderValues()
      };
      return;
    }
    byId('not-computed').hidden = true;
    body.hidden = false;
    if (!sameSplit(domainSplit, state.split)) {
      domains = scaleDomains(state.split);
      domainSplit = copySplit(state.split);
    }
    // The base under the present split, kept until the split or the value of a QALY moves.
    const baseKey = [state.split.wmo, state.split.zvw, state.split.wlz, state.valuePerQALY].join(' ');
    if (!baseResults || baseResults.key !== baseKey) {
      baseResults = { key: baseKey, results: baseCell ? evaluate(baseLevels, state.split, state.valuePerQALY) : null };
    }
    const base = baseResults.results || results;
    const summaries = results.summaries;
    showCards(summaries);
    drawBars(summaries, state.pinned ? state.pinned.summaries : null);
    drawLines(results.cumulative, results.breakEven);
    const text = sentence(results, base);
    byId('sentence').textContent = text;
    const difference = showCompare(summaries);
    const perspectives = {};
    for (const p of PERSPECTIVES) perspectives[p] = summaries[p];
    shownNumbers = {
      computed: true, levels: state.levels.slice(), split: copySplit(state.split),
      valuePerQALY: state.valuePerQALY, perspectives: perspectives, nmb: summaries.nmb,
      qalys: summaries.qalys, breakEven: results.breakEven, cumulative: results.cumulative,
      sentence: text,
      compare: state.pinned ? { pinned: state.pinned.summaries, difference: difference } : null,
      notableSplits: { fair: results.splits.fair, even: results.splits.even },
      sliders: sliderValues()
    };
  }

  function copySplit(split) { return { wmo: split.wmo, zvw: split.zvw, wlz: split.wlz }; }

  function sliderValues() {
    return {
      knobs: knobInputs.map(function (input) { return Number(input.value); }),
      split: PAYERS.map(function (p) { return Number(splitInputs[p].value); }),
      valuePerQALY: Number(byId('qaly-value').value)
    };
  }

  // ---- Static texts --------------------------------------------------------------------------

  function showDesign() {
    const count = cellsByKey.size;
    const design = data.design === 'factorial'
      ? fill(label('design.factorial'), knobs.length, count)
      : fill(label('design.aroundBase'), count);
    byId('design').textContent = design;
    if (data.design === 'aroundBase' && knobs.length > 2) byId('knobs-design').textContent = label('knobs.aroundBase');
    byId('replications').textContent = fill(label('design.replications'), runsText(data.replications), yearsText(data.years));
    byId('lede').textContent = fill(label('lede'), runsText(data.replications), yearsText(data.years), count);
  }

  function buildExercises() {
    const exercises = data.exercises || [];
    const section = byId('exercises');
    if (exercises.length === 0) { section.hidden = true; return; }
    const list = byId('exercise-list');
    exercises.forEach(function (exercise, i) {
      const item = element('li', { class: 'exercise' });
      item.appendChild(element('h3', {}, localized(exercise.title)));
      item.appendChild(element('p', { class: 'question' }, localized(exercise.question)));
      const names = (exercise.knobs || []).map(function (id) {
        const knob = knobs.find(function (k) { return k.id === id; });
        return knob ? knobShortName(knob) : id;
      });
      if (names.length > 0) item.appendChild(element('p', {}, fill(label('exercise.knobs'), listed(names))));
      if (exercise.discover) item.appendChild(element('p', {}, fill(label('exercise.discover'), localized(exercise.discover))));
      const answerId = 'answer-' + i;
      const button = element('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': answerId }, label('exercise.show'));
      const answer = element('p', { class: 'answer', id: answerId }, joiningMinusToEuro(localized(exercise.answer)));
      answer.hidden = true;
      button.addEventListener('click', function () {
        answer.hidden = !answer.hidden;
        button.setAttribute('aria-expanded', String(!answer.hidden));
        button.textContent = answer.hidden ? label('exercise.show') : label('exercise.hide');
      });
      item.appendChild(button);
      item.appendChild(answer);
      list.appendChild(item);
    });
  }

  // ---- Start -------------------------------------------------------------------------------

  buildKnobs();
  buildSplit();
  buildValuePerQALY();
  buildActions();
  buildCards();
  buildExercises();
  showDesign();
  update();

  let pendingResize = false;
  window.addEventListener('resize', function () {
    if (pendingResize) return;
    pendingResize = true;
    window.requestAnimationFrame(function () { pendingResize = false; update(); });
  });

  // For tests: the state, setters that act as the controls do, and the numbers shown.
  const api = {
    state: function () {
      const byKnob = {};
      knobs.forEach(function (knob, i) { byKnob[knob.id] = state.levels[i]; });
      return {
        levels: state.levels.slice(), knobs: byKnob, split: copySplit(state.split),
        valuePerQALY: state.valuePerQALY, pinned: !!state.pinned, computed: !!(shownNumbers && shownNumbers.computed)
      };
    },
    setKnob: function (id, levelIndex) {
      const i = knobs.findIndex(function (knob) { return knob.id === id; });
      if (i < 0) throw new Error('no knob ' + id);
      if (!(levelIndex >= 0 && levelIndex < knobs[i].levels.length)) throw new Error('no level ' + levelIndex + ' of ' + id);
      state.levels[i] = levelIndex;
      update();
      return api.state();
    },
    setSplit: function (wmo, zvw, wlz) {
      if (![wmo, zvw, wlz].every(function (v) { return v >= 0 && v <= 1; }) || Math.abs(wmo + zvw + wlz - 1) > 1e-9) {
        throw new Error('a split is three shares in 0...1 that sum to 1');
      }
      setSplit({ wmo: wmo, zvw: zvw, wlz: wlz });
      return api.state();
    },
    setValuePerQALY: function (value) {
      state.valuePerQALY = value;
      update();
      return api.state();
    },
    shown: function () { return JSON.parse(JSON.stringify(shownNumbers)); }
  };
  window.caresimWorkshop = Object.freeze(api);
})();
