import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// `caresim` run as a separate process: stdout, stderr, exit code and the files it leaves.
///
/// Runs stay small (the reference ladder, 20 replications or fewer) so the suite stays quick in
/// a debug build.
@Suite struct EndToEndTests {
  static let outputFiles = [
    "outcomes.csv", "place-of-death.csv", "summary.json", "trajectories.csv",
  ]
  static let ladder = CaresimBinary.scenario("reference-ladder.json").path

  /// A command line that must be refused before any work is done.
  struct BadCommandLine: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    /// Text the single stderr line must contain.
    var expected: String

    var testDescription: String { "caresim " + arguments.joined(separator: " ") }
  }

  /// The names in `folder`, hidden ones included, sorted.
  static func contents(of folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  // MARK: Command line

  @Test func noArgumentsPrintsUsageAndFails() throws {
    let result = try CaresimBinary.run([])
    #expect(result.exitCode == 2, "\(result)")
    #expect((result.stdout + result.stderr).contains("Usage: caresim COMMAND"), "\(result)")
    #expect(result.stdout.contains("run SCENARIO"), "\(result)")
    #expect(result.stdout.contains("validate SCENARIO"), "\(result)")
  }

  static let badCommandLines = [
    BadCommandLine(arguments: ["frobnicate"], expected: "error: unknown command 'frobnicate'"),
    BadCommandLine(
      arguments: ["run", ladder, "--bogus"],
      expected: "error: unknown option '--bogus': 'caresim run' has no such option"),
    BadCommandLine(
      arguments: ["run", ladder, "--replication", "5"],
      expected: "did you mean '--replications'?"),
    BadCommandLine(arguments: ["run"], expected: "error: missing argument SCENARIO"),
    BadCommandLine(
      arguments: ["run", ladder, "--threads", "0"],
      expected: "error: --threads: '0' is not an integer in 1...1024"),
    BadCommandLine(
      arguments: ["validate", ladder, "extra"], expected: "error: unexpected argument 'extra'"),
    BadCommandLine(
      arguments: ["psa", ladder, "--replications", "5"],
      expected: "'caresim psa' has no such option; did you mean '--inner'?"),
    BadCommandLine(arguments: ["runn", ladder], expected: "did you mean 'run'?"),
    BadCommandLine(arguments: ["--verison"], expected: "did you mean '--version'?"),
    // Slips of options, of commands as help topics, and of a choice's word each suggest.
    BadCommandLine(
      arguments: ["run", ladder, "--replicatoins", "5"], expected: "did you mean '--replications'?"
    ),
    BadCommandLine(arguments: ["help", "runn"], expected: "did you mean 'run'?"),
    BadCommandLine(arguments: ["help", "sweeep"], expected: "did you mean 'sweep'?"),
    BadCommandLine(arguments: ["RUN", ladder], expected: "did you mean 'run'?"),
    BadCommandLine(arguments: ["-v"], expected: "did you mean '--version'?"),
    BadCommandLine(arguments: ["version"], expected: "did you mean '--version'?"),
    BadCommandLine(
      arguments: ["run", ladder, "--verison"],
      expected: "error: unknown option '--verison': 'caresim run' has no such option; did you "
        + "mean 'caresim --version'?"),
    BadCommandLine(
      arguments: ["run", ladder, "--locale", "nll"],
      expected: "error: --locale: 'nll' is not one of en, nl; did you mean 'nl'?"),
    BadCommandLine(
      arguments: ["breakeven", ladder, "--param", "valuePerQALY", "--for", "wmoo"],
      expected: "is not one of wmo, zvw, wlz, informal, society; did you mean 'wmo'?"),
    BadCommandLine(
      arguments: ["run", ladder, "--replications", "5", "--replications", "6"],
      expected: "error: --replications is given twice ('5' and '6'); give it once"),
    BadCommandLine(
      arguments: ["split", ladder, "--for", "wmo"],
      expected: "error: unknown option '--for': 'caresim split' has no such option; see "
        + "'caresim split --help'"),
    BadCommandLine(
      arguments: ["breakeven", ladder, "--param", "valuePerQALY", "--for", "municipality"],
      expected: "--for: 'municipality' is not one of wmo, zvw, wlz, informal, society"),
    BadCommandLine(
      arguments: ["breakeven", ladder], expected: "error: --param is required; usage:"),
    BadCommandLine(
      arguments: ["sweep", ladder, "--param", "valuePerQALY=nan:1"],
      expected: "with finite LOW < HIGH"),
    BadCommandLine(
      arguments: ["run", ladder, "--replications", "10000000"],
      expected: "--replications: '10000000' is not an integer in 1...1000000"),
  ]

  /// One clear line on stderr, exit code 2, nothing on stdout and nothing written.
  @Test(arguments: badCommandLines)
  func badCommandLineGivesOneLine(_ bad: BadCommandLine) throws {
    try withTemporaryDirectory { folder in
      // Run in an empty folder: a run that wrongly went ahead would write `out/` there.
      let result = try CaresimBinary.run(bad.arguments, in: folder)
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains(bad.expected), "\(result)")
      #expect(result.stdout.isEmpty, "\(result)")
      #expect(try Self.contents(of: folder).isEmpty)
    }
  }

  /// `help help` asks for the overview, as `help` does, instead of an unknown command.
  @Test func helpHelpPrintsTheOverview() throws {
    let result = try CaresimBinary.run(["help", "help"])
    #expect(result.exitCode == 0, "\(result)")
    #expect(result.stdout.contains("Usage: caresim COMMAND"), "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
  }

  @Test func anUnknownStudyListsTheStudies() throws {
    let result = try CaresimBinary.run(["validate-study", "dordrecht"])
    #expect(result.exitCode == 2, "\(result)")
    #expect(
      result.stderr
        == "error: no study 'dordrecht'; the studies are breda-wij, dordrecht-wij, gemert-bakel, "
        + "groningen-wij-teams, samenoud (see --list), or give a validation file's path\n")
  }

  /// A run that would take hours, or more memory than the machine has, is refused before it
  /// starts, with the estimate and how to make it smaller; `--force` lifts the time limit only.
  @Test func aRunTooLargeIsRefusedWithItsEstimate() throws {
    let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path
    try withTemporaryDirectory { folder in
      let long = try CaresimBinary.run(
        ["run", neighbourhood, "--replications", "1000000", "--out", folder.path + "/a"],
        timeout: 60)
      #expect(long.exitCode == 2, "\(long)")
      #expect(long.stderr.contains("this run would take about"), "\(long)")
      #expect(long.stderr.contains("--replications (now 1000000)"), "\(long)")
      #expect(long.stderr.contains("--force"), "\(long)")
      let large = try CaresimBinary.run(
        [
          "sweep", neighbourhood, "--replications", "1000000", "--force", "--out",
          folder.path + "/b",
        ], timeout: 60)
      #expect(large.exitCode == 2, "\(large)")
      #expect(large.stderr.contains("GB of memory"), "\(large)")
      #expect(try Self.contents(of: folder).isEmpty)
    }
  }

  @Test func validateStudyListsTheStudies() throws {
    let result = try CaresimBinary.run(["validate-study", "--list"])
    #expect(result.exitCode == 0, "\(result)")
    #expect(
      result.stdoutLines == [
        "breda-wij", "dordrecht-wij", "gemert-bakel", "groningen-wij-teams", "samenoud",
      ])
  }

  @Test func quietPrintsNothingButWritesItsFiles() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "run", Self.ladder, "--replications", "2", "--quiet", "--out", out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
      #expect(try Self.contents(of: out).contains("summary.json"))
    }
  }

  @Test func unknownCommandListsTheCommands() throws {
    let result = try CaresimBinary.run(["frobnicate"])
    let line = try #require(result.stderrLines.first)
    #expect(line.contains("available commands:"), "\(result)")
    #expect(line.contains("run") && line.contains("validate"), "\(result)")
  }

  // MARK: Runs

  /// The determinism requirement: the thread count must not change a single byte.
  @Test func sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws {
    try withTemporaryDirectory { folder in
      var outputs: [String: [String: Data]] = [:]
      for threads in [1, 4] {
        let out = folder.appendingPathComponent("T\(threads)")
        let result = try CaresimBinary.run([
          "run", "Scenarios/reference-ladder.json", "--replications", "20",
          "--threads", String(threads), "--out", out.path,
        ])
        try #require(result.exitCode == 0, "\(result)")
        #expect(
          try Self.contents(of: out)
            == (Self.outputFiles + ["caresim-result.json", "report.html"]).sorted())
        for name in Self.outputFiles {
          outputs["T\(threads)", default: [:]][name] = try Data(
            contentsOf: out.appendingPathComponent(name))
        }
      }
      // Atomic writes leave no staging folders behind.
      #expect(try Self.contents(of: folder) == ["T1", "T4"])
      for name in Self.outputFiles {
        let one = try #require(outputs["T1"]?[name])
        let four = try #require(outputs["T4"]?[name])
        #expect(!one.isEmpty, "\(name) is empty")
        #expect(one == four, "\(name) differs between --threads 1 and --threads 4")
      }
    }
  }

  @Test func differentSeedGivesDifferentResults() throws {
    try withTemporaryDirectory { folder in
      var summaries: [JSONValue] = []
      var trajectories: [Data] = []
      for seed in ["1", "2"] {
        let out = folder.appendingPathComponent("seed\(seed)")
        let result = try CaresimBinary.run([
          "run", Self.ladder, "--replications", "4", "--threads", "2", "--seed", seed,
          "--out", out.path,
        ])
        try #require(result.exitCode == 0, "\(result)")
        var summary = try #require(
          try JSONValue.parse(Data(contentsOf: out.appendingPathComponent("summary.json")))
            .objectValue)
        #expect(summary["seed"] == .string(seed))
        // Only the results count: the seed field alone would make the files differ.
        summary["seed"] = nil
        summaries.append(.object(summary))
        trajectories.append(try Data(contentsOf: out.appendingPathComponent("trajectories.csv")))
      }
      #expect(summaries[0] != summaries[1])
      #expect(summaries[0].value(at: "totals") != summaries[1].value(at: "totals"))
      #expect(trajectories[0] != trajectories[1])
    }
  }

  @Test func runPrintsTheTableAndWhereItWrote() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "run", Self.ladder, "--replications", "4", "--threads", "2", "--out", out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      #expect(result.stderr.isEmpty, "\(result)")
      let header = result.stdoutLines.first { $0.hasPrefix("line ") }
      let columns = [
        "without", "with", "difference", "diff p5", "diff p95", "programme share", "net benefit",
        "P(loss)",
      ]
      #expect(
        header.map { line in columns.allSatisfy { line.contains($0) } } == true,
        "no table header in:\n\(result.stdout)")
      // Under the table, where the control arm's residents die at 80+, against CBS, in one line.
      let deaths = result.stdoutLines.first { $0.hasPrefix("Without the programme, ") }
      #expect(
        deaths.map { $0.contains("(CBS 2017: 46%") && $0.count <= 100 } == true,
        "no line on where residents die in:\n\(result.stdout)")
      #expect(
        result.stdoutLines.last.map(String.init)
          == "Wrote \(out.path)/: summary.json (totals over the horizon, discounted and "
          + "undiscounted), trajectories.csv and outcomes.csv (monthly, undiscounted), "
          + "place-of-death.csv (where residents die without the programme), report.html, "
          + "caresim-result.json",
        "\(result)")
    }
  }

  @Test func summaryHasTheDocumentedKeys() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "run", Self.ladder, "--replications", "4", "--threads", "2", "--seed", "7",
        "--out", out.path,
      ])
      try #require(result.exitCode == 0, "\(result)")
      let data = try Data(contentsOf: out.appendingPathComponent("summary.json"))
      // Plain JSON, readable by any JSON tool, not only by CareSim's JSON5 reader.
      let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      for key in ["totals", "netBenefitAfterSplit", "benefitCostRatio", "placeOfDeath"] {
        #expect(summary[key] is [String: Any], "summary.json has no object '\(key)'")
      }
      let scenario = try #require(summary["scenario"] as? [String: Any])
      let hash = try #require(scenario["hash"] as? String)
      // The hash names exactly which input bytes produced the output.
      #expect(hash == StableHash.hexDigest(try Data(contentsOf: URL(fileURLWithPath: Self.ladder))))
      let seed = try #require(summary["seed"])
      #expect("\(seed)" == "7")
    }
  }

  // MARK: Failures

  /// A bad scenario is refused before any work: one line per problem, exit 2, no output folder.
  @Test func badScenarioIsRefusedWithOneLinePerProblem() throws {
    var text = try String(contentsOfFile: Self.ladder, encoding: .utf8)
    let edits = [
      ("residents: 1000, ", ""),
      ("wmo: { value: 400,", "wmo: { value: -400,"),
      ("institutional: { dead: 0.025 }", "institutional: { dead: 1.2 }"),
    ]
    for (original, replacement) in edits {
      try #require(text.ranges(of: original).count == 1, "'\(original)' is not unique")
      text = text.replacingOccurrences(of: original, with: replacement)
    }
    let expected = [
      ("simulation.residents", "[1, 1000000]"),
      ("needLevels.0.annualCost.wmo", "[0, 1000000000]"),
      ("transitions.institutional.dead", "[0, 1]"),
    ]

    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("bad scenario.json")
      try Data(text.utf8).write(to: file)
      let out = folder.appendingPathComponent("out")
      for arguments in [["run", file.path, "--out", out.path], ["validate", file.path]] {
        let result = try CaresimBinary.run(arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let lines = result.stderrLines
        #expect(lines.count == expected.count, "\(result)")
        for (field, allowed) in expected {
          // `error: FILE:LINE: FIELD: …`
          let matching = lines.filter {
            $0.hasPrefix("error: \(file.path):") && $0.contains(": \(field): ")
          }
          #expect(matching.count == 1, "no single line for \(field):\n\(result.stderr)")
          #expect(matching.first?.contains(allowed) == true, "\(field) line lacks '\(allowed)'")
        }
      }
      // No output folder and no staging folder.
      #expect(try Self.contents(of: folder) == ["bad scenario.json"])
    }
  }

  @Test func unwritableOutputFolderFails() throws {
    try withTemporaryDirectory { folder in
      let blocker = folder.appendingPathComponent("a-file")
      try Data("not a folder\n".utf8).write(to: blocker)
      let out = blocker.appendingPathComponent("out")
      let result = try CaresimBinary.run([
        "run", Self.ladder, "--replications", "2", "--threads", "1", "--out", out.path,
      ])
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.hasPrefix("error: "), "\(result)")
      #expect(result.stderr.contains(out.path), "\(result)")
      #expect(!result.stdout.contains("Wrote"), "\(result)")
      #expect(try Data(contentsOf: blocker) == Data("not a folder\n".utf8))
      #expect(try Self.contents(of: folder) == ["a-file"])
    }
  }

  // MARK: validate

  @Test(arguments: ["reference-ladder.json", "neighbourhood.json"])
  func validateAcceptsShippedScenario(name: String) throws {
    let result = try CaresimBinary.run(["validate", "Scenarios/\(name)"])
    #expect(result.exitCode == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    #expect(result.stdout.contains("\(name): valid."), "\(result)")
  }
}
