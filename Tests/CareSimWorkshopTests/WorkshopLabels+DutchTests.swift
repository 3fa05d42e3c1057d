import Testing

@testable import CareSimWorkshop

/// The Dutch table says what the English one says, in Dutch.
@Suite struct WorkshopLabelsDutchTests {
  @Test func theLabelTablesHaveTheSameKeysAndPlaceholders() {
    let english = WorkshopLabels.english
    let dutch = WorkshopLabels.dutch
    #expect(Set(english.keys).subtracting(dutch.keys).isEmpty)
    #expect(Set(dutch.keys).subtracting(english.keys).isEmpty)
    func placeholders(_ text: String) -> [String] {
      text.matches(of: /\{\d\}/).map { String(text[$0.range]) }.sorted()
    }
    for (key, text) in english {
      #expect(placeholders(text) == placeholders(dutch[key] ?? ""), "\(key)")
      #expect(!text.isEmpty && !(dutch[key] ?? "").isEmpty, "\(key)")
    }
  }

  /// A Dutch text the same as its English one is a phrase left untranslated, except for names and
  /// words the two languages share.
  @Test func everyPhraseIsTranslated() {
    let shared: Set<String> = [
      "payer.wmo.short", "payer.zvw.short", "payer.wlz.short", "setting.knob",
      "provenance.scenario", "provenance.seed",
    ]
    let untranslated = WorkshopLabels.dutch.keys.filter { key in
      !shared.contains(key) && WorkshopLabels.dutch[key] == WorkshopLabels.english[key]
    }
    #expect(untranslated.isEmpty, "\(untranslated.sorted())")
  }

  /// The Dutch page reads as Dutch prose: a period is "gedurende 10 jaar" (never "over 10 jaar",
  /// which reads as "ten years from now"), "Monte Carlo" is spelled as Dutch dictionaries do,
  /// and no phrase has a doubled space or an English word.
  @Test func theDutchPageReadsAsDutch() {
    let english: Set<String> = ["the", "and", "with", "without", "to", "by", "for", "each"]
    for (key, text) in WorkshopLabels.dutch {
      for wording in [
        "over {", "Monte-Carlo", "  ", " ,", " .", "maakt iedere betaler quitte", "vanaf wanneer",
      ] {
        #expect(!text.contains(wording), "\(key): '\(wording)' in \(text)")
      }
      let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
      #expect(words.isDisjoint(with: english), "\(key): \(text)")
    }
  }
}
