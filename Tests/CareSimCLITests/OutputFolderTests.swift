import CareSimOutput
import CareSimTestSupport
import Foundation
import JSON5
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The output folder rules, run through the binary as a user would: CareSim deletes nothing it did
/// not write, refuses before any work, and leaves an earlier result intact or fully replaced.
@Suite struct OutputFolderTests {
  static let ladder = CaresimBinary.scenario("reference-ladder.json").path
  static let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path
  static let resultFiles = [
    "caresim-result.json", "outcomes.csv", "place-of-death.csv", "report.html", "summary.json",
    "trajectories.csv",
  ]

  /// Every name under `folder`, hidden ones included, as sorted relative paths.
  static func tree(_ folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
  }

  /// The bytes of every file under `folder`, by relative path.
  static func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in tree(folder) {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[name] = try Data(contentsOf: url)
      }
    }
    return files
  }

  /// A quick run of the reference ladder into `out`, from `directory`.
  static func run(
    _ out: String, in directory: URL, seed: Int = 1, replications: Int = 3
  ) throws -> CaresimBinary.Result {
    try CaresimBinary.run(
      [
        "run", ladder, "--replications", String(replications), "--seed", String(seed),
        "--threads", "2", "--out", out,
      ], in: directory)
  }

  /// Refused with exit code 2 and one error line that names what is in the way; nothing written.
  static func expectRefused(
    _ result: CaresimBinary.Result, naming words: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.exitCode == 2, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
    for word in words {
      #expect(result.stderr.contains(word), "\(result)", sourceLocation: sourceLocation)
    }
    #expect(!result.stdout.contains("Wrote"), "\(result)", sourceLocation: sourceLocation)
  }

  @Test func aFolderWithFilesCareSimDidNotWriteIsRefusedAndUntouched() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("mine")
      try FileManager.default.createDirectory(
        at: out.appendingPathComponent("data"), withIntermediateDirectories: true)
      try Data("notes\n".utf8).write(to: out.appendingPathComponent("mine.txt"))
      let before = try Self.snapshot(folder)
      Self.expectRefused(try Self.run(out.path, in: folder), naming: ["mine.txt", "data/"])
      #expect(try Self.snapshot(folder) == before)
      #expect(Self.tree(folder) == ["mine", "mine/data", "mine/mine.txt"])
    }
  }

  @Test(arguments: [".", "./", ""])
  func theCurrentFolderWithFilesOfItsOwnIsRefused(out: String) throws {
    try withTemporaryDirectory { folder in
      try Data("notes\n".utf8).write(to: folder.appendingPathComponent("mine.txt"))
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
      let result = try Self.run(out, in: folder)
      Self.expectRefused(result, naming: out.isEmpty ? ["empty path"] : ["mine.txt", "sub/"])
      #expect(Self.tree(folder) == ["mine.txt", "sub"])
    }
  }

  @Test func theEmptyCurrentFolderTakesAResultAndARerunReplacesIt() throws {
    try withTemporaryDirectory { folder in
      let first = try Self.run(".", in: folder, seed: 1)
      #expect(first.exitCode == 0, "\(first)")
      #expect(Self.tree(folder) == Self.resultFiles)
      let earlier = try Self.snapshot(folder)
      let second = try Self.run(".", in: folder, seed: 2)
      #expect(second.exitCode == 0, "\(second)")
      #expect(Self.tree(folder) == Self.resultFiles)
      #expect(try Self.snapshot(folder)["summary.json"] != earlier["summary.json"])
    }
  }

  @Test func aReadOnlyFolderIsRefusedAndUntouched() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("locked")
      #expect(try Self.run(out.path, in: folder).exitCode == 0)
      let before = try Self.snapshot(out)
      chmod(out.path, 0o555)
      Self.expectRefused(try Self.run(out.path, in: folder, seed: 2), naming: ["read-only"])
      #expect(try Self.snapshot(out) == before)
      #expect(Self.tree(folder).filter { !$0.hasPrefix("locked/") } == ["locked"])
    }
  }

  @Test func anEarlierResultIsReplacedAndNothingElseTouched() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      try Data("beside\n".utf8).write(to: folder.appendingPathComponent("beside.txt"))
      #expect(try Self.run(out.path, in: folder, seed: 1).exitCode == 0)
      let earlier = try Self.snapshot(out)
      let rerun = try Self.run(out.path, in: folder, seed: 2)
      #expect(rerun.exitCode == 0, "\(rerun)")
      #expect(
        Self.tree(folder) == ["beside.txt", "result"] + Self.resultFiles.map { "result/" + $0 })
      #expect(
        try Data(contentsOf: folder.appendingPathComponent("beside.txt")) == Data("beside\n".utf8))
      let replaced = try Self.snapshot(out)
      #expect(replaced["summary.json"] != earlier["summary.json"])
      let marker = try ResultFolder.marker(in: out.path)
      #expect(
        marker.files == [
          "outcomes.csv", "place-of-death.csv", "report.html", "summary.json", "trajectories.csv",
        ])
      #expect(marker.command.contains("--seed") && marker.command.contains("2"))
    }
  }

  @Test func anEarlierResultWithAForeignFileAddedIsRefusedAndIntact() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      #expect(try Self.run(out.path, in: folder).exitCode == 0)
      try Data("my notes\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
      let before = try Self.snapshot(out)
      Self.expectRefused(try Self.run(out.path, in: folder, seed: 2), naming: ["notes.txt"])
      #expect(try Self.snapshot(out) == before)
    }
  }

  @Test func aFolderWithoutMarkerIsNotTakenForAResult() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      #expect(try Self.run(out.path, in: folder).exitCode == 0)
      try FileManager.default.removeItem(at: out.appendingPathComponent("caresim-result.json"))
      let before = try Self.snapshot(out)
      Self.expectRefused(try Self.run(out.path, in: folder, seed: 2), naming: ["summary.json"])
      #expect(try Self.snapshot(out) == before)
    }
  }

  /// Every command checks its output folder before its first replication: each is given a
  /// million replications, which it would take hours over if the check came after the work.
  @Test(arguments: [
    ["run", neighbourhood, "--replications", "1000000"],
    ["sweep", neighbourhood, "--replications", "1000000"],
    [
      "grid", neighbourhood, "--x", "mechanisms.substitution.share=0:0.3", "--y",
      "mechanisms.prevention.relativeRisk=0.7:1", "--replications", "1000000",
    ],
    ["psa", neighbourhood, "--inner", "1000000"],
    ["split", neighbourhood, "--replications", "1000000"],
    [
      "breakeven", neighbourhood, "--param", "mechanisms.prevention.relativeRisk",
      "--replications", "1000000",
    ],
    ["validate-study", "dordrecht-wij", "--replications", "1000000"],
  ])
  func everyCommandRefusesAFileAsItsOutputBeforeAnyWork(arguments: [String]) throws {
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("taken")
      try Data("a file\n".utf8).write(to: file)
      let result = try CaresimBinary.run(arguments + ["--out", file.path], timeout: 60)
      Self.expectRefused(result, naming: [file.path, "not a folder"])
      #expect(try Data(contentsOf: file) == Data("a file\n".utf8))
      #expect(Self.tree(folder) == ["taken"])
    }
  }

  @Test func foldersMadeForAnOutputThatIsNeverWrittenGoAgain() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("a/b/c")
      // A bad value read after the folder is prepared: the run stops before any work.
      let result = try CaresimBinary.run(
        ["psa", Self.ladder, "--samples", "2", "--inner", "2", "--out", out.path], in: folder)
      #expect(result.exitCode == 2, "\(result)")  // the ladder has no distributions
      #expect(Self.tree(folder).isEmpty, "\(Self.tree(folder))")
    }
  }

  /// Kills runs at random moments, Ctrl-C and SIGTERM in turn, while they compute and while they
  /// write: no hidden folder may remain, and the earlier result is intact or fully replaced.
  @Test func interruptionsLeaveTheEarlierResultIntactOrFullyReplaced() throws {
    let binary = try #require(CaresimBinary.url)
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      #expect(try Self.run(out.path, in: folder, seed: 0, replications: 3).exitCode == 0)
      // How long a run takes here, so that kills are spread over its whole life.
      let start = Date()
      #expect(try Self.run(out.path, in: folder, seed: 0, replications: 3).exitCode == 0)
      let duration = Date().timeIntervalSince(start)
      var generator = SystemRandomNumberGenerator()
      var outcomes: [Int32: Int] = [:]
      var earlier = try Self.snapshot(out)
      for attempt in 1...12 {
        let process = Process()
        process.executableURL = binary
        process.arguments = [
          "run", Self.ladder, "--replications", "3", "--seed", String(attempt), "--threads", "2",
          "--out", out.path,
        ]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(Double.random(in: 0.2...2, using: &generator) * duration * 1_000_000))
        kill(process.processIdentifier, attempt % 2 == 0 ? SIGINT : SIGTERM)
        process.waitUntilExit()
        outcomes[process.terminationStatus, default: 0] += 1
        #expect(
          [0, 130, 143].contains(process.terminationStatus),
          "attempt \(attempt) ended with \(process.terminationStatus)")
        #expect(Self.tree(folder).filter { !$0.hasPrefix("result/") } == ["result"])
        #expect(Self.tree(out) == Self.resultFiles, "attempt \(attempt): \(Self.tree(out))")
        let now = try Self.snapshot(out)
        if now != earlier {
          // Fully replaced: the marker names this attempt's command, and the summary is whole.
          let marker = try ResultFolder.marker(in: out.path)
          #expect(marker.command.contains(String(attempt)), "attempt \(attempt)")
          #expect(try JSONValue.parse(#require(now["summary.json"])).objectValue != nil)
          earlier = now
        }
      }
      // Some runs were stopped, and some ran to the end; both kinds must have been seen.
      #expect(outcomes[0, default: 0] > 0 && outcomes.count > 1, "\(outcomes)")
    }
  }
}

/// `report.html` beside the data files, `--no-report`, and `caresim report DIR`.
@Suite struct ReportCommandTests {
  @Test func aRunWritesItsReportAndTheReportCommandRebuildsTheSamePage() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      #expect(try OutputFolderTests.run(out.path, in: folder).exitCode == 0)
      let page = try Data(contentsOf: out.appendingPathComponent("report.html"))
      let html = String(decoding: page, as: UTF8.self)
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      // Self-contained: no script, and nothing fetched.
      #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=\"http"))
      let data = try OutputFolderTests.snapshot(out).filter { $0.key != "report.html" }
      let rebuilt = try CaresimBinary.run(["report", out.path])
      #expect(rebuilt.exitCode == 0, "\(rebuilt)")
      #expect(try Data(contentsOf: out.appendingPathComponent("report.html")) == page)
      #expect(try OutputFolderTests.snapshot(out).filter { $0.key != "report.html" } == data)
      // The Dutch report goes beside the English one, which stays as it was.
      let dutch = try CaresimBinary.run(["report", out.path, "--locale", "NL"])
      #expect(dutch.exitCode == 0, "\(dutch)")
      #expect(dutch.stdout.contains("report.nl.html"), "\(dutch)")
      let dutchPage = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      #expect(dutchPage.contains("<html lang=\"nl\">") && dutchPage.contains("In het kort"))
      #expect(try Data(contentsOf: out.appendingPathComponent("report.html")) == page)
      // Rebuilding the English report keeps the Dutch one.
      #expect(try CaresimBinary.run(["report", out.path]).exitCode == 0)
      #expect(
        try String(contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
          == dutchPage)
      #expect(try Data(contentsOf: out.appendingPathComponent("report.html")) == page)
    }
  }

  /// A command run with `--locale nl` writes `report.nl.html`, and no `report.html`.
  @Test func aDutchRunWritesItsReportUnderTheDutchName() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      let result = try CaresimBinary.run([
        "run", OutputFolderTests.ladder, "--replications", "2", "--locale", "nl", "--out",
        out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      let tree = OutputFolderTests.tree(out)
      #expect(tree.contains("report.nl.html") && !tree.contains("report.html"), "\(tree)")
      // A deleted report is drawn again from the data files, in either language.
      try FileManager.default.removeItem(at: out.appendingPathComponent("report.nl.html"))
      let english = try CaresimBinary.run(["report", out.path])
      #expect(english.exitCode == 0, "\(english)")
      let dutch = try CaresimBinary.run(["report", out.path, "--locale", "nl"])
      #expect(dutch.exitCode == 0, "\(dutch)")
      #expect(
        OutputFolderTests.tree(out).filter { $0.hasPrefix("report") }
          == ["report.html", "report.nl.html"])
    }
  }

  @Test func noReportWritesOnlyTheDataFiles() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      let result = try CaresimBinary.run([
        "run", OutputFolderTests.ladder, "--replications", "2", "--no-report", "--out", out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      #expect(
        OutputFolderTests.tree(out)
          == [
            "caresim-result.json", "outcomes.csv", "place-of-death.csv", "summary.json",
            "trajectories.csv",
          ])
    }
  }

  /// A path with nothing there, or a file, is told as such, not as a folder without a result.
  @Test func theReportCommandNamesAMissingFolderAndAFile() throws {
    try withTemporaryDirectory { folder in
      let missing = folder.appendingPathComponent("result").path
      let result = try CaresimBinary.run(["report", missing])
      #expect(result.exitCode == 2, "\(result)")
      #expect(
        result.stderr.contains("\(missing): no such folder; give a folder that a CareSim"),
        "\(result)")
      let file = folder.appendingPathComponent("notes.txt")
      try Data("x\n".utf8).write(to: file)
      let ofFile = try CaresimBinary.run(["report", file.path])
      #expect(ofFile.exitCode == 2, "\(ofFile)")
      #expect(ofFile.stderr.contains("\(file.path): it is a file, not a folder"), "\(ofFile)")
      #expect(OutputFolderTests.tree(folder) == ["notes.txt"])
    }
  }

  @Test func theReportCommandRefusesAFolderWithoutAResult() throws {
    try withTemporaryDirectory { folder in
      try Data("x\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
      let result = try CaresimBinary.run(["report", folder.path])
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderr.contains("holds no CareSim result"), "\(result)")
      #expect(OutputFolderTests.tree(folder) == ["notes.txt"])
    }
  }
}

/// Every command that produces results writes a report, and `caresim report` rebuilds it to the
/// byte from the folder alone.
@Suite struct EveryCommandReportTests {
  static let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path

  static let commands: [[String]] = [
    [
      "sweep", neighbourhood, "--param", "mechanisms.prevention.relativeRisk=0.7:1",
      "--replications", "2",
    ],
    [
      "grid", neighbourhood, "--x", "mechanisms.substitution.share=0:0.3:2", "--y",
      "mechanisms.prevention.relativeRisk=0.7:1:2", "--replications", "2",
    ],
    ["psa", neighbourhood, "--samples", "4", "--inner", "2"],
    ["split", neighbourhood, "--steps", "4", "--replications", "2"],
    [
      "breakeven", neighbourhood, "--param", "intervention.fixedCostPerYear", "--replications", "2",
    ],
    [
      "calibrate", neighbourhood, "--targets",
      CaresimBinary.scenario("calibration/netherlands.json").path, "--param",
      "transitions.independent.dead", "--replications", "2", "--max-evaluations", "3",
      "--check-replications", "2", "--posterior-draws", "10",
    ],
    ["validate-study", "dordrecht-wij", "--replications", "2"],
  ]

  @Test(arguments: commands)
  func theCommandWritesAReportThatTheReportCommandRebuilds(arguments: [String]) throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("result")
      let result = try CaresimBinary.run(arguments + ["--out", out.path])
      // validate-study exits 1 when a derived figure is not reproduced at 3 replications.
      #expect([0, 1].contains(result.exitCode), "\(result)")
      let report = out.appendingPathComponent("report.html")
      let page = try Data(contentsOf: report)
      #expect(String(decoding: page, as: UTF8.self).contains("<svg"), "no chart")
      let rebuilt = try CaresimBinary.run(["report", out.path])
      #expect(rebuilt.exitCode == 0, "\(rebuilt)")
      #expect(try Data(contentsOf: report) == page)
    }
  }
}
