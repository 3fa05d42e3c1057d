/// Every scalar the monthly step needs, copied out of ``ScenarioParameters`` and grouped by the
/// mechanism that reads it, as `Parameters/Mechanisms.swift` groups the parameters.
///
/// Each group is declared in its mechanism's file (``Signalling`` in
/// `MonthlyStepper+Signalling.swift`), beside the code that reads it; the groups hold only numbers,
/// so the hot loop reads them without reference counting.
struct StepConstants: Sendable {
  var deadLevel: Int
  /// The level an admission leads to: the first institutional level.
  var admissionLevel: Int
  var participation: Participation
  var capacity: Capacity
  var loneliness: Loneliness
  var prevention: Prevention
  var escalation: Escalation
  var qualityOfLife: QualityOfLife
  var careAtHome: CareAtHome
  var signalling: Signalling
  var substitution: Substitution
  var efficiency: Efficiency
  var extraCare: ExtraCare
  var volunteering: Volunteering
  var informalCare: InformalCare
  var costsByAge: CostsByAge
  var entrants: Entrants
  var livedStart: LivedStart
  var interventionCosts: InterventionCosts

  init(_ parameters: ScenarioParameters) {
    deadLevel = parameters.needLevels.firstIndex { $0.kind == .dead } ?? 0
    admissionLevel = parameters.qualityOfLife.admissionLevel
    participation = Participation(parameters)
    capacity = Capacity(parameters)
    loneliness = Loneliness(parameters)
    prevention = Prevention(parameters)
    escalation = Escalation(parameters)
    qualityOfLife = QualityOfLife(parameters)
    careAtHome = CareAtHome(parameters)
    signalling = Signalling(parameters)
    substitution = Substitution(parameters)
    efficiency = Efficiency(parameters)
    extraCare = ExtraCare(parameters)
    volunteering = Volunteering(parameters)
    informalCare = InformalCare(parameters)
    costsByAge = CostsByAge(parameters)
    entrants = Entrants(parameters)
    livedStart = LivedStart(parameters)
    interventionCosts = InterventionCosts(parameters)
  }

  /// A vector that multiplies the given funders' lines by `factor` and leaves the others.
  static func multiplier(_ factor: Double, on funders: [Funder]) -> SIMD8<Double> {
    var vector = SIMD8<Double>(repeating: 1)
    for funder in funders { vector[funder.rawValue] = factor }
    return vector
  }

  /// Euros of informal care a month per weekly hour, at the scenario's shadow price.
  static func eurosPerWeeklyHour(_ parameters: ScenarioParameters) -> Double {
    parameters.informalCare.shadowPricePerHour * 52 / 12
  }
}

/// Multiplying by this instead of dividing by 12 keeps a slow division out of the hot loop.
let monthsPerYearReciprocal = 1.0 / 12.0

@inline(__always)
func clampUnit(_ x: Double) -> Double { min(1, max(0, x)) }
