import ArgumentParsing
import CareSimOutput
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// Every command's help, as users read it: compared with golden files, so a change to an option or
/// a default shows as a diff (swift-argument-parser's `HelpGenerationTests`).
@Suite struct HelpTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let commands = CareSimCommand.commands.map(\.spec.name)

  /// What the tool prints for `arguments`, with its exit code.
  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    let out = Captured()
    let error = Captured()
    let code = CareSimCommand.run(
      arguments: ["caresim"] + arguments,
      console: Console(out: { out.append($0) }, error: { error.append($0) }))
    return (code, out.text, error.text)
  }

  @Test(arguments: commands)
  func helpMatchesItsGolden(command: String) throws {
    let result = Self.run([command, "--help"])
    #expect(result.code == 0)
    try Golden.expect(
      result.out, matches: Self.golden.appendingPathComponent("help-\(command).txt"))
  }

  @Test func overviewMatchesItsGolden() throws {
    let result = Self.run(["--help"])
    #expect(result.code == 0)
    try Golden.expect(result.out, matches: Self.golden.appendingPathComponent("help-overview.txt"))
  }

  @Test(arguments: commands)
  func helpCommandIsTheCommandsHelp(command: String) {
    #expect(Self.run(["help", command]).out == Self.run([command, "--help"]).out)
  }

  @Test(arguments: commands + ["overview"])
  func helpFitsIn80Columns(command: String) {
    let text = Self.run(command == "overview" ? ["--help"] : [command, "--help"]).out
    for line in text.split(separator: "\n") {
      #expect(line.count <= 80, "\(command): \(line)")
    }
  }

  /// Every option with a value shows its default or says it is required, so no default is hidden.
  @Test(arguments: CareSimCommand.commands.map(\.spec))
  func everyValueOptionShowsItsDefaultOrIsRequired(spec: CommandSpec) {
    for option in spec.options where option.kind != .flag && option.name != "out" {
      #expect(
        option.defaultValue != .none || option.isRequired,
        "\(spec.name) --\(option.name) shows no default")
    }
  }

  @Test func theOverviewListsEveryCommandWithItsSummary() {
    let overview = Self.run(["--help"]).out
    for entry in CareSimCommand.commands {
      #expect(overview.contains("  \(entry.spec.name) "), "\(entry.spec.name)")
      let firstWords = entry.spec.summary.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(overview.contains(firstWords), "\(entry.spec.name): \(firstWords)")
    }
  }

  @Test func versionPrintsTheVersion() {
    let result = Self.run(["--version"])
    #expect(result.code == 0)
    #expect(result.out == "caresim \(CareSimVersion.current)\n")
  }
}
