/// Substitution: a participant's new care episode may be delivered by network or volunteers
/// instead of professionals (optionally only while a volunteer is free), at a share of the
/// professional cost and with informal hours added.
extension StepConstants {
  /// The substitution mechanism's constants, its cost as per-funder multipliers of professional
  /// cost.
  struct Substitution: StepMechanism {
    var share: Chance
    var multiplier: SIMD8<Double>
    var monthlyInformalCost: Double
    var requiresVolunteer: Bool
    var atEnrolment: Bool

    init(_ parameters: ScenarioParameters) {
      let substitution = parameters.mechanisms.substitution
      share = Chance(substitution.share)
      multiplier = StepConstants.multiplier(
        substitution.remainingCostShare, on: substitution.funders)
      monthlyInformalCost =
        substitution.informalHoursPerWeek * StepConstants.eurosPerWeeklyHour(parameters)
      requiresVolunteer = substitution.requiresVolunteer
      atEnrolment = substitution.atEnrolment
    }

    var acts: Bool { share.isPossible }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake:
        parameters.mechanisms.substitution = CareSimCore.Substitution(
          share: 0, remainingCostShare: 0, funders: [], informalHoursPerWeek: 0,
          requiresVolunteer: false)
      case .uptake: break
      case .prices:
        parameters.mechanisms.substitution.remainingCostShare = 0
        parameters.mechanisms.substitution.informalHoursPerWeek = 0
      }
    }

    /// A substituted episode's care cost and informal cost.
    @inline(__always)
    func cost(care: SIMD8<Double>, informal: Double) -> (care: SIMD8<Double>, informal: Double) {
      (care * multiplier, informal + monthlyInformalCost)
    }
  }
}

extension MonthlyStepper {
  /// Starts a new care episode at the resident's need level; a participant's episode may be
  /// substituted by network or volunteers.
  @inline(never)
  func serve(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    arm: InterventionArm, capacity: inout MonthlyCapacity
  ) {
    state.servedLevel = state.needLevel
    state.isSubstituted = false
    guard arm == .intervention, state.isParticipating else { return }
    substitute(&state, stream: stream, month: month, capacity: &capacity)
  }

  /// Decides whether a participant's current care episode goes to network or volunteers.
  @inline(__always)
  func substitute(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    let substitution = constants.substitution
    guard substitution.share.isPossible, !state.isSubstituted else { return }
    if substitution.requiresVolunteer && capacity.freeVolunteers <= 0 { return }
    if stream.happens(substitution.share, month: month, .substitution) {
      state.isSubstituted = true
      if substitution.requiresVolunteer { capacity.freeVolunteers -= 1 }
    }
  }
}
