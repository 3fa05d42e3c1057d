import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The sweep's page drawn from a result built in memory, without a folder.
@Suite struct SweepReportPageTests {
  static let result = SweepResult(
    provenance: .inMemory,
    base: [.society: 500, .wmo: -100, .zvw: 50, .wlz: 0],
    parameters: [
      SweepResult.Parameter(
        name: "prevention.effect", low: 0.5, high: 1.5,
        netBenefitAtLow: [.society: -1000, .wmo: -300, .zvw: 0, .wlz: 0],
        netBenefitAtHigh: [.society: 2000, .wmo: -50, .zvw: 0, .wlz: 0], societySwing: 3000),
      SweepResult.Parameter(
        name: "costs.wmo", low: 10, high: 20,
        netBenefitAtLow: [.society: 400, .wmo: -900, .zvw: 0, .wlz: 0],
        netBenefitAtHigh: [.society: 600, .wmo: 100, .zvw: 0, .wlz: 0], societySwing: 200),
    ],
    points: [[.wmo: -1, .zvw: 1, .wlz: 1], [.wmo: -2, .zvw: 2, .wlz: -1]])

  @Test(arguments: ReportLocale.allCases)
  func eachTornadoNamesItsWidestParameter(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = SweepReportPage(result: Self.result, locale: locale).render()
    // Society's widest swing is the effect's, the Wmo's is the price's (1,000 against 250).
    for (perspective, name, swing) in [
      (Perspective.society, "prevention.effect", 3000.0), (.wmo, "costs.wmo", 1000),
    ] {
      let reading = phrases.format(
        "sweep.tornado.reading", phrases.name(perspective), name, phrases.euros(swing))
      #expect(page.contains(escaped(String(reading.dropFirst()))), "\(perspective)")
    }
    // The summary's sentences begin with a capital.
    let summary = { (key: String, perspective: Perspective) in
      escaped(phrases.sentence(key, subject: perspective))
    }
    #expect(page.contains(summary("sweep.summary.alwaysLoses", .wmo)))
    #expect(page.contains(summary("sweep.summary.alwaysGains", .zvw)))
    #expect(!page.contains(summary("sweep.summary.alwaysGains", .wlz)))
  }
}

extension SweepReportPageTests {
  /// The tornado, its reading and the table name a parameter by its label, never by its path
  /// alone.
  @Test(arguments: ReportLocale.allCases)
  func parametersReadAsTheirLabels(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    result.parameters[0].name = "mechanisms.prevention.relativeRisk"
    result.parameters[1].name = "mechanisms.substitution.share"
    let page = SweepReportPage(result: result, locale: locale).render()
    #expect(!page.contains(">mechanisms."))
    for path in ["mechanisms.prevention.relativeRisk", "mechanisms.substitution.share"] {
      #expect(page.contains(escaped(phrases.parameterLabel(path))), "\(path)")
    }
    let reading = phrases.format(
      "sweep.tornado.reading", phrases.name(.society),
      phrases.parameter("mechanisms.prevention.relativeRisk"), phrases.euros(3000))
    #expect(page.contains(escaped(ReportPhrases.capitalised(reading))))
  }
}
