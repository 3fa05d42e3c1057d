import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The break-even page drawn from a result built in memory, without a folder.
@Suite struct BreakEvenReportPageTests {
  static func result(_ outcome: BreakEvenResult.Outcome) -> BreakEvenResult {
    BreakEvenResult(
      provenance: .inMemory,
      parameter: "costs.hour", perspective: .zvw, current: 40, outcome: outcome,
      probes: [.init(value: 60, netBenefit: -10, standardError: 1)])
  }

  @Test(arguments: ReportLocale.allCases)
  func thePageGivesTheRootOrTheRangeSearched(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let found = BreakEvenReportPage(
      result: Self.result(.root(value: 55, lower95: 50, upper95: 61)), locale: locale
    ).render()
    let root = phrases.format(
      "breakeven.found", phrases.name(.zvw), "costs.hour", phrases.value(55), phrases.value(50),
      phrases.value(61), phrases.value(40))
    // A sentence begins with a capital.
    #expect(found.contains(escaped(String(root.dropFirst()))))
    let none = BreakEvenReportPage(
      result: Self.result(.noSignChange(low: 1, high: 90)), locale: locale
    ).render()
    let range = phrases.format(
      "breakeven.none", phrases.name(.zvw), "costs.hour", phrases.value(1), phrases.value(90),
      phrases.value(40))
    #expect(none.contains(escaped(String(range.dropFirst()))))
  }

  /// The chart's reading says how to read the chart, with the break-even's line or without it;
  /// it does not repeat the finding, which the summary gives once.
  @Test(arguments: ReportLocale.allCases)
  func theChartsReadingSaysHowToReadIt(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let zvw = phrases.name(.zvw)
    let cases: [(BreakEvenResult.Outcome, reading: String, finding: String)] = [
      (
        .root(value: 55, lower95: 50, upper95: 61), "breakeven.chart.reading",
        phrases.format(
          "breakeven.found", zvw, "costs.hour", phrases.value(55), phrases.value(50),
          phrases.value(61), phrases.value(40))
      ),
      (
        .noSignChange(low: 1, high: 90), "breakeven.chart.reading.none",
        phrases.format(
          "breakeven.none", zvw, "costs.hour", phrases.value(1), phrases.value(90),
          phrases.value(40))
      ),
    ]
    for (outcome, reading, finding) in cases {
      let page = BreakEvenReportPage(result: Self.result(outcome), locale: locale).render()
      #expect(page.contains(escaped(phrases.format(reading, zvw))), "\(reading)")
      let times = page.components(separatedBy: escaped(String(finding.dropFirst()))).count - 1
      #expect(times == 1, "the finding stands once, in the summary: \(times)")
    }
  }
}
