import ArgumentParsing
import CareSimReports

/// `caresim validate SCENARIO`: checks a scenario file without running it.
enum ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate", summary: "Check a scenario file and list every problem in it.",
    positionals: [CommonOptions.scenario])

  static func run(_ invocation: Invocation) throws {
    let scenario = try CommonOptions.loadScenario(invocation.parsed.positional("SCENARIO"))
    let parameters = scenario.parameters
    invocation.console.out(
      "\(scenario.file): valid. \(scenario.metadata.title): \(parameters.needLevels.count) need "
        + "levels, \(ReportFormat.count(parameters.residents)) residents, \(parameters.months) "
        + "months, \(scenario.sources.count) sourced figures, \(scenario.ranges.count) ranges.\n")
  }
}
