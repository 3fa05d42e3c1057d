import CareSimTestSupport
import Foundation
import Testing

/// Every command the README shows runs, so the README cannot drift from the tool.
///
/// A command is a line of a ```` ```sh ```` block that calls `caresim` (as `caresim`,
/// `swift run -c release caresim` or `.build/release/caresim`); `.ci/run` runs the same lines as
/// written, and this test runs them with few replications and into a temporary folder.
@Suite struct ReadmeCommandsTests {
  /// The README's commands, each as the arguments after `caresim`.
  static let commands: [[String]] = {
    let readme = RepositoryFiles.root.appendingPathComponent("README.md")
    let text = (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
    var inShell = false
    var commands: [[String]] = []
    var continued: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShell = line == "```sh"
        continued = []
        continue
      }
      guard inShell else { continue }
      let code = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
      // A line ending in a backslash continues on the next, as in a shell.
      let words = continued + code.split(separator: " ").map(String.init)
      if words.last == "\\" {
        continued = Array(words.dropLast())
        continue
      }
      continued = []
      for prefix in [
        ["caresim"], ["swift", "run", "-c", "release", "caresim"], [".build/release/caresim"],
      ]
      where words.starts(with: prefix) {
        commands.append(Array(words.dropFirst(prefix.count)))
      }
    }
    return commands
  }()

  @Test func theReadmeShowsCommands() {
    #expect(Self.commands.count >= 10, "\(Self.commands)")
  }

  /// The command made small: few replications, and fewer levels for a workshop.
  static func small(_ arguments: [String]) -> [String] {
    guard let command = arguments.first else { return arguments }
    switch command {
    case "run", "sweep", "grid", "split", "breakeven":
      return setting(arguments, ["--replications": "2"])
    case "psa": return setting(arguments, ["--samples": "2", "--inner": "2"])
    case "workshop": return setting(arguments, ["--replications": "2", "--levels": "2"])
    // A plan checks that its shards fit the command's work: two shards of a small PSA do with
    // --force, which the sharded command takes (it is added last, after the plan's --).
    case "plan":
      return setting(arguments, ["--shards": "2", "--samples": "4", "--inner": "2"]) + ["--force"]
    case "validate-study" where arguments.count == 2:
      return setting(arguments, ["--replications": "2"])
    case "calibrate":
      return setting(
        arguments,
        [
          "--replications": "2", "--max-evaluations": "3", "--check-replications": "2",
          "--posterior-draws": "10",
        ])
    default: return arguments
    }
  }

  /// The arguments with each option's value replaced where the command gives it (an option may
  /// be given once), and added where it does not.
  static func setting(_ arguments: [String], _ values: [String: String]) -> [String] {
    var arguments = arguments
    for (option, value) in values.sorted(by: { $0.key < $1.key }) {
      if let index = arguments.firstIndex(of: option), index + 1 < arguments.endIndex {
        arguments[index + 1] = value
      } else {
        arguments += [option, value]
      }
    }
    return arguments
  }

  /// The commands that must run before the README's command `index` in the same folder: for
  /// `caresim report DIR` and `caresim status DIR`, the last earlier command that writes `DIR`;
  /// for `caresim voi`, the last earlier PSA, whose samples it reads.
  static func prerequisites(of index: Int) -> [[String]] {
    let command = commands[index]
    if command.first == "voi" {
      return commands[..<index].last { $0.first == "psa" }.map { [$0] } ?? []
    }
    guard ["report", "status"].contains(command.first), command.count > 1 else { return [] }
    let folder = command[1]
    let writer = commands[..<index].last { earlier in
      zip(earlier, earlier.dropFirst()).contains { $0 == "--out" && $1 == folder }
    }
    return writer.map { [$0] } ?? []
  }

  /// Each command runs in a folder of its own that sees the repository's scenarios, after the
  /// commands whose output it reads (`caresim report out/try`), so the commands run in parallel.
  @Test(arguments: commands.indices)
  func readmeCommandRuns(index: Int) throws {
    try withTemporaryDirectory { folder in
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("Scenarios"),
        withDestinationURL: RepositoryFiles.root.appendingPathComponent("Scenarios"))
      for arguments in Self.prerequisites(of: index) + [Self.commands[index]] {
        let result = try CaresimBinary.run(Self.small(arguments), in: folder)
        #expect(result.exitCode == 0, "caresim \(arguments.joined(separator: " ")):\n\(result)")
        #expect(result.stderr.isEmpty, "caresim \(arguments.joined(separator: " ")):\n\(result)")
      }
    }
  }

  /// `caresim report out/try` reads what the README's run into `out/try` wrote.
  @Test func aReportCommandRunsAfterTheCommandThatWritesItsFolder() throws {
    let index = try #require(Self.commands.firstIndex { $0.first == "report" })
    let writer = try #require(Self.prerequisites(of: index).first)
    #expect(writer.first == "run" && writer.contains(Self.commands[index][1]), "\(writer)")
  }
}
