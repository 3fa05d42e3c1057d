import Testing

@testable import CareSimReports

/// The report pages' stylesheet: words in tables break between words only.
@Suite struct HTMLPageTests {
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
    #expect(style.contains(".table-scroll { overflow-x: auto;"))
    #expect(style.contains("td code, th code { overflow-wrap: normal; }"))
  }
}
