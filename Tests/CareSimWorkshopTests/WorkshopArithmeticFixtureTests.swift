import CareSimCharts
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimWorkshop

/// The fixtures with which `Tests/browser/check-workshop-arithmetic.py` checks the workshop
/// script's arithmetic against Swift's, and the page number texts they rest on.
///
/// Writing runs only when `WORKSHOP_ARITHMETIC_FIXTURES` is set: to `1` for
/// `.build/workshop-arithmetic`, or to a folder.
///
///     WORKSHOP_ARITHMETIC_FIXTURES=1 swift test --filter WorkshopArithmeticFixtureTests
///     python3 Tests/browser/check-workshop-arithmetic.py .build/workshop-arithmetic
@Suite struct WorkshopArithmeticFixtureTests {
  /// The folder to write to, or nil when `WORKSHOP_ARITHMETIC_FIXTURES` is not set.
  static var folder: URL? {
    guard let setting = ProcessInfo.processInfo.environment["WORKSHOP_ARITHMETIC_FIXTURES"],
      !setting.isEmpty
    else { return nil }
    return setting == "1"
      ? RepositoryFiles.root.appendingPathComponent(".build/workshop-arithmetic")
      : URL(fileURLWithPath: setting)
  }

  /// The replication counts of the pages: one (no band to interpolate, no standard error) and
  /// two, counts whose 5% and 95% positions fall on, just before and just after an order
  /// statistic, and counts whose chances of a loss reach the page's bounds of 0.5% and 99.5%.
  static let replicationCounts = [1, 2, 3, 4, 5, 7, 10, 19, 20, 21, 40, 99, 100, 101, 200, 1000]

  /// Writes a page per replication count and language, and `expected.json`: per page its file,
  /// language, and ``WorkshopArithmeticFixture/expected(locale:)``.
  @Test(.enabled(if: folder != nil, "set WORKSHOP_ARITHMETIC_FIXTURES to write the fixtures"))
  func writeFixtures() throws {
    let folder = try #require(Self.folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var pages: [JSONValue] = []
    for replications in Self.replicationCounts {
      let fixture = WorkshopArithmeticFixture(
        replications: replications, seed: 20_261_206 &+ UInt64(replications))
      let document = fixture.document()
      for locale in ReportLocale.allCases {
        let file = "arithmetic-\(replications)-\(locale.rawValue).html"
        try Data(WorkshopPage.html(data: document, locale: locale).utf8)
          .write(to: folder.appendingPathComponent(file))
        guard case .object(var page) = fixture.expected(locale: locale) else { continue }
        page["file"] = .string(file)
        page["locale"] = .string(locale.rawValue)
        pages.append(.object(page))
      }
    }
    try JSONValue.object(["pages": .array(pages)]).encoded()
      .write(to: folder.appendingPathComponent("expected.json"))
  }

  /// The page's number texts give the examples the script's comments give, in both languages,
  /// and leave out what the page writes otherwise than the formatter.
  @Test func pageNumbersWriteTheScriptsExamples() {
    let en = WorkshopPageNumbers(locale: .en)
    let nl = WorkshopPageNumbers(locale: .nl)
    #expect(en.euros(371_234) == "€371,000")
    #expect(en.euros(5_432.1) == "€5,430")
    #expect(en.euros(5.4321) == "€5")
    #expect(en.euros(-2.5) == "−€3")
    #expect(nl.euros(-1_234.5) == "€\u{A0}−1.230")
    #expect(en.euros(123_456.5, significantDigits: 6) == "€123,457")
    #expect(en.exactEuros(550) == "€550")
    #expect(en.exactEuros(12) == "€12")
    #expect(en.exactEuros(12.3) == "€12.30")
    #expect(nl.exactEuros(0.042) == "€\u{A0}0,04")
    #expect(en.number(0.012345, significantDigits: 3) == "0.0123")
    #expect(en.number(4_520_496.97, significantDigits: 3) == "4,520,497")
    #expect(nl.number(-0.85, significantDigits: 4) == "−0,85")
    #expect(en.percent(0.5, fractionDigits: 2) == "50%")
    #expect(nl.percent(0.123_45, fractionDigits: 2) == "12,35%")
    #expect(en.chance(0.004) == "<1%")
    #expect(en.chance(0.996) == ">99%")
    #expect(en.chance(0.005) == "1%")
    #expect(en.euros(1.5e15) == nil)
    #expect(en.number(1.5e-7, significantDigits: 3) == nil)
    #expect(en.euros(1.5e-7) == "€0")
  }
}
