import CareSimTestSupport
import Foundation
import Testing

/// `caresim run` and `caresim merge` past the budget of monthly values kept in memory: they keep
/// them in a temporary file, write the same files byte for byte, and leave nothing behind,
/// also when interrupted or when the file cannot be made.
///
/// `CARESIM_MONTHLY_VALUES_BUDGET_FOR_TESTS` lowers the budget to a byte, so a small run takes
/// the file's path; `TMPDIR` puts the file in the test's own folder, which must stay empty.
@Suite struct MonthlyValueFileCommandTests {
  static func spilling(into folder: URL) -> [String: String] {
    ["CARESIM_MONTHLY_VALUES_BUDGET_FOR_TESTS": "1", "TMPDIR": folder.path]
  }

  static func temporaryFolder(in folder: URL) throws -> URL {
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    return temporary
  }

  static func expectSameDataFiles(_ left: URL, _ right: URL, _ what: String) throws {
    for file in ShardCommandTests.dataFiles {
      let same =
        try Data(contentsOf: left.appendingPathComponent(file))
        == Data(contentsOf: right.appendingPathComponent(file))
      #expect(same, "\(what): \(file) differs from the in-memory run's")
    }
  }

  @Test func aRunAndAMergeKeepingTheirValuesInAFileWriteTheSameFiles() throws {
    try withTemporaryDirectory { folder in
      let scenario = try ShardCommandTests.smallScenario(in: folder)
      let temporary = try Self.temporaryFolder(in: folder)
      let arguments = [
        "run", scenario, "--replications", ShardCommandTests.replications, "--quiet",
      ]
      let whole = folder.appendingPathComponent("whole")
      let run = try CaresimBinary.run(arguments + ["--out", whole.path])
      #expect(run.exitCode == 0, "\(run)")
      let spilled = folder.appendingPathComponent("spilled")
      let spilledRun = try CaresimBinary.run(
        arguments + ["--out", spilled.path], environment: Self.spilling(into: temporary))
      #expect(spilledRun.exitCode == 0, "\(spilledRun)")
      try Self.expectSameDataFiles(spilled, whole, "a run")
      let shards = try (0..<2).map {
        try ShardCommandTests.runShard($0, of: 2, scenario: scenario, in: folder)
      }
      let merged = folder.appendingPathComponent("merged")
      let merge = try CaresimBinary.run(
        ["merge"] + shards.reversed() + ["--quiet", "--out", merged.path],
        environment: Self.spilling(into: temporary))
      #expect(merge.exitCode == 0, "\(merge)")
      try Self.expectSameDataFiles(merged, whole, "a merge")
      #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
  }

  /// Ctrl-C while the values go to the file: the run stops, and the file is gone with it.
  @Test func anInterruptedRunLeavesNoFileBehind() throws {
    let binary = try #require(CaresimBinary.url)
    try withTemporaryDirectory { folder in
      let temporary = try Self.temporaryFolder(in: folder)
      let process = Process()
      process.executableURL = binary
      process.arguments = [
        "run", CaresimBinary.scenario("neighbourhood.json").path, "--replications", "3000",
        "--threads", "1", "--quiet", "--out", folder.appendingPathComponent("out").path,
      ]
      process.environment = ProcessInfo.processInfo.environment.merging(
        Self.spilling(into: temporary)
      ) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(1_500_000)
      kill(process.processIdentifier, SIGINT)
      process.waitUntilExit()
      #expect(process.terminationStatus == 130)
      #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tmp"])
    }
  }

  /// A temporary folder that cannot hold the file: exit code 1 and one line naming it.
  @Test func aTemporaryFolderThatCannotHoldTheFileIsReported() throws {
    try withTemporaryDirectory { folder in
      let scenario = try ShardCommandTests.smallScenario(in: folder)
      let missing = folder.appendingPathComponent("missing")
      let run = try CaresimBinary.run(
        [
          "run", scenario, "--replications", "3", "--quiet", "--out",
          folder.appendingPathComponent("out").path,
        ], environment: Self.spilling(into: missing))
      #expect(run.exitCode == 1, "\(run)")
      #expect(run.stderr.contains("temporary file in '\(missing.path)'"), "\(run)")
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
  }
}
