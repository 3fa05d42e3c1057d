/// Participation: residents at home at an eligible level take up the intervention, join when a
/// place is free or wait for one, and drop out.
extension StepConstants {
  /// The participation mechanism's constants.
  struct Participation: StepMechanism {
    var uptake: Uptake
    var dropout: Chance
    /// Whether anyone takes part: from the start or by taking up.
    var hasParticipants: Bool

    init(_ parameters: ScenarioParameters) {
      let intervention = parameters.intervention
      uptake = Uptake(
        probability: intervention.monthlyUptakeProbability,
        relativeRiskIfLonely: intervention.uptakeRelativeRiskIfLonely)
      dropout = Chance(intervention.monthlyDropoutProbability)
      hasParticipants = intervention.initialParticipationShare > 0 || uptake.probability > 0
    }

    var acts: Bool { hasParticipants }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake:
        parameters.intervention.monthlyDropoutProbability = 0
      case .uptake:
        parameters.intervention.maximumEligibleLevel = 0
        parameters.intervention.initialParticipationShare = 0
        parameters.intervention.monthlyUptakeProbability = 0
        parameters.intervention.uptakeRelativeRiskIfLonely = 1
      case .prices:
        break
      }
    }
  }

  /// The thresholds of the uptake decision.
  struct Uptake: Sendable, Equatable {
    /// The monthly chance that an eligible resident takes up the intervention.
    let probability: Double
    /// Multiplies `probability` for lonely residents.
    let relativeRiskIfLonely: Double
    /// The chances of residents who are not lonely and who are (`p · 1` is `p`).
    let chance: Chance
    let chanceIfLonely: Chance

    init(probability: Double, relativeRiskIfLonely: Double) {
      self.probability = probability
      self.relativeRiskIfLonely = relativeRiskIfLonely
      chance = Chance(probability)
      chanceIfLonely = Chance(probability * relativeRiskIfLonely)
    }
  }
}

extension MonthlyStepper {
  /// Whether this month's participation phase can change a resident at home: one who does not
  /// take part may take up; a participant may drop out.
  ///
  /// The gates of the month's phases are methods of the stepper, which loads each constant where
  /// it is used: as methods of ``StepConstants`` the compiler loaded a score of constants at the
  /// month's first gate and spilled them (measured under callgrind: a twentieth more instructions
  /// a resident-month).
  @inline(__always)
  func participationCanChange(_ state: ResidentState) -> Bool {
    !state.isParticipating || constants.participation.dropout.isPossible
  }
}

extension MonthlyStepper {
  /// Joins, waits or leaves, within the intervention's capacity.
  @inline(__always)
  func updateParticipation(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    switch state.participation {
    case .participating:
      let dropout = constants.participation.dropout
      if dropout.isPossible && stream.happens(dropout, month: month, .dropout) {
        // Leaving ends what the intervention provides, a substituted care episode included.
        state.participation = .none
        state.isVolunteer = false
        state.isSubstituted = false
      }
    case .waiting:
      if capacity.freeSlots > 0 { enrol(&state, stream: stream, month: month, capacity: &capacity) }
    case .none:
      guard
        wouldTakeUp(state, stream: stream, month: month, uptake: constants.participation.uptake)
      else { return }
      if capacity.freeSlots > 0 {
        enrol(&state, stream: stream, month: month, capacity: &capacity)
      } else {
        state.participation = .waiting
      }
    }
  }

  /// The uptake decision: whether a resident who does not take part takes up an intervention
  /// with `uptake` this month.
  ///
  /// A pure function of its thresholds: the step calls it with the scenario's, and
  /// ``ThresholdWatch`` with each what-if setting's.
  @inline(__always)
  func wouldTakeUp(
    _ state: ResidentState, stream: RandomStreamKey, month: Int, uptake: StepConstants.Uptake
  ) -> Bool {
    guard levels[Int(state.needLevel)].isEligible, uptake.probability > 0 else { return false }
    return stream.happens(
      state.isLonely ? uptake.chanceIfLonely : uptake.chance, month: month, .uptake)
  }

  /// Enrols a resident in a free place; their current care may be substituted at once.
  @inline(__always)
  func enrol(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    state.participation = .participating
    capacity.freeSlots -= 1
    if constants.substitution.atEnrolment {
      substitute(&state, stream: stream, month: month, capacity: &capacity)
    }
  }
}
