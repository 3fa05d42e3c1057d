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
    case "run", "sweep", "grid", "split", "breakeven": return arguments + ["--replications", "2"]
    case "psa": return arguments + ["--samples", "2", "--inner", "2"]
    case "workshop": return arguments + ["--replications", "2", "--levels", "2"]
    case "validate-study" where arguments.count == 2: return arguments + ["--replications", "2"]
    case "calibrate":
      return arguments + [
        "--replications", "2", "--max-evaluations", "3", "--check-replications", "2",
      ]
    default: return arguments
    }
  }

  /// The commands run in the README's order in one folder that sees the repository's scenarios,
  /// so that a command may read what an earlier one wrote (`caresim report out/try`).
  @Test func everyReadmeCommandRuns() throws {
    try withTemporaryDirectory { folder in
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("Scenarios"),
        withDestinationURL: RepositoryFiles.root.appendingPathComponent("Scenarios"))
      for arguments in Self.commands {
        let result = try CaresimBinary.run(Self.small(arguments), in: folder)
        #expect(result.exitCode == 0, "caresim \(arguments.joined(separator: " ")):\n\(result)")
        #expect(result.stderr.isEmpty, "caresim \(arguments.joined(separator: " ")):\n\(result)")
      }
    }
  }
}
