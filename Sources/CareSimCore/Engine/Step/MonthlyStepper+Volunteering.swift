/// Volunteering: participants at an eligible level may become volunteers, who add places and can
/// carry substituted care; volunteers stop, or stop when their need rises.
extension StepConstants {
  /// The volunteering mechanism's constants; the initial share is read when residents are built.
  struct Volunteering: StepMechanism {
    var probability: Chance
    var dropout: Chance
    var hasInitialVolunteers: Bool

    init(_ parameters: ScenarioParameters) {
      let volunteering = parameters.intervention.volunteering
      probability = Chance(volunteering.monthlyProbability)
      dropout = Chance(volunteering.monthlyDropoutProbability)
      hasInitialVolunteers = volunteering.initialShareOfParticipants > 0
    }

    var acts: Bool { probability.isPossible || hasInitialVolunteers }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.intervention.volunteering = .none
      case .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// Whether this month's volunteering phase can change the resident.
  @inline(__always)
  func volunteeringCanChange(_ state: ResidentState) -> Bool {
    state.isVolunteer || (state.isParticipating && constants.volunteering.probability.isPossible)
  }

  /// Participants at low need may volunteer; volunteers stop, or stop when their need rises.
  @inline(never)
  func updateVolunteering(_ state: inout ResidentState, stream: RandomStreamKey, month: Int) {
    let volunteering = constants.volunteering
    let eligible = state.isParticipating && levels[Int(state.needLevel)].isEligible
    if state.isVolunteer {
      if !eligible
        || (volunteering.dropout.isPossible
          && stream.happens(volunteering.dropout, month: month, .volunteerDropout))
      {
        state.isVolunteer = false
      }
    } else if eligible && volunteering.probability.isPossible
      && stream.happens(volunteering.probability, month: month, .volunteering)
    {
      state.isVolunteer = true
    }
  }
}
