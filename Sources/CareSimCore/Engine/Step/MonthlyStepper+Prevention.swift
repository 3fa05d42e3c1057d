/// Prevention: problems stay smaller for participants. It shrinks a participant's moves up the
/// ladder and into an institution, scaled by how fully the intervention serves them; it acts in
/// the need move (see `MonthlyStepper+Month.swift`).
extension StepConstants {
  /// The prevention mechanism's constants.
  struct Prevention: StepMechanism {
    /// Multiplies a fully served participant's progression and admission hazards.
    var relativeRisk: Double

    init(_ parameters: ScenarioParameters) {
      relativeRisk = parameters.mechanisms.prevention.relativeRisk
    }

    var acts: Bool { relativeRisk != 1 }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.mechanisms.prevention = CareSimCore.Prevention(relativeRisk: 1)
      case .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// A participant's hazard ratios: prevention shrinks moves up the ladder and admissions,
  /// scaled by how fully the intervention serves its participants.
  @inline(__always)
  func prevented(_ ratios: HazardRatios, intensity: Double) -> HazardRatios {
    let prevention = 1 - (1 - constants.prevention.relativeRisk) * intensity
    var prevented = ratios
    prevented.progression *= prevention
    prevented.admission *= prevention
    return prevented
  }
}
