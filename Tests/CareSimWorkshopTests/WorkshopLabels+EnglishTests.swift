import Foundation
import Testing

@testable import CareSimWorkshop

/// The English table is the page's vocabulary: it holds every key the script and the markup use,
/// and no key that nothing uses.
@Suite struct WorkshopLabelsEnglishTests {
  /// Every `label('key')` of the script is in the tables, the script calls `label` with literal
  /// keys only (so this scan sees every key), and every key of the tables is used by the script
  /// or the markup.
  @Test func theScriptAndTheMarkupUseOnlyLabelsOfTheTables() throws {
    let script = WorkshopPage.script
    let used = Set(script.matches(of: /\blabel\('([A-Za-z0-9_.]+)'\)/).map { String($0.output.1) })
    #expect(!used.isEmpty)
    let missing = used.subtracting(WorkshopLabels.english.keys).sorted()
    #expect(missing.isEmpty, "the script uses labels the table lacks: \(missing)")
    let calls = script.matches(of: /\blabel\(/).count
    let literalCalls = script.matches(of: /\blabel\('[A-Za-z0-9_.]+'\)/).count
    // One call is the definition, `function label(key)`.
    #expect(calls - 1 == literalCalls, "label(...) called with a key that is not a literal")

    // The markup's keys, from its source (`t("key")` and `text("key", ...)` calls).
    let sources = ["WorkshopPage+Markup.swift", "WorkshopPage.swift", "WorkshopIndexPage.swift"]
    var markup = Set<String>()
    for name in sources {
      let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CareSimWorkshop/\(name)")
      let source = try String(contentsOf: url, encoding: .utf8)
      for match in source.matches(of: /(?:\bt|WorkshopLabels\.text)\("([A-Za-z0-9_.]+)"/) {
        markup.insert(String(match.output.1))
      }
      // Keys built from a payer's name.
      for match in source.matches(of: /"(payer)\.\\\(payer\)(\.short)?"/) {
        for payer in ["wmo", "zvw", "wlz"] {
          markup.insert("\(match.output.1).\(payer)\(match.output.2 ?? "")")
        }
      }
    }
    #expect(markup.subtracting(WorkshopLabels.english.keys).isEmpty)
    let unused = Set(WorkshopLabels.english.keys).subtracting(used).subtracting(markup).sorted()
    #expect(unused.isEmpty, "labels no part of the page uses: \(unused)")
  }
}
