import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The Dutch table as a Dutch policy analyst reads it: every phrase, and every sentence about a
/// payer for every payer, is Dutch throughout, spaced and capitalised as Dutch prose is, and
/// free of the anglicisms a first translation had.
@Suite struct ReportPhrasesDutchTests {
  static let dutch = ReportPhrases(.nl)

  /// Every Dutch phrase with its placeholders filled, and every sentence about a payer for every
  /// payer.
  static var renderedPhrases: [(key: String, text: String)] {
    let arguments = ["8", "3", "4", "5", "6", "7", "9", "10"]
    var phrases = dutch.table.map { key, phrase in
      var text = phrase
      for (index, argument) in arguments.enumerated() {
        text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
      }
      return (key: key, text: text)
    }
    for key in ReportPhrasesTests.subjectSentences(.nl) {
      for payer in Perspective.allCases {
        phrases.append((key: "\(key) \(payer)", dutch.sentence(key, subject: payer, "8", "3", "4")))
      }
    }
    return phrases.sorted { $0.key < $1.key }
  }

  /// English words a Dutch sentence never needs; "break-even", "runs", "seed", "QALY" and the
  /// like are the Dutch field's own loanwords and stay.
  static let englishWords: Set<String> = [
    "the", "and", "to", "with", "without", "by", "for", "at", "are", "each", "every",
    "million", "thousand", "payer", "payers", "municipality", "insurer", "insurers",
    "carer", "carers", "society", "saving", "savings", "cost", "costs", "gains", "loses",
  ]

  @Test func noPhraseHasAnEnglishWord() {
    for (key, text) in Self.renderedPhrases {
      let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
      #expect(words.isDisjoint(with: Self.englishWords), "\(key): \(text)")
    }
  }

  /// No doubled space, no space before a comma, full stop, colon, semicolon or closing bracket,
  /// and a sentence after a full stop opens with a capital.
  @Test func phrasesAreSpacedAndCapitalisedAsDutchProse() {
    for (key, text) in Self.renderedPhrases {
      #expect(!text.contains("  "), "\(key): doubled space in \(text)")
      for mark in [" ,", " .", " :", " ;", " )"] {
        #expect(!text.contains(mark), "\(key): space before a mark in \(text)")
      }
      for sentence in text.components(separatedBy: ". ").dropFirst() {
        guard let first = sentence.first, first.isLetter else { continue }
        #expect(first.isUppercase, "\(key): a sentence opens in lower case in \(text)")
      }
    }
  }

  /// Every full sentence (a phrase ending in a full stop) opens with a capital, never a figure.
  ///
  /// Dutch style guides ask for "Uit de verdelingen zijn 30 parametersets getrokken", not
  /// "30 parametersets zijn getrokken". A sentence about a payer or a parameter opens with its
  /// name, which its own test capitalises.
  @Test func sentencesOpenWithACapitalNotAFigure() {
    let opensWithAName: Set<String> = [
      "workshop.answer.evenAt", "workshop.answer.evenNowhere", "validation.summary",
      "run.monthly.below", "run.monthly.notBelow", "grid.heat.uniform",
    ]
    for (key, text) in Self.renderedPhrases where text.hasSuffix(".") {
      guard let first = text.first, !opensWithAName.contains(key) else { continue }
      guard !ReportPhrasesTests.subjectSentences(.nl).contains(where: key.hasPrefix) else {
        continue
      }
      #expect(first.isUppercase || first == "(", "\(key): \(text)")
    }
    let phrases = Self.dutch
    #expect(
      phrases.format(
        "calibration.summary.fit", phrases.format("calibration.count.parameters.other", "2"),
        "20 landelijke streefwaarden", "3 proefpunten")
        == "In 3 proefpunten zijn 2 parameters afgestemd op 20 landelijke streefwaarden.")
  }

  /// The wordings a Dutch reader stumbled over, which must not come back: "over 10 jaar" (which
  /// reads as "ten years from now"), "komt tekort" without an object, parameters that "bewegen",
  /// "een winst in 70% van de sets", an English list comma before "en", amounts in "euro"
  /// after a bare number, and "Monte-Carlo" hyphenated as no Dutch dictionary writes it.
  @Test(
    arguments: [
      "Over 8 jaar", "over 8 jaar", "tekort.", "tekort,", "bewogen", "beweegt", "en een winst in",
      "000 euro", "Monte-Carlo", "Monte-Carlofout", ", en is", "instelling, en", "zelfs bij geen",
      "het scenario heeft", "-lijn", "dzd",
    ])
  func noStumblingWording(_ wording: String) {
    for (key, text) in Self.renderedPhrases {
      #expect(!text.contains(wording), "\(key): '\(wording)' in \(text)")
    }
  }

  /// Amounts per QALY read as Dutch policy reports write them: `€ 50.000 per QALY`.
  @Test func amountsPerQALYCarryTheEuroSign() {
    #expect(Self.dutch["psa.ceac.reading"].hasPrefix("Bij € 50.000 per QALY"))
    #expect(Self.dutch["psa.summary.sets"].contains("(bij € 20.000: {3}; bij € 80.000: {4})"))
  }

  /// A payer's name ends in its law's abbreviation in brackets, so no sentence puts an amount in
  /// brackets straight after it: "de langdurige zorg (Wlz) (€ 737.000)".
  @Test func noBracketsFollowAPayersName() {
    for payer in Perspective.allCases {
      let sentence = Self.dutch.format(
        "run.whoPays.reading", Self.dutch.name(payer), "€ 737.000", "€ 360.000")
      #expect(!sentence.contains(") ("), "\(sentence)")
    }
    #expect(
      Self.dutch.format("run.whoPays.reading", Self.dutch.name(.wlz), "€ 737.000", "€ 360.000")
        == "De grootste besparing, € 737.000, valt bij de langdurige zorg (Wlz), tegenover "
        + "programmakosten van € 360.000.")
  }

  /// The line of a payer's monthly cost reads the same whatever the payer's name, without a
  /// compound that breaks on "Mantelzorg-lijn".
  @Test func theCostLineNamesThePayerFirst() {
    #expect(
      Self.dutch.format("run.monthly.below", Self.dutch.label(Perspective.informal), "12")
        == "Mantelzorg: met het programma zakt de kostenlijn vanaf maand 12 onder die zonder.")
  }
}
