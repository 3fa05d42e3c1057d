import Testing

@testable import CareSimReports

/// The report pages' stylesheet: words in tables break between words only.
@Suite struct HTMLPageTests {
  /// An English negative amount never breaks after its minus sign: a word joiner holds the
  /// minus to the euro sign, in the page's text, while the text still escapes as before.
  @Test func aNegativeAmountKeepsItsMinusWithItsEuroSign() {
    let minus = "\u{2212}"
    let text = escaped("between \(minus)€142,000 and \(minus)€17,700 <b>")
    #expect(text == "between \(minus)\u{2060}€142,000 and \(minus)\u{2060}€17,700 &lt;b&gt;")
    #expect(escaped("€ \(minus)142.000") == "€ \(minus)142.000")
  }

  /// No rule lets a table cell, header or caption break inside a word ("Yea r", "W m o"): a
  /// table wider than the column scrolls in its wrapper instead.
  @Test func tableCellsBreakBetweenWordsOnly() {
    let style = ReportStyle.css + HTMLPage.extraStyle
    for rule in style.split(separator: "}") {
      let parts = rule.split(separator: "{", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let (selectors, body) = (parts[0], parts[1])
      let breaksWords =
        body.contains("overflow-wrap: anywhere") || body.contains("word-break: break-all")
        || body.contains("overflow-wrap: break-word") || body.contains("word-wrap")
      guard breaksWords else { continue }
      for selector in selectors.split(separator: ",") {
        let last = selector.split(separator: " ").last.map(String.init) ?? ""
        let element = last.split(separator: ".").first.map(String.init) ?? last
        #expect(!["td", "th", "caption", "table"].contains(element), "\(rule)")
      }
    }
    #expect(style.contains(".table-scroll, .chart-scroll {\n  overflow-x: auto; max-width: 100%;"))
    #expect(style.contains("td code, th code { overflow-wrap: normal; }"))
  }

  /// A table or chart wider than the column scrolls in its box with a shadow at the edge that
  /// has more beyond it: white covers that move with the content (`local`) over shadows that
  /// stay with the box (`scroll`); in print neither scrolls nor shades.
  @Test func aBoxThatScrollsShowsAShadowWhereMoreLiesBeyond() throws {
    let css = ReportStyle.css
    let rule = try #require(
      css.components(separatedBy: ".table-scroll, .chart-scroll {").dropFirst().first?
        .components(separatedBy: "}").first)
    #expect(rule.contains("overflow-x: auto"))
    #expect(rule.components(separatedBy: "no-repeat local").count - 1 == 2)
    #expect(rule.components(separatedBy: "no-repeat scroll").count - 1 == 2)
    let print = try #require(css.components(separatedBy: "@media print").last)
    #expect(print.contains(".table-scroll, .chart-scroll { overflow: visible; background: none; }"))
    #expect(print.contains("figure.chart .chart-scroll svg.chart-dot-plot { min-width: 0; }"))
  }
}
