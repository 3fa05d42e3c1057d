import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The value-of-information page's summary: what it says when no single uncertainty is worth
/// resolving, from a result built in memory.
@Suite struct VOIReportPageTests {
  /// A result at 0 per QALY for society whose EVPI is `evpi` and whose one parameter's EVPPI
  /// is 0.
  static func result(evpi: Double, noiseRemoved: Bool = true) -> ValueOfInformationResult {
    ValueOfInformationResult(
      provenance: .inMemory, perspective: .society, valuePerQALY: 0, sets: 50,
      source: "samples.csv", noiseRemoved: noiseRemoved,
      curve: [.init(perspective: .society, valuePerQALY: 0, evpi: evpi, evpiPerSet: evpi)],
      partials: [
        .init(
          perspective: .society, valuePerQALY: 0, subject: "effect", parameters: ["effect"],
          evppi: 0, standardError: 0)
      ],
      populationEVPI: nil)
  }

  /// With an EVPI but no EVPPI above zero, the page does not say that no set changes the
  /// decision (some do): it says that no parameter is worth resolving on its own, and, where
  /// the sets' noise stays in, that some of the EVPI may be noise.
  @Test(arguments: [
    (ReportLocale.en, true, "voi.summary.noneAlone"), (.nl, true, "voi.summary.noneAlone"),
    (.en, false, "voi.summary.noneAloneNoisy"), (.nl, false, "voi.summary.noneAloneNoisy"),
  ])
  func anEVPIWithoutAnEVPPIComesFromTheParametersTogether(
    locale: ReportLocale, noiseRemoved: Bool, key: String
  ) {
    let phrases = ReportPhrases(locale)
    let page = VOIReportPage(
      result: Self.result(evpi: 16_500, noiseRemoved: noiseRemoved), locale: locale
    ).render()
    let alone = phrases.format(
      key, phrases.euros(0), phrases.name(.society), phrases.euros(16_500))
    #expect(page.contains("<p>\(escaped(alone))</p>"))
    #expect(
      !page.contains(
        escaped(phrases.format("voi.summary.none", phrases.euros(0), phrases.name(.society)))))
  }

  /// An EVPI less than two standard errors above zero is given with its error and said to be
  /// indistinguishable from none (the default scenario's PSA of 100 sets: 2,693 with a standard
  /// error of 2,454, where every set as run favoured the programme); one further off is not.
  @Test(arguments: ReportLocale.allCases)
  func anEVPIWithinItsNoiseOfZeroIsSaidToBe(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    func page(evpi: Double, standardError: Double, evppi: Double = 0) -> String {
      var result = Self.result(evpi: evpi)
      result.curve[0].evpiStandardError = standardError
      result.partials[0].evppi = evppi
      return VOIReportPage(result: result, locale: locale).render()
    }
    let nearZero = escaped(phrases["voi.summary.evpi.nearZero"])
    // What the EVPI would come from, were it told from none.
    let noneAlone = escaped(
      phrases.format(
        "voi.summary.noneAlone", phrases.euros(0), phrases.name(.society), phrases.euros(2_693)))
    let first = escaped(
      phrases.format(
        "voi.summary.first", phrases.parameter("effect"), phrases.euros(1_000),
        phrases.name(.society), phrases.percent(1_000 / 2_693)))
    let near = page(evpi: 2_693, standardError: 2_454)
    let stated = phrases.format(
      "voi.summary.evpi.error", phrases.euros(0), phrases.euros(2_693), phrases.name(.society),
      phrases.euros(2_454))
    #expect(near.contains("<p>\(escaped(stated))</p>"))
    #expect(near.contains(nearZero) && !near.contains(noneAlone))
    // Nor is a parameter named as worth resolving first.
    let nearWithAPart = page(evpi: 2_693, standardError: 2_454, evppi: 1_000)
    #expect(nearWithAPart.contains(nearZero) && !nearWithAPart.contains(first))
    let far = page(evpi: 2_693, standardError: 1_000)
    #expect(!far.contains(nearZero) && far.contains(noneAlone))
    // Every EVPPI zero: a sentence says so, and no chart of shares at 0% is drawn.
    let allZero = escaped(
      phrases.format("voi.partial.allZero", phrases.euros(0), phrases.name(.society)))
    let sharesChart = escaped(phrases.format("voi.partial.title", phrases.label(.society)))
    #expect(far.contains(allZero) && !far.contains(sharesChart))
    #expect(page(evpi: 2_693, standardError: 1_000, evppi: 1_000).contains(sharesChart))
    #expect(!page(evpi: 2_693, standardError: 1_000, evppi: 1_000).contains(allZero))
    #expect(page(evpi: 2_693, standardError: 1_000, evppi: 1_000).contains(first))
  }

  /// Where every EVPPI is zero for every perspective, a sentence says so in place of a table of
  /// €0; where another perspective has one above zero, the table gives it.
  @Test(arguments: ReportLocale.allCases)
  func aTableOfNothingButZerosIsASentence(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let caption = escaped(phrases.format("voi.table.caption", phrases.euros(0)))
    var result = Self.result(evpi: 2_693)
    let zeros = VOIReportPage(result: result, locale: locale).render()
    let allZero = phrases.format("voi.partial.allZero", phrases.euros(0), phrases.name(.society))
    #expect(
      zeros.contains(
        "<p>\(escaped(allZero + " " + phrases["voi.partial.zeroEverywhere"]))</p>"))
    #expect(!zeros.contains(caption))
    result.curve.append(.init(perspective: .wmo, valuePerQALY: 0, evpi: 500, evpiPerSet: 500))
    result.partials.append(
      .init(
        perspective: .wmo, valuePerQALY: 0, subject: "effect", parameters: ["effect"],
        evppi: 250, standardError: 0))
    let wmo = VOIReportPage(result: result, locale: locale).render()
    #expect(wmo.contains("<p>\(escaped(allZero + " " + phrases["voi.partial.table"]))</p>"))
    #expect(wmo.contains(caption) && wmo.contains(escaped(phrases.exactEuros(250))))
    // An EVPPI below half a euro reads €0 in a cell, and is zero for the sentence too.
    result.partials[1].evppi = 0.3
    #expect(!VOIReportPage(result: result, locale: locale).render().contains(caption))
    // No EVPI at all: the same sentence follows the one that says so.
    let none = phrases.format("voi.partial.none", phrases.euros(0), phrases.name(.society))
    #expect(
      VOIReportPage(result: Self.result(evpi: 0), locale: locale).render().contains(
        "<p>\(escaped(none + " " + phrases["voi.partial.zeroEverywhere"]))</p>"))
    // A table with no EVPPI at the value asked is not said to hold zeros.
    var elsewhere = Self.result(evpi: 2_693)
    elsewhere.partials[0].valuePerQALY = 20_000
    #expect(
      !VOIReportPage(result: elsewhere, locale: locale).render().contains(
        escaped(phrases["voi.partial.zeroEverywhere"])))
  }

  /// With no EVPI, no set changes the decision, and the page says so.
  @Test(arguments: ReportLocale.allCases)
  func noEVPIMeansNoSetChangesTheDecision(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let page = VOIReportPage(result: Self.result(evpi: 0), locale: locale).render()
    let none = phrases.format("voi.summary.none", phrases.euros(0), phrases.name(.society))
    #expect(page.contains("<p>\(escaped(none))</p>"))
  }
}
