import CareSimCharts
import CareSimCore

/// A report page: one self-contained HTML file, inline CSS and SVG, that needs no script and
/// fetches nothing, so it opens offline, from an e-mail or on a council laptop, and prints on A4.
package struct HTMLPage: Sendable {
  /// A block of a section.
  package enum Block: Sendable {
    /// A chart's SVG and the sentence that says what it shows.
    case chart(svg: String, reading: String)
    case table(HTMLTable)
    case paragraph(String)
    /// Blocks folded away under a line that says what they hold: detail a reader opens.
    indirect case details(summary: String, [Block])
  }

  /// A headed part of the page.
  package struct Section: Sendable {
    package var title: String
    package var blocks: [Block]

    package init(_ title: String, _ blocks: [Block]) {
      self.title = title
      self.blocks = blocks
    }
  }

  package var locale: ReportLocale
  package var title: String
  /// One line under the title: what was run.
  package var subtitle: String
  /// The findings in plain words, each sentence derived from the results.
  package var summary: [String]
  package var sections: [Section]
  package var provenance: ResultProvenance

  package init(
    locale: ReportLocale, title: String, subtitle: String, summary: [String],
    sections: [Section], provenance: ResultProvenance
  ) {
    self.locale = locale
    self.title = title
    self.subtitle = subtitle
    self.summary = summary
    self.sections = sections
    self.provenance = provenance
  }

  /// The scenario's warnings (``ResultProvenance/warnings``), first, where a reader cannot
  /// miss them: every command's page shows them alike; none for a scenario on its sources'
  /// ground.
  func warningsSection(_ phrases: ReportPhrases) -> [Section] {
    guard !provenance.warnings.isEmpty else { return [] }
    return [
      Section(
        phrases["warning.title"], provenance.warnings.map { .paragraph(phrases.sentence($0)) })
    ]
  }

  /// The page's HTML.
  package func render() -> String {
    let phrases = ReportPhrases(locale, levels: provenance.levels)
    var html = htmlDocumentStart(
      locale: locale, title: title, style: ReportStyle.css + Self.extraStyle)
    html += """
      <main>
      <h1>\(escaped(title))</h1>
      <p class="subtitle">\(escaped(subtitle))</p>

      """
    html += "<section class=\"summary keep-together\">\n<h2>\(escaped(phrases["summary"]))</h2>\n"
    html += summary.map { "<p>\(escaped(ReportPhrases.capitalised($0)))</p>\n" }.joined()
    html += "</section>\n"
    for section in warningsSection(phrases) + sections {
      html += "<section>\n<h2>\(escaped(section.title))</h2>\n"
      html += section.blocks.map(Self.render).joined()
      html += "</section>\n"
    }
    html += provenance.render(phrases)
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private static func render(_ block: Block) -> String {
    switch block {
    case .chart(let svg, let reading):
      "<figure class=\"chart\">\n<div class=\"chart-scroll\">\n\(svg)\n</div>\n"
        + "<figcaption>\(escaped(ReportPhrases.capitalised(reading)))</figcaption>\n"
        + "</figure>\n"
    case .table(let table):
      table.render()
    case .paragraph(let text):
      "<p>\(escaped(text))</p>\n"
    case .details(let summary, let blocks):
      "<details>\n<summary>\(escaped(summary))</summary>\n" + blocks.map(render).joined()
        + "</details>\n"
    }
  }

  /// Page parts the shared stylesheet does not style.
  static let extraStyle = """
    h1, h2, h3, p, figcaption { overflow-wrap: anywhere; }
    td code, th code { overflow-wrap: normal; }
    .subtitle { color: #3d3d3d; margin-top: -0.5rem; }
    .summary p { font-size: 1.05rem; }
    dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dl.provenance dt { font-weight: 600; }
    dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
    code { font-size: 0.9em; overflow-wrap: anywhere; }
    th.number { white-space: normal; }
    .second-line { font-size: 0.85em; color: #3d3d3d; }
    th .second-line { font-weight: normal; }
    caption { text-align: left; padding: 0 0 0.4rem; }
    /* A caption is as wide as its table; in a table that scrolls, it stays in view and wraps at
       main's column: the screen's or main's width (46rem), less its padding. */
    .table-scroll caption { position: sticky; left: 0; max-width: calc(min(100vw, 46rem) - 2rem); }
    table.assumptions { font-size: 0.85rem; line-height: 1.3; }
    table.assumptions td { vertical-align: top; padding: 0.15rem 0.5rem; }
    table.assumptions tr.group th {
      padding: 0.7rem 0.5rem 0.15rem; border-bottom: 1px solid #1a1a1a; font-size: 0.95rem;
    }
    table.assumptions code, table.assumptions .range { color: #3d3d3d; }
    @media print {
      table.assumptions { font-size: 6.5pt; line-height: 1.1; width: 100%; table-layout: fixed; }
      table.assumptions td { padding: 0 0.25rem; }
      table.assumptions th:first-child { width: 24%; }
      table.assumptions th:nth-child(2) { width: 9%; }
      table.assumptions tr.group th { padding: 0.3rem 0.25rem 0.05rem; }
      table.assumptions code.path { display: none; }
      table.assumptions tr.group { break-after: avoid; page-break-after: avoid; }
      .table-scroll { display: inline-block; vertical-align: top; margin-right: 1rem; }
      .table-scroll:has(table.assumptions) { display: block; margin-right: 0; }
      /* Charts print in pairs, each half the column (about 9 cm), and a narrow table beside a
         chart or a table like it, so that no half page beside them stays empty. */
      figure.chart { float: left; clear: left; width: calc(50% - 0.4rem); }
      figure.chart:nth-of-type(even) { clear: none; margin-left: 0.8rem; }
      figure.chart svg { max-width: 100%; }
      section > :not(figure):not(.print-half) { clear: both; }
      section::after { content: ""; display: block; clear: both; }
      .table-scroll.print-half { width: calc(50% - 0.6rem); margin-right: 0; }
      .table-scroll.print-half table { width: 100%; }
      .table-scroll.print-half th, .table-scroll.print-half td { padding: 0.05rem 0.25rem; }
      figure.chart + .print-half, .print-half:nth-of-type(even) { margin-left: 0.8rem; }
    }

    """
}

/// A table of a report page; number cells are right-aligned.
package struct HTMLTable: Sendable {
  package struct Cell: Sendable {
    package var text: String
    package var isNumber: Bool
    /// A secondary detail, shown on hovering (the `title` attribute): the field path behind a
    /// parameter's label.
    package var detail: String? = nil
    /// A path or a command line: it may break after `/`, `.`, `=` and `:` (`<wbr>`), so that a
    /// long one wraps in its cell rather than widening the table past the page.
    package var breaksInPaths = false
    /// A second, smaller line under the text: an estimate's interval under the estimate, so that
    /// the two share one column and a table of them fits the page's column.
    package var secondLine: String? = nil

    package static func text(_ text: String) -> Cell { Cell(text: text, isNumber: false) }
    package static func path(_ text: String) -> Cell {
      Cell(text: text, isNumber: false, breaksInPaths: true)
    }
    package static func number(_ text: String) -> Cell { Cell(text: text, isNumber: true) }
    /// A text cell with `secondLine` under `text`, or without one where it is nil.
    package static func text(_ text: String, secondLine: String?) -> Cell {
      Cell(text: text, isNumber: false, secondLine: secondLine)
    }
    /// A number cell with `secondLine` under `text`.
    package static func number(_ text: String, secondLine: String) -> Cell {
      Cell(text: text, isNumber: true, secondLine: secondLine)
    }

    /// A parameter by its readable label, its path as the cell's detail.
    static func parameter(_ path: String, _ phrases: ReportPhrases) -> Cell {
      Cell(text: phrases.parameterLabel(path), isNumber: false, detail: path)
    }
  }

  package var caption: String?
  package var header: [Cell]
  package var rows: [[Cell]]
  /// Whether the printed table takes half the column, beside a chart or a table like it: for a
  /// narrow table, so that a printed report wastes no half page beside it.
  package var isHalfWidthInPrint: Bool

  package init(
    caption: String? = nil, header: [Cell], rows: [[Cell]], isHalfWidthInPrint: Bool = false
  ) {
    self.caption = caption
    self.header = header
    self.rows = rows
    self.isHalfWidthInPrint = isHalfWidthInPrint
  }

  /// Escaped text that may break after each `/`, `.`, `=` and `:`, as a path or a setting
  /// ("mechanisms.prevention.relativeRisk=0.7") may, but for a decimal point, which keeps its
  /// number whole ("0.85"); escaping writes none of these characters, so no entity is broken.
  package static func breakingAfterMarks(_ escapedText: String) -> String {
    let characters = Array(escapedText)
    var text = ""
    for (index, character) in characters.enumerated() {
      text.append(character)
      guard ["/", ".", "=", ":"].contains(character) else { continue }
      let isDecimalPoint =
        character == "." && index > 0 && characters[index - 1].isNumber
        && index + 1 < characters.count && characters[index + 1].isNumber
      if !isDecimalPoint { text += "<wbr>" }
    }
    return text
  }

  func render() -> String {
    func cell(_ cell: Cell, tag: String) -> String {
      let attribute =
        (cell.isNumber ? " class=\"number\"" : "")
        + (cell.detail.map { " title=\"\(escaped($0))\"" } ?? "")
      var content = escaped(cell.text)
      if cell.breaksInPaths { content = Self.breakingAfterMarks(content) }
      if let secondLine = cell.secondLine {
        content += "<br><span class=\"second-line\">\(escaped(secondLine))</span>"
      }
      return "<\(tag)\(attribute)>\(content)</\(tag)>"
    }
    var html = "<div class=\"table-scroll\(isHalfWidthInPrint ? " print-half" : "")\">\n<table>\n"
    if let caption { html += "<caption>\(escaped(caption))</caption>\n" }
    html += "<thead><tr>" + header.map { cell($0, tag: "th") }.joined() + "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>" + row.map { cell($0, tag: "td") }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }
}

/// Text made safe for HTML content and attributes, an English negative amount kept whole.
///
/// A browser may break a line between the minus sign and the euro sign of `−€142,000` (both
/// are prefixes to a number in Unicode's line breaking), leaving a lone minus at a line's end;
/// a word joiner (U+2060, invisible) between them forbids that break. Dutch amounts (`€ −142.000`)
/// join their signs with a no-break space already.
package func escaped(_ text: String) -> String {
  XMLText.escaped(text).replacingOccurrences(of: minusBeforeEuro, with: minusJoinedToEuro)
}

private let minusBeforeEuro = ReportNumberFormatter.minus + "€"
private let minusJoinedToEuro = ReportNumberFormatter.minus + "\u{2060}€"

/// The start of a self-contained page, up to and including `<body>`: every page CareSim writes
/// declares its language, UTF-8, a phone's viewport and its whole style inline, so it opens from
/// a memory stick or a mail.
package func htmlDocumentStart(locale: ReportLocale, title: String, style: String) -> String {
  """
  <!DOCTYPE html>
  <html lang="\(locale.rawValue)">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>\(escaped(title))</title>
  <style>
  \(style)</style>
  </head>
  <body>

  """
}
