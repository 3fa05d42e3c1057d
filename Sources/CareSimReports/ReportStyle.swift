/// The stylesheet of CareSim's report pages: readable on a phone, high contrast, and printable
/// on A4 without a chart split across pages.
///
/// Report pages inline it in a `<style>` element, so a page is one self-contained file that
/// fetches nothing. The column is at most 46 rem (about 740 px) wide and charts fill it (their
/// SVG has `width="100%"` and a viewBox), except that a dot plot keeps at least 30 rem, so that
/// its row labels stay legible on a phone; text contrast on white is at least 10:1 (WCAG 2.2 AAA
/// asks 7:1); wide tables scroll inside `.table-scroll`, and charts inside `.chart-scroll`,
/// rather than widening the page, with a shadow at an edge that has more beyond it. In print,
/// the page is A4 with 14 mm margins, type and charts are set small enough (and report pages set
/// charts two abreast) for a run's report to fit 9 pages, and figures, table rows and
/// `.keep-together` blocks are kept whole (CSS
/// Fragmentation Level 3, `break-inside: avoid`); a table may run on to the next page between
/// rows, so that a long one leaves no blank page behind it.
public enum ReportStyle {
  /// The CSS, to be placed in a `<style>` element in the page's `<head>`.
  public static let css = """
    :root { color-scheme: light; }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; background: #ffffff; color: #1a1a1a;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        "Liberation Sans", "DejaVu Sans", sans-serif;
      font-size: 1rem; line-height: 1.5;
    }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
    h2 {
      font-size: 1.25rem; line-height: 1.3; margin: 2.25rem 0 0.75rem;
      padding-bottom: 0.25rem; border-bottom: 2px solid #1a1a1a;
    }
    h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
    p, li { max-width: 40rem; }
    a { color: #0050a0; }
    figure.chart { margin: 1.25rem 0 1.75rem; padding: 0; }
    figure.chart svg { display: block; width: 100%; height: auto; max-width: 40rem; }
    /* A dot plot's row labels stay legible on a phone: it keeps 30rem in a box that scrolls,
       and only there, so that a page without the box never scrolls sideways. */
    figure.chart .chart-scroll svg.chart-dot-plot { min-width: 30rem; }
    figure.chart figcaption { margin-top: 0.4rem; font-size: 0.9rem; color: #3d3d3d; }
    /* Scrolling shadows (Lea Verou, 2012): the white covers move with the content and hide the
       shadows, which stay at the box's edges, where the content ends; so a shadow shows only
       at an edge with more beyond it, the cue a phone gives no scroll bar for. */
    .table-scroll, .chart-scroll {
      overflow-x: auto; max-width: 100%;
      background:
        linear-gradient(to right, #ffffff 40%, rgba(255, 255, 255, 0)) left / 2rem 100%
          no-repeat local,
        linear-gradient(to left, #ffffff 40%, rgba(255, 255, 255, 0)) right / 2rem 100%
          no-repeat local,
        radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.3), rgba(0, 0, 0, 0)) left
          / 0.8rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.3), rgba(0, 0, 0, 0)) right
          / 0.8rem 100% no-repeat scroll;
    }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 0.75rem 0; }
    th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid #bdbdbd; text-align: left; }
    th { border-bottom: 2px solid #1a1a1a; }
    td.number, th.number { text-align: right; white-space: nowrap; }
    .note { color: #3d3d3d; font-size: 0.9rem; }
    @media print {
      @page { size: A4; margin: 14mm; }
      body { font-size: 8.5pt; line-height: 1.25; }
      main { max-width: none; padding: 0; }
      h2 { margin: 0.8rem 0 0.3rem; font-size: 1.05rem; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      figure.chart, .keep-together { break-inside: avoid; page-break-inside: avoid; }
      figure.chart { margin: 0.3rem 0 0.5rem; }
      figure.chart svg { max-width: 9cm; }
      figure.chart figcaption { font-size: 8pt; }
      table { font-size: 7.5pt; line-height: 1.25; margin: 0.3rem 0; }
      th, td { padding: 0.05rem 0.4rem; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .table-scroll, .chart-scroll { overflow: visible; background: none; }
      figure.chart .chart-scroll svg.chart-dot-plot { min-width: 0; }
    }

    """
}
