extension WorkshopPage {
  /// The page's CSS: large type and high contrast for a projector, one column on a phone.
  ///
  /// In the spirit of ``ReportStyle``: near-black on white (17:1), secondary text at least 10:1,
  /// the amounts in a dark blue (gain, 7.3:1) or a dark orange (loss, 7.0:1) that a projector does
  /// not wash out, and sign never shown by colour alone: amounts carry a minus sign and a word,
  /// loss bars and cards are striped (WCAG 2.2 success criterion 1.4.1). From 64 rem (1024 px) the
  /// base size grows to 18 px and the controls sit beside the results; below, everything stacks
  /// and nothing is wider than the screen. Sliders have a 28 px thumb, buttons are 44 px high
  /// (WCAG 2.2 target size, enhanced).
  static let style = #"""
    :root {
      color-scheme: light;
      --ink: #1a1a1a; --soft: #3d3d3d; --rule: #8a8a8a; --panel: #f2f2f2;
      --accent: #0050a0; --gain: #0072b2; --gain-ink: #00558a; --loss: #d55e00; --loss-ink: #9c3500;
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    @media (min-width: 64rem) { html { font-size: 112.5%; } }
    body {
      margin: 0; background: #ffffff; color: var(--ink);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        "Liberation Sans", "DejaVu Sans", sans-serif;
      line-height: 1.45;
    }
    .page { max-width: 92rem; margin: 0 auto; padding: 0.75rem 1rem 2rem; }
    h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.15rem 0 0.35rem; }
    h2 {
      font-size: 1.35rem; line-height: 1.25; margin: 1.75rem 0 0.75rem;
      padding-bottom: 0.2rem; border-bottom: 3px solid var(--ink);
    }
    h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.25rem 0 0.4rem; }
    p { margin: 0.4rem 0; }
    .kicker {
      margin: 0; font-size: 0.85rem; font-weight: 700; letter-spacing: 0.06em;
      text-transform: uppercase; color: var(--soft);
    }
    .lede { font-size: 1.05rem; color: var(--soft); margin: 0 0 0.5rem; }
    .note { font-size: 0.9rem; color: var(--soft); }
    .strong { font-weight: 700; }
    .problem {
      font-size: 1.2rem; font-weight: 600; padding: 0.75rem 1rem;
      border: 3px solid var(--loss-ink); border-radius: 0.3rem;
    }
    code { font-size: 0.9em; overflow-wrap: anywhere; }

    .workspace { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.25rem; }
    @media (min-width: 64rem) {
      .workspace { grid-template-columns: minmax(18rem, 21rem) minmax(0, 1fr); align-items: start; }
      /* The controls stay beside whatever part of the results is in view, and scroll on their own. */
      .controls {
        position: sticky; top: 0; max-height: 100vh; overflow-y: auto;
        padding: 0 0.75rem 1rem 0.25rem; margin-left: -0.25rem; scrollbar-width: thin;
      }
    }
    .workspace > section > h2:first-child { margin-top: 0.75rem; }

    .control, .knob { margin: 0 0 0.9rem; }
    .control-head {
      display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline;
      gap: 0 0.75rem;
    }
    .control-head label { font-weight: 600; }
    .value { font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .value.moved {
      color: #ffffff; background: var(--accent); padding: 0 0.4rem; border-radius: 0.25rem;
    }
    input[type="range"] {
      -webkit-appearance: none; appearance: none; display: block; width: 100%; height: 2.5rem;
      margin: 0; background: transparent; cursor: pointer; touch-action: pan-y;
    }
    input[type="range"]::-webkit-slider-runnable-track {
      height: 8px; background: var(--rule); border-radius: 4px;
    }
    input[type="range"]::-webkit-slider-thumb {
      -webkit-appearance: none; appearance: none; width: 28px; height: 28px; margin-top: -10px;
      border-radius: 50%; background: var(--accent); border: 3px solid #ffffff;
      box-shadow: 0 0 0 2px var(--ink);
    }
    input[type="range"]::-moz-range-track { height: 8px; background: var(--rule); border-radius: 4px; }
    input[type="range"]::-moz-range-thumb {
      width: 22px; height: 22px; border-radius: 50%; background: var(--accent);
      border: 3px solid #ffffff; box-shadow: 0 0 0 2px var(--ink);
    }
    input[type="range"]:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; }
    input[type="range"]:disabled { opacity: 0.5; cursor: default; }
    .ticks {
      position: relative; height: 1.35rem; margin: -0.2rem 14px 0; font-size: 0.8rem;
      color: var(--soft); font-variant-numeric: tabular-nums;
    }
    .tick { position: absolute; top: 0; left: calc(var(--at) * 100%); transform: translateX(-50%); white-space: nowrap; }
    .tick:first-child { left: -14px; transform: none; }
    .tick:last-child:not(:first-child) { left: auto; right: -14px; transform: none; }
    .tick.base { text-decoration: underline; text-underline-offset: 0.15em; }
    .tick.current { color: var(--ink); font-weight: 700; }
    .tick.uncomputed { color: #6b6b6b; text-decoration: line-through; }
    .tick.crowded { visibility: hidden; }

    button {
      font: inherit; font-size: 0.9rem; font-weight: 600; line-height: 1.2; color: var(--ink);
      background: #ffffff; border: 2px solid var(--ink); border-radius: 0.35rem;
      padding: 0.4rem 0.6rem; min-height: 2.75rem; cursor: pointer;
    }
    button:hover { background: #e6e6e6; }
    button[aria-pressed="true"] { background: var(--ink); color: #ffffff; }
    button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    button:disabled { color: #5c5c5c; border-color: var(--rule); background: var(--panel); cursor: not-allowed; }
    [hidden] { display: none !important; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.4rem 0; }
    .buttons .buttons { margin: 0; }
    .actions { margin: 0.25rem 0 0.5rem; }

    .sentence {
      font-size: 1.3rem; line-height: 1.4; font-weight: 500; margin: 0 0 1rem; padding: 0.7rem 1rem;
      border-left: 6px solid var(--ink); background: var(--panel); min-height: 3.2em;
    }
    .not-computed {
      font-size: 1.2rem; padding: 0.75rem 1rem; margin: 0 0 1rem;
      border: 3px solid var(--ink); border-radius: 0.3rem;
    }
    .cards {
      display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem;
    }
    .card {
      position: relative; border: 2px solid var(--ink); border-radius: 0.3rem;
      padding: 0.55rem 0.75rem 0.6rem 1.45rem; min-width: 0;
    }
    .card::before {
      content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 0.65rem;
      background: var(--gain);
    }
    .card.negative::before {
      background: repeating-linear-gradient(-45deg, var(--loss) 0 5px, #ffffff 5px 8px);
    }
    .card-head .verdict { display: block; }
    .card h3 { margin: 0; font-size: 1rem; }
    .card-sub { margin: 0; font-size: 0.8rem; color: var(--soft); }
    .amount {
      margin: 0.05rem 0 0.1rem; font-size: 1.85rem; font-weight: 800; line-height: 1.15;
      white-space: nowrap; font-variant-numeric: tabular-nums;
    }
    .amount.long { font-size: 1.55rem; }
    .amount.longer { font-size: 1.35rem; }
    .card.positive .amount { color: var(--gain-ink); }
    .card.negative .amount { color: var(--loss-ink); }
    .verdict { font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; }
    .band, .loss { margin: 0; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
    .qalys, .error { margin: 0.15rem 0 0; font-size: 0.8rem; color: var(--soft); font-variant-numeric: tabular-nums; }

    figure.chart { margin: 0.5rem 0 0.75rem; padding: 0; min-width: 0; }
    figure.chart svg { display: block; max-width: 100%; height: auto; overflow: visible; }
    figure.chart figcaption { margin-top: 0.3rem; font-size: 0.85rem; color: var(--soft); }
    svg text {
      fill: var(--ink); font-family: inherit;
      paint-order: stroke; stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round;
    }
    svg .row-label { font-weight: 600; }
    svg .row-value { font-weight: 800; font-variant-numeric: tabular-nums; }
    svg .row-value.positive { fill: var(--gain-ink); }
    svg .row-value.negative { fill: var(--loss-ink); }
    svg .tick-label { fill: var(--soft); font-variant-numeric: tabular-nums; }
    svg .axis-title { fill: var(--soft); }
    svg .end-label { font-weight: 700; }
    svg .grid { stroke: #d6d6d6; stroke-width: 1; }
    svg .axis { stroke: var(--soft); stroke-width: 1; }
    svg .zero { stroke: var(--ink); stroke-width: 2.5; }
    svg .separator { stroke: var(--rule); stroke-width: 1; stroke-dasharray: 2 3; }
    svg .bar.positive { fill: var(--gain); }
    svg .bar.negative { fill: url(#loss-stripes); stroke: var(--loss); stroke-width: 2; }
    svg .whisker { stroke: var(--ink); stroke-width: 2; }
    svg .whisker-arrow { fill: var(--ink); }
    svg .pinned-mark { stroke: var(--ink); stroke-width: 4; stroke-dasharray: 5 3; }
    svg .line { fill: none; stroke-width: 3; stroke-linejoin: round; stroke-linecap: round; }
    svg .line.society { stroke-width: 4.5; }
    svg .break-even { fill: #ffffff; stroke-width: 3; }
    .break-even { margin: 0.25rem 0 0; padding-left: 1.2rem; font-size: 0.95rem; }

    .compare { margin: 1rem 0 0.5rem; padding: 0.5rem 0.75rem; border: 2px dashed var(--ink); border-radius: 0.3rem; }
    .compare h3 { margin-top: 0.25rem; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 0.5rem 0; }
    th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid #bdbdbd; text-align: left; }
    thead th { border-bottom: 2px solid var(--ink); }
    td.number, th.number { text-align: right; white-space: nowrap; }
    td.negative { color: var(--loss-ink); font-weight: 700; }
    td.positive { color: var(--gain-ink); font-weight: 700; }

    .exercises { padding-left: 1.5rem; max-width: 56rem; }
    .exercise { margin: 0 0 1.25rem; }
    .exercise h3 { margin: 0 0 0.25rem; }
    .exercise .question { font-size: 1.1rem; font-weight: 600; }
    .answer { padding: 0.5rem 0.75rem; border-left: 6px solid var(--accent); background: var(--panel); }
    .about p { max-width: 56rem; }
    .provenance { margin-top: 2rem; font-size: 0.9rem; }
    .provenance dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem; margin: 0; }
    .provenance dt { font-weight: 600; }
    .provenance dd { margin: 0; overflow-wrap: anywhere; }
    @media (max-width: 30rem) {
      .page { padding: 0.5rem 0.75rem 1.5rem; }
      h1 { font-size: 1.5rem; }
      .compare { padding: 0.4rem 0.3rem; }
      .compare table { font-size: 0.74rem; }
      .compare th, .compare td { padding: 0.25rem 0.15rem; }
      .sentence { font-size: 1.1rem; }
      .amount { font-size: 1.75rem; }
      .provenance dl { grid-template-columns: minmax(0, 1fr); }
      .provenance dd { margin-bottom: 0.3rem; }
    }
    @media print {
      .controls, .buttons, button { display: none !important; }
      .workspace { display: block; }
    }

    """#
}
