/// Efficiency: fewer professional hours, so less cost, for the same case. It acts in pricing only
/// (see `MonthlyStepper+Pricing.swift`): participants' care classes are kept apart when it acts
/// (see ``CareClass``).
extension StepConstants {
  /// The efficiency mechanism's constants, as per-funder multipliers of professional cost.
  struct Efficiency: StepMechanism {
    var multiplier: SIMD8<Double>
    /// Whether efficiency changes any participant's cost; it decides how participants are
    /// counted (stored: the step reads it for every resident-month).
    var acts: Bool

    init(_ parameters: ScenarioParameters) {
      let efficiency = parameters.mechanisms.efficiency
      multiplier = StepConstants.multiplier(efficiency.costMultiplier, on: efficiency.funders)
      acts = multiplier != SIMD8(repeating: 1)
    }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake:
        parameters.mechanisms.efficiency = CareSimCore.Efficiency(costMultiplier: 1, funders: [])
      case .uptake: break
      case .prices:
        // Only whether efficiency acts changes what is counted.
        parameters.mechanisms.efficiency.costMultiplier = Self(parameters).acts ? 0 : 1
      }
    }

    /// The multiplier of a participant's professional care cost, scaled (like every effect) by
    /// the share of participants the capacity serves.
    @inline(__always)
    func multiplier(serviceIntensity: Double) -> SIMD8<Double> {
      1 - (1 - multiplier) * serviceIntensity
    }
  }
}
