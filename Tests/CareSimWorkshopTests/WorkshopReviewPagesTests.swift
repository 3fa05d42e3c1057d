import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimReports
@testable import CareSimWorkshop

/// Writes fixture workshop pages for people and for `Tests/browser/check-workshop.py` to look
/// at, with a `caresim split`-style folder for the standard fixture's base cell.
///
/// Runs only when `WORKSHOP_PAGES` is set: to `1` for `.build/workshop-pages`, or to a folder.
///
///     WORKSHOP_PAGES=1 swift test --filter Workshop
///     python3 Tests/browser/check-workshop.py --out .build/workshop-check \
///       --split-folder .build/workshop-pages/split .build/workshop-pages/workshop-en.html
///
/// `workshop-reference-ladder-en.html` holds real runs of the reference ladder (19 settings of
/// 40 replications, seed 7); the real `caresim split` checks it:
///
///     swift build --product caresim
///     .build/debug/caresim split Scenarios/reference-ladder.json --steps 10 \
///       --replications 40 --seed 7 --out .build/workshop-pages/reference-ladder-split
///     python3 Tests/browser/check-workshop.py --out .build/workshop-check \
///       --split-folder .build/workshop-pages/reference-ladder-split \
///       .build/workshop-pages/workshop-reference-ladder-en.html
///
/// The split folder's `splits.csv` is written by the code that writes `caresim split`'s
/// (`FundingSplitStressTestReport`'s columns and cells, `FundingSplitAnalysis` over the simplex
/// grid with 10 steps), from the base cell's replications, so the browser check compares the
/// page with CareSim's own arithmetic on the same numbers.
@Suite struct WorkshopReviewPagesTests {
  /// The folder to write to, or nil when `WORKSHOP_PAGES` is not set.
  static var folder: URL? {
    guard let setting = ProcessInfo.processInfo.environment["WORKSHOP_PAGES"], !setting.isEmpty
    else { return nil }
    return setting == "1"
      ? RepositoryFiles.root.appendingPathComponent(".build/workshop-pages")
      : URL(fileURLWithPath: setting)
  }

  static func write(_ text: String, _ name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test(
    .enabled(
      if: WorkshopReviewPagesTests.folder != nil, "writes pages only when WORKSHOP_PAGES is set"))
  func writeReviewPages() throws {
    let folder = try #require(Self.folder)
    func write(_ text: String, _ name: String) throws { try Self.write(text, name, in: folder) }
    let standard = WorkshopFixture.document()
    try write(WorkshopPage.html(data: standard, locale: .en), "workshop-en.html")
    try write(WorkshopPage.html(data: standard, locale: .nl), "workshop-nl.html")
    let factorial = WorkshopFixture.document(
      knobCount: 3, levelCount: 3, design: .factorial, split: (0.5, 0.5, 0),
      title: "Small town: three knobs, every combination", exercises: false)
    try write(WorkshopPage.html(data: factorial, locale: .en), "workshop-factorial-en.html")
    // Edge cases: one knob with one level and one replication of one year; two knobs of two
    // levels, three replications, a split shared by all.
    let single = WorkshopFixture.document(
      knobCount: 1, levelCount: 1, design: .factorial, replications: 1, years: 1,
      title: "One knob, one level, one run", exercises: false)
    try write(WorkshopPage.html(data: single, locale: .en), "workshop-edge-single-en.html")
    let tiny = WorkshopFixture.document(
      knobCount: 2, levelCount: 2, replications: 3, years: 2, split: (0.2, 0.3, 0.5),
      title: "Two knobs, two levels, three runs", exercises: false)
    try write(WorkshopPage.html(data: tiny, locale: .nl), "workshop-edge-tiny-nl.html")
    let large = WorkshopFixture.document(knobCount: 8)
    try write(WorkshopPage.html(data: large, locale: .nl), "workshop-8-knobs-nl.html")
    try write(
      WorkshopIndexPage.html(
        entries: [
          ("Neighbourhood of 1,000 older residents", "workshop-en.html", "Who should pay?"),
          (
            "Small town, every combination", "workshop-factorial-en.html",
            "What if fewer take part?"
          ),
        ], locale: .en), "index-en.html")
    let split = try Self.splitFolder(standard)
    try write(split.csv, "split/splits.csv")
    try write(String(decoding: split.result.encoded(), as: UTF8.self), "split/result.json")
  }

  /// Real runs of the reference ladder (about a minute in a debug build).
  @Test(
    .enabled(
      if: WorkshopReviewPagesTests.folder != nil, "writes pages only when WORKSHOP_PAGES is set"))
  func writeReferenceLadderPage() throws {
    let folder = try #require(Self.folder)
    let real = try WorkshopRealData.document(
      scenario: RepositoryFiles.scenario("reference-ladder.json"),
      file: "Scenarios/reference-ladder.json", knobs: WorkshopRealData.referenceLadderKnobs,
      replications: 40, seed: 7)
    try Self.write(
      WorkshopPage.html(data: real, locale: .en), "workshop-reference-ladder-en.html", in: folder)
  }

  /// `splits.csv` and a `result.json` with the provenance, for the base cell of `document`.
  static func splitFolder(_ document: WorkshopDocument) throws -> (
    csv: String, result: JSONValue
  ) {
    let base = try #require(document.cells.first)
    func savings(_ funder: Funder) throws -> [Double] { try #require(base.savings[funder]) }
    let wmo = try savings(.wmo)
    let zvw = try savings(.zvw)
    let wlz = try savings(.wlz)
    let informal = try savings(.informal)
    let rows = base.cost.indices.map { r in
      WorkshopFixture.Amounts(
        wmo: wmo[r], zvw: zvw[r], wlz: wlz[r], informal: informal[r], cost: base.cost[r],
        qalys: base.qalys[r])
    }
    let analysis = FundingSplitAnalysis(totals: WorkshopFixture.replicationTotals(rows))
    var table = ResultTable(
      columns: FundingSplitStressTestReport.splitColumns
        + FundingSplitStressTestReport.balanceColumns)
    for split in FundingSplitAnalysis.simplexGrid(steps: 10) {
      table.append(FundingSplitStressTestReport.cells(analysis.balances(split: split)))
    }
    let result: JSONValue = .object([
      "analysis": .string("funding-split stress test"),
      "seed": .string(String(document.seed)),
      "replicationsPerSetting": .number(Double(document.replications)),
      "scenario": document.scenario.json,
    ])
    return (table.csv, result)
  }
}
