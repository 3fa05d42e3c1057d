import CareSimCore

/// The run's size and settings, and how money and quality of life are counted.
extension ScenarioSchema {
  /// `simulation: { residents, months, replications, seed }`: the file must say how many
  /// residents over how many months; the command line may override the replications and seed.
  static let simulation: [Entry] = [
    .object("simulation", required: true),
    .field(
      "simulation.residents",
      .integer(\.parameters.residents, allowed: 1...ScenarioLimits.residents, default: nil),
      unit: .count, label: ("the number of residents", "het aantal bewoners"),
      description: ("Simulation: residents at the start", "Simulatie: bewoners bij de start")),
    .field(
      "simulation.months",
      .integer(\.parameters.months, allowed: 1...ScenarioLimits.months, default: nil),
      unit: .months, label: ("the horizon", "de tijdshorizon"),
      description: ("Simulation: months of the horizon", "Simulatie: maanden van de tijdshorizon")),
    .field(
      "simulation.replications",
      .integer(\.replications, allowed: 1...ScenarioLimits.replications, default: 1000),
      unit: .count, label: ("the number of replications", "het aantal herhalingen"),
      description: (
        "Simulation: replications of a run unless the command line says",
        "Simulatie: herhalingen van een run, tenzij de opdrachtregel iets anders zegt"
      )),
    .field(
      "simulation.seed", .integer(\.seed, allowed: 0...Int(Int32.max), default: 1),
      unit: .count, label: ("the seed", "het startgetal (seed)"),
      description: (
        "Simulation: the seed of the random numbers unless the command line says",
        "Simulatie: het startgetal (seed) van de toevalsgetallen, tenzij de opdrachtregel iets anders zegt"
      )),
  ]

  /// `discounting: { costs, effects }` (the Dutch guideline's unless the file says) and
  /// `valuePerQALY`.
  static let accounting: [Entry] = [
    .object("discounting"),
    .number(
      "discounting.costs", \.parameters.discounting.costs, allowed: .unit,
      default: DiscountRates.dutchGuideline.costs, unit: .rateAYear, whatIf: [.prices],
      label: ("the discount rate of costs", "de disconteringsvoet van kosten"),
      description: (
        "Discounting: the yearly discount rate of costs",
        "Disconteren: de jaarlijkse disconteringsvoet van kosten"
      )),
    .number(
      "discounting.effects", \.parameters.discounting.effects, allowed: .unit,
      default: DiscountRates.dutchGuideline.effects, unit: .rateAYear, whatIf: [.prices],
      label: ("the discount rate of effects", "de disconteringsvoet van effecten"),
      description: (
        "Discounting: the yearly discount rate of effects",
        "Disconteren: de jaarlijkse disconteringsvoet van effecten"
      )),
    .number(
      "valuePerQALY", \.parameters.valuePerQALY,
      allowed: NumberRange(0, ScenarioLimits.valuePerQALY), default: 50_000, unit: .euros,
      whatIf: [.afterUptake, .prices], label: ("the value of a QALY", "de waarde van een QALY"),
      description: ("The value of a QALY in euros", "De waarde van een QALY in euro")),
  ]
}
