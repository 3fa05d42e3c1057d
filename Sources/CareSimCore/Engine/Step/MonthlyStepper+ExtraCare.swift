/// Extra care: outreach finds participants earlier, who then get professional trajectories they
/// would not have had, each booked as a one-off cost when it starts.
extension StepConstants {
  /// The extra-care mechanism's constants.
  struct ExtraCare: StepMechanism {
    /// The monthly chance that a fully served participant starts an extra trajectory.
    var probability: Double
    var cost: SIMD8<Double>

    init(_ parameters: ScenarioParameters) {
      let extraCare = parameters.mechanisms.extraCare
      probability = min(1, extraCare.trajectoriesPerParticipantYear / 12)
      cost = extraCare.costPerTrajectory.storage
    }

    var acts: Bool { probability > 0 }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.mechanisms.extraCare = .none
      case .uptake: break
      case .prices: parameters.mechanisms.extraCare.costPerTrajectory = .zero
      }
    }
  }
}

extension MonthlyStepper {
  /// A participant may start an extra professional trajectory, scaled by how fully the
  /// intervention serves them.
  @inline(__always)
  func startExtraCare(
    stream: RandomStreamKey, month: Int, intensity: Double, events: inout MonthlyEvents
  ) {
    if stream.uniform(month: month, .extraCare) < constants.extraCare.probability * intensity {
      events.extraTrajectories &+= 1
    }
  }
}
