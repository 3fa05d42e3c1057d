import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// `caresim` on a scenario that extends another, run as a separate process: every command reads
/// the merged file, records the chain in its provenance, and names the file that set a bad value.
@Suite struct ExtendsEndToEndTests {
  /// The fixtures, relative to the repository root, where the binary runs: errors and provenance
  /// name the files as given.
  static let base = "Tests/CareSimScenarioTests/Fixtures/extends/base.json"
  static let variant = "Tests/CareSimScenarioTests/Fixtures/extends/variants/prevention.json"

  static func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(path))
  }

  @Test func validateReadsTheMergedFile() throws {
    let result = try CaresimBinary.run(["validate", Self.variant])
    #expect(result.exitCode == 0, "\(result)")
    #expect(
      result.stdout
        == "\(Self.variant): valid. Extends fixture: stronger prevention: 4 need levels, "
        + "80 residents, 12 months, 2 sourced figures, 2 ranges.\n",
      "\(result)")
  }

  /// The run's summary names the file, the hash of the whole chain and each base with its hash,
  /// and its report shows the base.
  @Test func runRecordsTheChainInItsProvenance() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "run", Self.variant, "--replications", "2", "--threads", "2", "--out", out.path,
      ])
      try #require(result.exitCode == 0, "\(result)")
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("summary.json")))
      let baseHash = StableHash.hexDigest(try Self.bytes(Self.base))
      let chainHash = StableHash.hexDigest(
        Data("\(StableHash.hexDigest(try Self.bytes(Self.variant)))\n\(baseHash)".utf8))
      #expect(summary.value(at: "scenario.file")?.stringValue == Self.variant)
      #expect(summary.value(at: "scenario.hash")?.stringValue == chainHash)
      #expect(
        summary.value(at: "scenario.extends")
          == .array([.object(["file": .string(Self.base), "hash": .string(baseHash)])]))
      #expect(summary.value(at: "residents")?.numberValue == 80)
      let page = try String(
        contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      // The path may break after its marks (<wbr>).
      #expect(
        page.replacingOccurrences(of: "<wbr>", with: "")
          .contains("<dt>Extends</dt><dd>\(Self.base) (\(baseHash))</dd>"))
    }
  }

  /// A sweep over the ranges reads the override's range, not the base's ([0.7, 1]).
  @Test func sweepVariesTheOverride() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "sweep", Self.variant, "--replications", "2", "--threads", "2", "--out", out.path,
        "--no-report",
      ])
      try #require(result.exitCode == 0, "\(result)")
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("result.json")))
      let row = try #require(
        summary.value(at: "tornado")?.arrayValue?.first {
          $0.value(at: "parameter")?.stringValue == "mechanisms.prevention.relativeRisk"
        })
      #expect(row.value(at: "low")?.numberValue == 0.5)
      #expect(row.value(at: "high")?.numberValue == 0.9)
      #expect(summary.value(at: "scenario.extends.0.file")?.stringValue == Self.base)
    }
  }

  /// A bad value is named in the file that set it: the base for an inherited one, the
  /// extending file for an override; nothing runs.
  @Test func aBadValueIsNamedInTheFileThatSetIt() throws {
    let baseText = try String(decoding: Self.bytes(Self.base), as: UTF8.self)
    let line =
      try #require(
        baseText.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.contains("name: \"frail\"") }) + 1
    try withTemporaryDirectory { folder in
      let broken = baseText.replacingOccurrences(of: "utility: 0.6,", with: "utility: 1.6,")
      try Data(broken.utf8).write(to: folder.appendingPathComponent("base.json"))
      let variant = folder.appendingPathComponent("variant.json")
      try Data("{\n  extends: 'base.json',\n  simulation: { months: 0 },\n}\n".utf8)
        .write(to: variant)
      let out = folder.appendingPathComponent("out")
      for arguments in [["validate", variant.path], ["run", variant.path, "--out", out.path]] {
        let result = try CaresimBinary.run(arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(
          result.stderrLines.sorted() == [
            "error: \(folder.path)/base.json:\(line): needLevels.1.utility: 1.6 is out of range; "
              + "allowed [0, 1]",
            "error: \(variant.path):3: simulation.months: 0 is out of range; allowed [1, 600]",
          ], "\(result)")
      }
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  /// Calibration edits one file's text, so a file that extends another is refused before any
  /// work, with the base that sets the fitted value.
  @Test func calibrateRefusesAFileThatExtendsAnother() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "calibrate", Self.variant, "--targets", "Scenarios/calibration/netherlands.json",
        "--param", "transitions.independent.dead=0.001:0.005", "--out", out.path,
      ])
      #expect(result.exitCode == 2, "\(result)")
      let line =
        try #require(
          String(decoding: try Self.bytes(Self.base), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("independent: { frail") }) + 1
      #expect(
        result.stderr.hasPrefix(
          "error: \(Self.base):\(line): transitions.independent.dead: is set here, in a file that "
            + "\(Self.variant) extends"), "\(result)")
      #expect(result.stderr.contains("calibrate \(Self.base),"), "\(result)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }
}
