/// The mechanisms of the monthly step, in the order they act in a month.
///
/// Each case names a sub-model whose constants and code live in one file,
/// `Step/MonthlyStepper+<Mechanism>.swift` (covariates in `Step/CovariateTables.swift`; entrants
/// and the lived start, which act in the drivers rather than the step, in
/// `Drivers/MonthlyStepper+Entrants.swift` and `Drivers/MonthlyStepper+LivedStart.swift`). The
/// ``model`` switch is exhaustive, so a new case does not compile until it names its sub-model, and
/// the sub-model does not compile until it answers the questions of ``StepMechanism``: whether it
/// acts, and which of its fields the what-if projections may leave out.
package enum Mechanism: CaseIterable, Sendable {
  /// Residents who arrive during the run (turning 65 or moving in), from the month they arrive.
  case entrants
  /// Residents whose state at the start is lived from an age before it.
  case livedStart
  /// Taking up the intervention, waiting for a place, dropping out.
  case participation
  /// The intervention's places: coordinators plus volunteers.
  case capacity
  case loneliness
  /// Hazard ratios on the need move: age, sex, loneliness, carer breakdown, quality of life,
  /// unmet need.
  case covariates
  case prevention
  /// Crises at home, and admission after them.
  case escalation
  /// Quality of life's drift and shock, and admission below the minimum for living at home.
  case qualityOfLife
  /// The Wlz's choice of care at home instead of admission.
  case careAtHome
  case signalling
  case substitution
  case efficiency
  case extraCare
  case volunteering
  /// The informal carer's strain and breakdown.
  case informalCare
  /// Care costs that rise with age within a need level: counted by band of age, priced at the
  /// band's factors.
  case costsByAge

  /// The sub-model: its constants, read from a scenario.
  var model: any StepMechanism.Type {
    switch self {
    case .entrants: StepConstants.Entrants.self
    case .livedStart: StepConstants.LivedStart.self
    case .participation: StepConstants.Participation.self
    case .capacity: StepConstants.Capacity.self
    case .loneliness: StepConstants.Loneliness.self
    case .covariates: CovariateTables.self
    case .prevention: StepConstants.Prevention.self
    case .escalation: StepConstants.Escalation.self
    case .qualityOfLife: StepConstants.QualityOfLife.self
    case .careAtHome: StepConstants.CareAtHome.self
    case .signalling: StepConstants.Signalling.self
    case .substitution: StepConstants.Substitution.self
    case .efficiency: StepConstants.Efficiency.self
    case .extraCare: StepConstants.ExtraCare.self
    case .volunteering: StepConstants.Volunteering.self
    case .informalCare: StepConstants.InformalCare.self
    case .costsByAge: StepConstants.CostsByAge.self
    }
  }

  /// Whether the mechanism can change a resident's month in a run of `parameters`.
  package func acts(in parameters: ScenarioParameters) -> Bool {
    model.init(parameters).acts
  }
}

/// A sub-model of the monthly step, as its constants: what it reads of a scenario, whether it
/// acts, and which of its fields a what-if analysis may leave out.
protocol StepMechanism: Sendable {
  /// The sub-model's constants, read from a validated scenario.
  init(_ parameters: ScenarioParameters)

  /// Whether the sub-model can change any resident's month in a run of these constants.
  var acts: Bool { get }

  /// Sets the sub-model's fields of one kind to fixed values, so that two scenarios that differ
  /// only there compare equal (see `ScenarioParameters+Projections.swift`).
  static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters)
}

/// Kinds of field a what-if projection leaves out.
enum MechanismFields: CaseIterable, Sendable {
  /// Read only for residents who take part, from the month they take up the intervention: the
  /// control arm and the moment of uptake never read them.
  case afterUptake
  /// Decide who takes part and when: the control arm never reads them.
  case uptake
  /// Only price what the step counts.
  case prices
}
