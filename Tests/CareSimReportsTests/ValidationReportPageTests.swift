import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The validation page drawn from a result built in memory, without a folder.
@Suite struct ValidationReportPageTests {
  static let result = ValidationResult(
    provenance: .inMemory,
    study: "Dordrecht",
    figures: [
      .init(
        name: "cost", kind: .derived, status: .reproduced, published: 100, mean: 101,
        lower95: 99, upper95: 103),
      .init(
        name: "saving", kind: .result, status: .gap, published: 50, mean: 20, lower95: 10,
        upper95: 30),
      .init(
        name: "sign", kind: .sign, status: .holds, published: 1, mean: 5, lower95: 1,
        upper95: 9),
    ])

  @Test(arguments: ReportLocale.allCases)
  func theSummaryCountsTheFiguresByStatus(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = ValidationReportPage(result: Self.result, locale: locale).render()
    let counts = [FigureComparison.Status.reproduced, .gap, .holds].map {
      "1 \(phrases["validation.status.\($0.rawValue)"])"
    }
    let summary = phrases.format(
      "validation.summary", "Dordrecht", "3", counts.joined(separator: ", "))
    #expect(page.contains(escaped(summary)))
    // The chart has the two figures with a number, not the sign.
    #expect(page.components(separatedBy: "<svg").count - 1 == 1)
  }
}
