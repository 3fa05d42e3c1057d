/// The shared control run: a replication's control arm, run once for several what-if settings,
/// and each setting's intervention arm moved from what it noted.
extension Simulation {
  /// A replication's control arm, run once for several settings of the intervention: its
  /// residents, and what it notes for the intervention arm.
  struct ControlArmRun {
    let profiles: [ResidentProfile]
    let record: UptakeRecord
  }

  /// Runs a replication's control arm and notes when each resident takes up the intervention; and
  /// gives the same for each of `branches`, which have this scenario's
  /// ``ScenarioParameters/branchingProjection``, by moving again only the residents that move
  /// differently in them (see ``ThresholdWatch``).
  ///
  /// - Returns: This scenario's run, then one run per branch, in order.
  func runControlArmNotingUptake(
    seed: UInt64, replication: Int, branches: [Simulation]
  ) -> [ControlArmRun] {
    assert(
      branches.allSatisfy { $0.parameters.branchingProjection == parameters.branchingProjection },
      "a branch must differ from its base only in thresholds, prices and the intervention after uptake"
    )
    let months = parameters.months
    return withStepper { stepper in
      guard !branches.isEmpty else {
        let profiles = makeResidents(seed: seed, replication: replication)
        var controlStates = profiles.map { initialState(of: $0, arm: .control) }
        var noWatch = NoStepWatch()
        let record = stepper.recordUptake(
          profiles: profiles, controlStates: &controlStates,
          interventionStates: profiles.map { initialState(of: $0, arm: .intervention) },
          months: months, stepWatch: &noWatch)
        return [ControlArmRun(profiles: profiles, record: record)]
      }
      return Self.withSteppers(of: branches[...]) { branchSteppers in
        var watch = ThresholdWatch(
          base: controlArmThresholds, stepper: stepper,
          variants: branches.map(\.controlArmThresholds), variantSteppers: branchSteppers,
          residents: parameters.residentsWithEntrants, months: months)
        let profiles = makeResidents(seed: seed, replication: replication, stepWatch: &watch)
        var controlStates = profiles.map { initialState(of: $0, arm: .control) }
        let interventionStates = profiles.map { initialState(of: $0, arm: .intervention) }
        watch.startTracking(
          from: UptakeRecord.start(interventionStates: interventionStates, months: months))
        let record = stepper.recordUptake(
          profiles: profiles, controlStates: &controlStates,
          interventionStates: interventionStates, months: months, stepWatch: &watch)
        return [ControlArmRun(profiles: profiles, record: record)]
          + branches.indices.map { index in
            let divergences = watch.divergences.filter { $0.variants & 1 << UInt64(index) != 0 }
            // Residents whose histories moved otherwise start as the branch starts them.
            var restarts: [Int: RestartedResident] = [:]
            var branchProfiles = profiles
            for resident in watch.historyBranchedResidents(of: index) {
              let restart = branches[index].restarted(
                profiles[resident],
                resumingAt: watch.historyResume(of: resident, variant: index))
              restarts[resident] = restart
              branchProfiles[resident] = restart.profile
            }
            let branched = stepper.branch(
              record, at: divergences, tracking: watch.uptakeTracking(of: index),
              restarts: restarts, into: branchSteppers[index], profiles: profiles)
            return ControlArmRun(profiles: branchProfiles, record: branched)
          }
      }
    }
  }

  /// The intervention arm's tally in the replication whose control arm is `control`.
  ///
  /// `control` must come from a scenario with this one's ``ScenarioParameters/uptakeProjection``
  /// after ``runControlArmNotingUptake(seed:replication:branches:)``. Only the residents this
  /// scenario's intervention reaches move, from the month they take it up.
  func interventionTally(after control: ControlArmRun) -> ArmTally {
    var record = control.record
    precondition(
      record.joinMonths.count == parameters.residentsWithEntrants
        && record.control.months == parameters.months,
      "a control arm of another population or horizon")
    // Initial participants (the same residents: the uptake projection keeps who they are) start as
    // this scenario enrols them; the others as the control arm noted.
    for resident in record.statesAtJoining.indices
    where record.statesAtJoining[resident].participation != .none {
      let initial = initialState(of: control.profiles[resident], arm: .intervention)
      precondition(
        initial.participation != .none && record.joinMonths[resident] == 0,
        "another scenario's initial participants")
      record.statesAtJoining[resident] = initial
    }
    return withStepper { stepper in
      precondition(record.control.classesPerMonth == stepper.classesPerMonth, "another ladder")
      let tally = ArmTally(copying: record.notReached)
      stepper.runReached(&record, profiles: control.profiles, into: tally)
      return tally
    }
  }
}
