/// What a replication's control arm notes for its intervention arm: the month each resident takes
/// up the intervention, their state then, and the control tally without the months from then on,
/// which the intervention arm moves itself.
///
/// Settings that differ only in what the intervention does after uptake share one record per
/// replication (see ``Simulation/interventionTally(after:)``).
struct UptakeRecord {
  let control: ArmTally
  /// The intervention arm's tally before its reached residents move.
  let notReached: ArmTally
  /// The month each resident takes up the intervention: 0 for initial participants, the horizon's
  /// length for those who never do.
  let joinMonths: [Int]
  /// Each resident's state in the month they take up; for those who never do, a state that takes
  /// no part in the intervention.
  var statesAtJoining: [ResidentState]

  /// Join months and states before the control run: initial participants have taken part from
  /// the start, the others not yet (their state is the one they start with).
  static func start(interventionStates: [ResidentState], months: Int) -> (
    joinMonths: [Int], statesAtJoining: [ResidentState]
  ) {
    (interventionStates.map { $0.participation == .none ? months : 0 }, interventionStates)
  }

  /// Whether a resident who takes up in `joinMonth`, in `state`, had by the start of `month`:
  /// initial participants have from the start; the others from the month after deciding.
  static func hadJoined(joinMonth: Int, state: ResidentState, before month: Int) -> Bool {
    joinMonth < month || state.participation != .none
  }
}
