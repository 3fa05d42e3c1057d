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
      phrases.sentence("grid.summary.some", subject: .society, "3", "4"),
      phrases.sentence("grid.summary.never", subject: .wmo),
      phrases.sentence("grid.summary.always", subject: .zvw),
    ]
    for sentence in sentences {
      // A sentence begins with a capital.
      #expect(page.contains(escaped(String(sentence.dropFirst()))), "\(sentence)")
    }
  }

  /// A map whose values do not vary, or vary only in their last digits, is a sentence that
  /// states the value, not a colour scale over rounding noise; a map that varies is drawn.
  @Test(arguments: ReportLocale.allCases)
  func aMapThatDoesNotVaryIsStatedNotDrawn(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let zvw = [-264_397.672496608, -264_397.672496607, -264_397.672496607, -264_397.672496606]
    let result = GridResult(
      provenance: .inMemory,
      x: .init(name: "share", values: [0, 0.5]), y: .init(name: "risk", values: [0.7, 1]),
      cells: zip([-1.0, 1, 2, 3], zvw).map { society, zvw in
        GridResult.Cell(
          netBenefit: [
            .society: society, .wmo: society * 2, .zvw: zvw, .wlz: 654_445.5, .informal: 0,
          ],
          societyProbabilityOfGain: 1)
      })
    let page = GridReportPage(result: result, locale: locale).render()
    #expect(page.components(separatedBy: "<svg").count - 1 == 2)
    for (perspective, value) in [
      (Perspective.zvw, -264_397.672496607), (.wlz, 654_445.5), (.informal, 0),
    ] {
      let sentence = phrases.format(
        "grid.heat.uniform", phrases.label(perspective), phrases.euros(value))
      #expect(page.contains(escaped(sentence)), "\(sentence)")
    }
    #expect(page.contains(escaped(phrases.format("grid.chance.uniform", phrases.percent(1)))))
    #expect(!page.contains("264.397672"))
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
