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
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShell = line == "```sh"
        continue
      }
      guard inShell else { continue }
      let code = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
      let words = code.split(separator: " ").map(String.init)
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

  /// The command made small: few replications, and its output into `folder`.
  static func small(_ arguments: [String], out folder: URL) -> [String] {
    let writesResults = ["run", "sweep", "grid", "psa", "split", "breakeven"]
    guard let command = arguments.first, writesResults.contains(command) else {
      return arguments.first == "validate-study" && arguments.count == 2
        ? arguments + ["--replications", "2"] : arguments
    }
    let size = command == "psa" ? ["--samples", "2", "--inner", "2"] : ["--replications", "2"]
    return arguments + size + ["--out", folder.path]
  }

  @Test(arguments: commands)
  func readmeCommandRuns(arguments: [String]) throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("out")
      let result = try CaresimBinary.run(Self.small(arguments, out: out))
      #expect(result.exitCode == 0, "caresim \(arguments.joined(separator: " ")):\n\(result)")
      #expect(result.stderr.isEmpty, "\(result)")
    }
  }
}
