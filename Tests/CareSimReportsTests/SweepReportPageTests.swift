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

extension SweepReportPageTests {
  /// A parameter that is an amount of euros reads as one: with what it is per in the table
  /// ("€40,000 a year"), short in the tornado's tooltips ("at its low value (€40,000)"); other
  /// values as numbers.
  @Test(arguments: [(ReportLocale.en, "a year"), (.nl, "per jaar")])
  func amountsOfEurosReadAsEuros(locale: ReportLocale, per: String) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    result.parameters[1].name = "intervention.fixedCostPerYear"
    result.parameters[1].low = 40_000
    result.parameters[1].high = 87_000
    let page = SweepReportPage(result: result, locale: locale).render()
    let (low, high) = (phrases.numbers.euros(40_000), phrases.numbers.euros(87_000))
    let table = page.components(separatedBy: "<table>").last ?? ""
    #expect(table.contains(">\(escaped("\(low) \(per)"))</td>"), "\(table)")
    #expect(table.contains(">\(escaped("\(high) \(per)"))</td>"))
    // The effect stays a number.
    #expect(table.contains(">\(phrases.value(0.5))</td>"))
    let tornado = page.components(separatedBy: "<svg").dropFirst().first ?? ""
    #expect(tornado.contains("(\(escaped(low))):") && tornado.contains("(\(escaped(high))):"))
    #expect(!tornado.contains(escaped(per)))
  }
}

extension SweepReportPageTests {
  /// A parameter that moves no one's net benefit in money (the value of a QALY) is named in the
  /// summary, which says why its swing is €0; a sweep without one has no such sentence.
  @Test(arguments: ReportLocale.allCases)
  func aParameterThatMovesNoMoneyIsNamed(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    var result = Self.result
    let none = SweepReportPage(result: result, locale: locale).render()
    // The words after the parameter's name, which every such sentence has.
    let words = phrases["sweep.summary.moneyless.one"].components(separatedBy: "{1}")[1]
      .components(separatedBy: ":")[0]
    #expect(!none.contains(escaped(words)))
    result.parameters.append(
      SweepResult.Parameter(
        name: "valuePerQALY", low: 20_000, high: 80_000,
        netBenefitAtLow: [.society: 500, .wmo: -100, .zvw: 50, .wlz: 0],
        netBenefitAtHigh: [.society: 500, .wmo: -100, .zvw: 50, .wlz: 0], societySwing: 0))
    let sentence = ReportPhrases.capitalised(
      phrases.format(
        "sweep.summary.moneyless", count: 1, phrases.parameter("valuePerQALY"), phrases.euros(0)))
    let page = SweepReportPage(result: result, locale: locale).render()
    #expect(page.contains("<p>\(escaped(sentence))</p>"))
    #expect(page.contains(escaped(words)))
    // Alone in a sweep, it is not also said to be what society's net benefit moves most with.
    result.parameters = [result.parameters[2]]
    let alone = SweepReportPage(result: result, locale: locale).render()
    #expect(alone.contains("<p>\(escaped(sentence))</p>"))
    let widest = phrases["sweep.summary.widest"].components(separatedBy: "{1}")[0]
    #expect(none.contains(escaped(widest)) && !alone.contains(escaped(widest)))
  }
}
