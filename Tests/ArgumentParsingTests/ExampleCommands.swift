@testable import ArgumentParsing

/// A command shaped like `caresim run`, with one option of every kind.
let run = CommandSpec(
  name: "run",
  summary: "Run a scenario and write its reports.",
  positionals: [(name: "SCENARIO", help: "Path to the scenario JSON file.")],
  options: [
    OptionSpec(
      "replications", valueName: "N", help: "Number of replications.", default: .value("1000"),
      range: .integer(1...1_000_000)),
    OptionSpec("seed", valueName: "N", help: "Base random seed."),
    OptionSpec(
      "discount", valueName: "RATE", help: "Annual discount rate.",
      default: .described("the scenario's"), range: .number(0...0.2)),
    OptionSpec("verbose", kind: .flag, help: "Print progress to stderr."),
    OptionSpec("output", kind: .repeatedValue, valueName: "PATH", help: "Report file to write."),
  ]
)

/// A command with no positionals, like `caresim list`.
let list = CommandSpec(
  name: "list",
  summary: "List the bundled scenarios.",
  options: [OptionSpec("json", kind: .flag, help: "")]
)

/// The error `parse` throws for `arguments`, or `nil` if it succeeds.
func parseError(_ spec: CommandSpec, _ arguments: [String]) -> CommandLineError? {
  do {
    _ = try spec.parse(arguments)
    return nil
  } catch {
    return error
  }
}
