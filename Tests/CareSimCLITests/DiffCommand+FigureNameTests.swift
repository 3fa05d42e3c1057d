import CareSimCharts
import CareSimReports
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// Every figure `caresim diff` compares, of every command whose results a council compares, has
/// a readable name in each language: no path, no camelCase, and no English on a Dutch page.
@Suite struct DiffFigureNameTests {
  static let commands: [[String]] = [
    ["run", AnalysisCommandTests.neighbourhood, "--replications", "2"],
    [
      "sweep", AnalysisCommandTests.ladder, "--param",
      "mechanisms.prevention.relativeRisk=0.8:0.9", "--replications", "2",
    ],
    [
      "grid", AnalysisCommandTests.ladder, "--x", "mechanisms.substitution.share=0:0.3:2", "--y",
      "mechanisms.prevention.relativeRisk=0.7:1:2", "--replications", "2",
    ],
    ["psa", AnalysisCommandTests.neighbourhood, "--samples", "3", "--inner", "2"],
  ]

  /// English words that a Dutch name must not hold.
  static let english = [
    "the ", "with", "without", "share", "net benefit", "chance", "discounted", "deaths", "cost",
    "benefit", "mean", "set ", "cell",
  ]

  @Test(arguments: commands)
  func everyFigureHasANameInEachLanguage(_ command: [String]) throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result").path
      let result = DiffCommandTests.run(command + ["--out", out, "--quiet"])
      #expect(result.code == 0, "\(result.error)")
      let figures = try ResultDocument(out).figures.keys.sorted()
      #expect(!figures.isEmpty)
      for locale in [ReportLocale.en, .nl] {
        let phrases = ReportPhrases(locale)
        for path in figures {
          let name = phrases.figureName(path)
          #expect(name != path && !name.contains("["), "\(locale) \(path): \(name)")
          #expect(name.firstMatch(of: /[a-z][A-Z]/) == nil, "\(locale) \(path): \(name)")
          if locale == .nl {
            let lowered = name.lowercased()
            #expect(
              !Self.english.contains { lowered.contains($0) }, "nl \(path): \(name)")
          }
        }
      }
    }
  }
}
