/// Informal care: a carer's strain follows the resident's need, and past a threshold the carer
/// breaks down and stops caring; taking part gives respite. Its hours are priced at a shadow price
/// (see `MonthlyStepper+Pricing.swift`).
extension StepConstants {
  /// The informal-care mechanism's constants; each level's strain is in its ``LevelRule``.
  struct InformalCare: StepMechanism {
    var strainRecovery: Double
    var breakdownThreshold: Double
    /// Multiplies the monthly strain increase of a fully served participant's carer.
    var participantStrainMultiplier: Double
    /// Whether some carer's strain can rise to breakdown.
    var canBreakDown: Bool

    init(_ parameters: ScenarioParameters) {
      let informal = parameters.informalCare
      strainRecovery = informal.strainRecoveryPerMonth
      breakdownThreshold = informal.breakdownThreshold
      participantStrainMultiplier = parameters.intervention.carerStrainMultiplier
      canBreakDown =
        parameters.population.hasCarers
        && (parameters.needLevels.contains { $0.carerStrainPerMonth > 0 }
          || informal.breakdownThreshold <= 0)
    }

    var acts: Bool { canBreakDown }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.intervention.carerStrainMultiplier = 1
      case .uptake: break
      case .prices: parameters.informalCare.shadowPricePerHour = 0
      }
    }
  }
}

extension MonthlyStepper {
  /// The informal carer's strain follows need; past the threshold the carer breaks down.
  @inline(never)
  func updateCarer(_ state: inout ResidentState, level: Int, intensity: Double) {
    guard state.hasActiveCarer else { return }
    let informal = constants.informalCare
    var increase = levels[level].carerStrainPerMonth
    if state.isParticipating {
      increase *= 1 - (1 - informal.participantStrainMultiplier) * intensity
    }
    state.carerStrain = clampUnit(max(0, state.carerStrain - informal.strainRecovery) + increase)
    if state.carerStrain >= informal.breakdownThreshold { state.carer = .brokenDown }
  }
}
