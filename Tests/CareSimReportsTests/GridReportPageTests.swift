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
      phrases.sentence("grid.reading.some", subject: .society, "3", "4"),
      phrases.sentence("grid.reading.never", subject: .wmo),
      phrases.sentence("grid.reading.always", subject: .zvw),
    ]
    for sentence in sentences {
      // A sentence begins with a capital.
      #expect(page.contains(escaped(String(sentence.dropFirst()))), "\(sentence)")
    }
  }
}

extension GridReportPageTests {
  /// The grid names its parameters by their labels: the summary opens with words, not a path,
  /// and the axes read as labels.
  @Test(arguments: ReportLocale.allCases)
  func theGridNamesItsParametersByTheirLabels(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    result.x.name = "mechanisms.substitution.share"
    result.y.name = "mechanisms.prevention.relativeRisk"
    let page = GridReportPage(result: result, locale: locale).render()
    let summary = phrases.format(
      "grid.summary", phrases.parameter("mechanisms.substitution.share"),
      phrases.parameter("mechanisms.prevention.relativeRisk"), "2", "2")
    #expect(page.contains("<p>\(escaped(summary))</p>"))
    #expect(!summary.contains("mechanisms."))
    #expect(page.contains(escaped(phrases.parameterLabel("mechanisms.prevention.relativeRisk"))))
  }
}
