/// A lived start: each resident's state at the start of the run is the end of a history lived
/// by the model's own month, from an age at which the population's shares hold (65: people
/// turning 65 are the entrants of an open neighbourhood) to the resident's age at the start.
///
/// A mix of need and quality of life drawn at every age is not one the model's dynamics give:
/// residents start below the minimum for living at home and are admitted at once, and the first
/// year counts a burst of admissions and deaths. A lived history gives each resident a state the
/// dynamics produce at their age. It is lived in the control arm (nobody takes part before the
/// run), on streams of the resident's own (``RandomStreamKey/history(attempt:)``), so it is the
/// same in both arms, on any thread and in any order; a history that ends in death before the
/// start is lived again on the next try's stream, which conditions the state on surviving to the
/// resident's age without changing the age mix the scenario gives.
extension StepConstants {
  /// The lived start's constants.
  struct LivedStart: StepMechanism {
    /// The age in months histories start from, of the initial residents and of the entrants;
    /// nil for a drawn start.
    var fromAgeInMonths: Int?
    var entrantsFromAgeInMonths: Int?

    init(_ parameters: ScenarioParameters) {
      fromAgeInMonths = parameters.population.start.livedFromAge.map { Int($0 * 12) }
      entrantsFromAgeInMonths = parameters.entrants?.profile.start.livedFromAge.map {
        Int($0 * 12)
      }
    }

    var acts: Bool { fromAgeInMonths != nil || entrantsFromAgeInMonths != nil }

    /// Histories are lived in the control arm and price nothing: every projection keeps them,
    /// and ``ThresholdWatch`` watches them as it watches the run.
    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake, .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// The most tries at a history that survives to the resident's age.
  ///
  /// A resident of 95 survives
  /// from 65 about one time in ten; a thousand tries all end in death only in a scenario where
  /// almost nobody reaches that age, whose resident then starts from its first try's state at
  /// the age the history started.
  static let maximumHistoryAttempts = 1000

  /// The state in which `profile` arrives after living from `fromAgeInMonths`, and how long they
  /// have lived in an institution by then.
  ///
  /// - Parameters:
  ///   - profile: The resident; only its stream, age at arrival and sex are read.
  ///   - fromAgeInMonths: The age the history starts from; a resident no older arrives in the
  ///     state drawn at that age.
  ///   - resume: Where to take up a history that another scenario lived up to there as this one
  ///     does (see ``HistoryResume``); nil to live it from its start.
  ///   - stepWatch: Sees every try, every state drawn to start from and each month of every try
  ///     (see ``StepWatch``).
  ///   - startingState: The state drawn at the start of a history from a try's stream, at an age.
  /// - Returns: The state on arrival, taking no part in the intervention, and the months in an
  ///   institution without a break before it.
  func livedState<Watch: StepWatch>(
    of profile: ResidentProfile, fromAgeInMonths: Int, resumingAt resume: HistoryResume? = nil,
    stepWatch: inout Watch, startingState: (RandomStreamKey, Int) -> ResidentState
  ) -> (state: ResidentState, institutionalMonths: Int) {
    func drawnStart(_ stream: RandomStreamKey, ageInMonths: Int) -> ResidentState {
      let state = startingState(stream, ageInMonths)
      stepWatch.drewStart(state, of: profile, stream: stream, ageInMonths: ageInMonths)
      return state
    }
    let months = max(0, profile.ageInMonthsAtArrival - fromAgeInMonths)
    guard months > 0 else {
      return (drawnStart(profile.stream.history(attempt: 0), ageInMonths: fromAgeInMonths), 0)
    }
    // The tries before a resumed one ended in death, as they did where it was lived first.
    for attempt in (resume?.attempt ?? 0)..<Self.maximumHistoryAttempts {
      stepWatch.startHistoryTry(attempt)
      let stream = profile.stream.history(attempt: attempt)
      var history = ResidentProfile(
        stream: stream, ageInMonthsAtStart: fromAgeInMonths, isFemale: profile.isFemale,
        livesAlone: profile.livesAlone)
      let start: HistoryMonth
      if attempt == resume?.attempt, let month = resume?.month {
        start = month
      } else {
        history.start = drawnStart(stream, ageInMonths: fromAgeInMonths)
        start = HistoryMonth(
          month: 0, state: history.start,
          institutionalMonths: levels[Int(history.start.needLevel)].isAtHome ? 0 : 1)
      }
      if let lived = live(history, months: months, from: start, stepWatch: &stepWatch) {
        return lived
      }
    }
    let fallback = drawnStart(
      profile.stream.history(attempt: 0), ageInMonths: profile.ageInMonthsAtArrival)
    return (fallback, 0)
  }

  /// Lives a history of `months` months in the control arm from `start`, a month of `history`;
  /// nil when the resident dies before its end.
  private func live<Watch: StepWatch>(
    _ history: ResidentProfile, months: Int, from start: HistoryMonth, stepWatch: inout Watch
  ) -> (state: ResidentState, institutionalMonths: Int)? {
    var state = start.state
    var institutionalMonths = start.institutionalMonths
    var capacity = MonthlyCapacity.controlArm
    var events = MonthlyEvents()
    for month in start.month..<months {
      stepWatch.startHistoryMonth(
        HistoryMonth(month: month, state: state, institutionalMonths: institutionalMonths))
      evolve(
        &state, profile: history, month: month, in: ControlArmMonth.self, capacity: &capacity,
        events: &events, stepWatch: &stepWatch)
      if Int(state.needLevel) == constants.deadLevel { return nil }
      institutionalMonths = levels[Int(state.needLevel)].isAtHome ? 0 : institutionalMonths + 1
    }
    return (state, max(0, institutionalMonths - 1))
  }
}

/// A month of a history before the run: its index in the history, the resident's state at its
/// start, and how long they had then lived in an institution without a break (the month they
/// started there counted).
struct HistoryMonth: Sendable, Equatable {
  var month: Int
  var state: ResidentState
  var institutionalMonths: Int
}

/// Where a history before the run can be taken up by a scenario that lived it as another did up
/// to there: a try, from its start (its starting state drawn again) or from one of its months.
///
/// A what-if setting whose history first differs from the base's there lives only the rest (see
/// ``ThresholdWatch``): every earlier try ended in death in both, and the months before are the
/// same.
struct HistoryResume: Sendable, Equatable {
  var attempt: Int
  /// The month to take the try up from; nil to start the try anew.
  var month: HistoryMonth?
}
