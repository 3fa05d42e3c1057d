import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The grid's page drawn from a result built in memory, without a folder.
@Suite struct GridReportPageTests {
  /// Two by two cells; society gains in three, the Wmo in none, the Zvw in all.
  static let result = GridResult(
    provenance: .inMemory,
    x: .init(name: "share", values: [0, 0.5]), y: .init(name: "risk", values: [0.7, 1]),
    cells: [-1.0, 1, 2, 3].map { society in
      GridResult.Cell(
        netBenefit: [.society: society, .wmo: -5, .zvw: 5, .wlz: 0, .informal: 0],
        societyProbabilityOfGain: 0.5)
    })

  @Test(arguments: ReportLocale.allCases)
  func theSummaryCountsTheCellsInWhichEachPerspectiveGains(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = GridReportPage(result: Self.result, locale: locale).render()
    let sentences = [
      phrases.format("grid.summary", "share", "risk", "2", "2"),
      phrases.format("grid.reading.some", phrases.name(.society), "3", "4"),
      phrases.format("grid.reading.never", phrases.name(.wmo)),
      phrases.format("grid.reading.always", phrases.name(.zvw)),
    ]
    for sentence in sentences {
      // A sentence begins with a capital.
      #expect(page.contains(escaped(String(sentence.dropFirst()))), "\(sentence)")
    }
  }
}
