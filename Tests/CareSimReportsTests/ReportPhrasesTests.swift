import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The words and number styles of report pages: a sentence that names a payer agrees with it and
/// opens with a capital, for every payer, in every such sentence, in both languages.
@Suite struct ReportPhrasesTests {
  /// The sentences whose subject is a payer: the keys the tables hold as `.one` and `.other`.
  static func subjectSentences(_ locale: ReportLocale) -> [String] {
    let table = ReportPhrases(locale).table
    return table.keys.filter { $0.hasSuffix(".one") }.map { String($0.dropLast(4)) }
      .filter { table["\($0).other"]?.hasPrefix("{1}") == true }.sorted()
  }

  @Test(arguments: ReportLocale.allCases)
  func everySentenceOpensWithACapitalAndNamesItsPayer(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let keys = Self.subjectSentences(locale)
    #expect(keys.count >= 10)
    for key in keys {
      for payer in Perspective.allCases {
        let sentence = phrases.sentence(key, subject: payer, "8", "3", "4")
        #expect(sentence.first?.isUppercase == true, "\(locale) \(key) \(payer): \(sentence)")
        #expect(
          sentence.lowercased().hasPrefix(phrases.name(payer).lowercased()),
          "\(locale) \(key) \(payer): \(sentence)")
        #expect(!sentence.contains("{"), "\(locale) \(key) \(payer): \(sentence)")
      }
    }
  }

  /// A plural payer takes a plural verb, a singular one a singular verb: no sentence pairs the
  /// health insurers or the informal carers with "comes" or "komt", nor the municipality with
  /// "come" or "komen".
  @Test(arguments: ReportLocale.allCases)
  func theVerbAgreesWithEveryPayer(locale: ReportLocale) {
    let phrases = ReportPhrases(locale)
    let singularVerbs: Set<String> =
      locale == .en
      ? ["comes", "breaks", "does", "gains", "pays", "its"]
      : ["komt", "speelt", "wint", "maakt", "betaalt", "die"]
    let pluralVerbs: Set<String> =
      locale == .en
      ? ["come", "break", "do", "pay", "their", "they"]
      : ["komen", "spelen", "winnen", "maken", "betalen", "zij", "hun"]
    for key in Self.subjectSentences(locale) {
      for payer in Perspective.allCases {
        let plural = ReportPhrases.pluralPayers[locale]?.contains(payer) == true
        let words = Set(
          phrases.sentence(key, subject: payer, "8", "3", "4").split { !$0.isLetter }
            .map(String.init))
        let wrong = words.intersection(plural ? singularVerbs : pluralVerbs)
        // "break even" is a verb in the singular too after "does not": only the agreeing forms
        // count, so the singular's "does not break" is allowed its "break".
        let allowed: Set<String> = plural ? [] : ["break"]
        #expect(wrong.subtracting(allowed).isEmpty, "\(locale) \(key) \(payer): \(wrong)")
      }
    }
  }

  /// The payers the issue found wrong, as a reader now sees them.
  @Test func thePluralPayersReadCorrectly() {
    let english = ReportPhrases(.en)
    let dutch = ReportPhrases(.nl)
    #expect(
      english.sentence("run.payback.never", subject: .zvw)
        == "The health insurers (Zvw) do not break even within the horizon.")
    #expect(
      english.sentence("sweep.summary.alwaysLoses", subject: .informal)
        == "Informal carers come out behind at every setting tried.")
    #expect(
      english.sentence("sweep.summary.alwaysLoses", subject: .wmo)
        == "The municipality (Wmo) comes out behind at every setting tried.")
    #expect(
      dutch.sentence("grid.reading.never", subject: .zvw)
        == "De zorgverzekeraars (Zvw) maken in elke cel verlies.")
    #expect(
      dutch.sentence("grid.reading.never", subject: .informal)
        == "De mantelzorgers maken in elke cel verlies.")
    #expect(
      dutch.sentence("grid.reading.never", subject: .wlz)
        == "De langdurige zorg (Wlz) maakt in elke cel verlies.")
  }

  /// A parameter reads as the schema's label: in a sentence with its article, standing alone
  /// without it and with a capital; a path the schema does not know stays as it is.
  @Test func aParameterReadsAsItsSchemaLabel() {
    let english = ReportPhrases(.en)
    let dutch = ReportPhrases(.nl)
    #expect(
      english.parameter("mechanisms.prevention.relativeRisk") == "the relative risk of decline")
    #expect(
      english.parameterLabel("mechanisms.prevention.relativeRisk") == "Relative risk of decline")
    #expect(
      dutch.parameterLabel("mechanisms.prevention.relativeRisk")
        == "Het relatieve risico op achteruitgang")
    #expect(english.parameterLabel("no.such.path") == "no.such.path")
    #expect(english.parameter("no.such.path") == "no.such.path")
  }

  /// A table of totals gives whole euros in every row, small amounts too.
  @Test(
    arguments: [
      (ReportLocale.en, -68.79, "−€69"), (.en, 954.6, "€955"), (.en, 25_127.4, "€25,127"),
      (.en, 0.4, "€0"),
    ] as [(ReportLocale, Double, String)])
  func tablesGiveWholeEuros(locale: ReportLocale, value: Double, expected: String) {
    #expect(ReportPhrases(locale).exactEuros(value) == expected)
  }
}
