import CareSimIO

/// `caresim validate SCENARIO`: checks a scenario file without running it.
enum ValidateCommand {
  static let spec = CommandSpec(
    name: "validate", summary: "Check a scenario file and list every problem in it.",
    positionals: [ScenarioLoading.positional])

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let scenario = try ScenarioLoading.load(parsed.positional("SCENARIO"))
    let parameters = scenario.parameters
    console.out(
      "\(scenario.file): valid. \(scenario.metadata.title): \(parameters.needLevels.count) need "
        + "levels, \(parameters.residents) residents, \(parameters.months) months, "
        + "\(scenario.sources.count) sourced figures, \(scenario.ranges.count) ranges.\n")
  }
}
