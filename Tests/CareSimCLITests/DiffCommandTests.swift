import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// `caresim diff` on pairs of runs that differ in one field, in the seed only, and in nothing;
/// and `caresim runs` listing them.
@Suite struct DiffCommandTests {
  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    AnalysisCommandTests.run(arguments)
  }

  /// A small run of `scenario` into `folder/name`.
  static func result(_ scenario: String, seed: String = "1", in folder: URL, _ name: String)
    -> String
  {
    let out = folder.appendingPathComponent(name).path
    let run = Self.run([
      "run", scenario, "--replications", "4", "--seed", seed, "--out", out, "--quiet",
    ])
    #expect(run.code == 0, "\(run.error)")
    return out
  }

  /// The names in the table of inputs that differ.
  static func inputs(_ text: String) -> [String] {
    guard let start = text.range(of: "Inputs that differ"),
      let end = text.range(of: "\nFigures (")
    else { return [] }
    return text[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst(3).map {
      String($0.split(separator: " ").first ?? "")
    }
  }

  @Test func oneFieldNamesTheFieldAndMarksTheFiguresItMoved() throws {
    try withTemporaryDirectory { folder in
      let base = AnalysisCommandTests.ladder
      let changed = try AnalysisCommandTests.ladder(
        setting: [("intervention.fixedCostPerYear", 5_000_000)], in: folder)
      let a = Self.result(base, in: folder, "a")
      let b = Self.result(changed, in: folder, "b")
      let diff = Self.run(["diff", a, b])
      #expect(diff.code == 0, "\(diff.error)")
      let names = Self.inputs(diff.out)
      #expect(names.contains("field"), "\(diff.out)")
      #expect(diff.out.contains("field intervention.fixedCostPerYear"), "\(diff.out)")
      #expect(names.contains("scenario.hash"))
      #expect(!names.contains("seed"))
      // Five million a year more is far beyond the Monte-Carlo error of society's net benefit.
      let society = try #require(
        diff.out.split(separator: "\n").first { $0.hasPrefix("netBenefitAfterSplit.society.mean") })
      #expect(society.hasSuffix("yes"), "\(society)")
    }
  }

  @Test func seedOnlyNamesTheSeed() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, seed: "1", in: folder, "a")
      let b = Self.result(AnalysisCommandTests.ladder, seed: "2", in: folder, "b")
      let diff = Self.run(["diff", a, b, "--markdown"])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(diff.out.contains("| seed | 1 | 2 |"), "\(diff.out)")
      #expect(!diff.out.contains("| field "), "\(diff.out)")
      #expect(!diff.out.contains("| scenario.hash"), "\(diff.out)")
    }
  }

  @Test func nothingChangedMovesNothing() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, in: folder, "a")
      let b = Self.result(AnalysisCommandTests.ladder, in: folder, "b")
      let diff = Self.run(["diff", a, b])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(diff.out.contains("The inputs are the same."), "\(diff.out)")
      #expect(diff.out.contains("; 0 beyond their Monte-Carlo error"), "\(diff.out)")
      let runs = Self.run(["runs", folder.path])
      #expect(runs.code == 0, "\(runs.error)")
      #expect(runs.out.contains("/a ") && runs.out.contains("/b "), "\(runs.out)")
      #expect(runs.out.contains("net benefit society"))
    }
  }

  @Test func cannotCompareDifferentCommandsOrAFolderThatIsNoResult() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, in: folder, "a")
      let sweep = folder.appendingPathComponent("sweep").path
      let run = Self.run([
        "sweep", AnalysisCommandTests.ladder, "--param",
        "mechanisms.prevention.relativeRisk=0.8:0.9",
        "--replications", "2", "--out", sweep, "--quiet",
      ])
      #expect(run.code == 0, "\(run.error)")
      let commands = Self.run(["diff", a, sweep])
      #expect(commands.code == 2)
      #expect(commands.error.contains("cannot compare a 'run' result"), "\(commands.error)")
      let nothing = Self.run(["diff", a, folder.appendingPathComponent("none").path])
      #expect(nothing.code == 2)
    }
  }
}
