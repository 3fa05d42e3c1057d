/// Runs one replication of a scenario: both arms, every resident, every month.
///
/// The value precomputes the tables the monthly step reads (costs per level, hazard rows, covariate
/// ratios by age and by quality of life), so the hot loop does lookups and multiplications only. It is
/// immutable and `Sendable`: worker threads share one instance.
public struct Simulation: Sendable {
  public let parameters: ScenarioParameters
  let tables: StepTables
  let constants: StepConstants
  let covariateTables: CovariateTables
  let costsByAgeTables: CostsByAgeTables

  public init(parameters: ScenarioParameters) {
    let levels = parameters.needLevels
    precondition(
      levels.count(where: { $0.kind == .dead }) == 1, "a validated ladder has one dead level")
    precondition(
      parameters.residents >= 0 && parameters.residentsWithEntrants <= 1 << 24,
      "at most 2^24 residents with the entrants: monthly quality-of-life sums would overflow")
    precondition(
      levels.count <= NeedLevel.maximumCount,
      "a validated ladder has at most \(NeedLevel.maximumCount) levels")
    precondition(
      parameters.transitions.count == levels.count
        && parameters.transitions.allSatisfy { $0.count == levels.count },
      "transitions must be a square matrix over the ladder")
    precondition(
      parameters.mechanisms.escalation.crisisMonthlyProbability.count == levels.count,
      "crisis probabilities must have one entry per level")
    self.parameters = parameters
    tables = StepTables(parameters)
    constants = StepConstants(parameters)
    covariateTables = CovariateTables(parameters)
    costsByAgeTables = CostsByAgeTables(
      parameters, classesPerBand: levels.count * CareClass.perLevel)
  }

  /// Runs one replication, both arms.
  ///
  /// The control arm runs resident by resident and notes when each resident would take up the
  /// intervention; the intervention arm moves only the residents it has reached (see
  /// `Drivers/MonthlyStepper+ReachedResidents.swift`). When every eligible resident takes part
  /// from the start, both arms run month by month instead. Every order gives the bits of moving
  /// every resident month by month.
  public func run(seed: UInt64, replication: Int) -> ReplicationOutcome {
    run(seed: seed, replication: replication, arms: InterventionArm.allCases, order: .fastest)
  }

  /// Runs one replication: both arms, or only those given (the others stay zero), in `order`.
  package func run(
    seed: UInt64, replication: Int, arms: [InterventionArm] = InterventionArm.allCases,
    order: LoopOrder
  ) -> ReplicationOutcome {
    let profiles = makeResidents(seed: seed, replication: replication)
    if order == .fastest && !reachesEveryone && Set(arms) == Set(InterventionArm.allCases) {
      var noWatch = NoStepWatch()
      return runReached(profiles, stepWatch: &noWatch)
    }
    var outcome = ReplicationOutcome(months: parameters.months)
    withStepper { stepper in
      for arm in arms {
        var states = profiles.map { initialState(of: $0, arm: arm) }
        let tally = ArmTally(months: parameters.months, classesPerMonth: stepper.classesPerMonth)
        stepper.runMonthByMonth(arm: arm, profiles: profiles, states: &states, into: tally)
        stepper.finish(arm, tally: tally, outcome: &outcome)
      }
    }
    return outcome
  }

  /// Runs one replication, both arms, and counts its control arm by year, sex and age as it
  /// runs: the outcome of ``run(seed:replication:)`` and the profile of
  /// ``controlArmProfile(seed:replication:)``, for the cost of watching the control arm rather
  /// than of running it, and its residents' histories, again.
  public func runCountingControlArm(
    seed: UInt64, replication: Int
  ) -> (outcome: ReplicationOutcome, controlArm: ControlArmProfile) {
    // Even when everyone takes part from the start, the control arm runs once, resident by
    // resident under the observer, rather than month by month and then again to be counted
    // (the reference ladder's `caresim run`: a third fewer instructions under callgrind).
    let profiles = makeResidents(seed: seed, replication: replication)
    return withStepper { stepper in
      var observer = ControlArmObserver(parameters, stepper: stepper)
      defer { observer.deallocate() }
      let outcome = runReached(profiles, stepWatch: &observer)
      return (outcome, observer.profile(stepper: stepper))
    }
  }

  /// When every eligible resident takes part from the start, moving only the reached residents
  /// saves nothing: both arms run month by month (2 to 9% fewer instructions under callgrind for
  /// a whole `caresim run` of the shipped scenarios that do this).
  var reachesEveryone: Bool { parameters.intervention.initialParticipationShare >= 1 }

  /// Both arms of `profiles`' replication: the control arm resident by resident under
  /// `stepWatch`, the intervention arm over the residents it reaches.
  private func runReached<Watch: StepWatch>(
    _ profiles: [ResidentProfile], stepWatch: inout Watch
  ) -> ReplicationOutcome {
    let tallies = withStepper { stepper in
      var controlStates = profiles.map { initialState(of: $0, arm: .control) }
      return stepper.runBothArms(
        profiles: profiles, controlStates: &controlStates,
        interventionStates: profiles.map { initialState(of: $0, arm: .intervention) },
        months: parameters.months, stepWatch: &stepWatch)
    }
    return outcome(control: tallies.control, intervention: tallies.intervention)
  }

  /// Calls `body` with a stepper whose table pointers are valid for the call only.
  func withStepper<Result>(_ body: (MonthlyStepper) -> Result) -> Result {
    withBuffers(
      tables.levels, tables.moves, covariateTables.byAge, covariateTables.byQualityOfLifeShortfall
    ) { levels, moves, byAge, byQuality in
      costsByAgeTables.withBuffers { costBandOffsets, costBandBoundaries, costBandFactors in
        body(
          MonthlyStepper(
            levels: levels, moves: moves, ageRatios: byAge, qualityRatios: byQuality,
            covariates: covariateTables.scalars, costBandOffsets: costBandOffsets,
            costBandBoundaries: costBandBoundaries, costBandFactors: costBandFactors,
            constants: constants))
      }
    }
  }
}

extension Simulation {
  /// Calls `body` with the steppers of `simulations`, in order, all valid for the call only: a
  /// watch makes each what-if setting's decisions with its own stepper.
  static func withSteppers<Result>(
    of simulations: ArraySlice<Simulation>, _ body: ([MonthlyStepper]) -> Result
  ) -> Result {
    guard let first = simulations.first else { return body([]) }
    return first.withStepper { stepper in
      withSteppers(of: simulations.dropFirst()) { others in body([stepper] + others) }
    }
  }
}

/// Calls `body` with buffer pointers to four arrays, valid for the call only.
private func withBuffers<A, B, C, D, Result>(
  _ a: [A], _ b: [B], _ c: [C], _ d: [D],
  _ body: (
    UnsafeBufferPointer<A>, UnsafeBufferPointer<B>, UnsafeBufferPointer<C>, UnsafeBufferPointer<D>
  ) -> Result
) -> Result {
  a.withUnsafeBufferPointer { a in
    b.withUnsafeBufferPointer { b in
      c.withUnsafeBufferPointer { c in d.withUnsafeBufferPointer { d in body(a, b, c, d) } }
    }
  }
}

/// The order in which ``Simulation/run(seed:replication:arms:order:)`` visits residents and
/// months; every order gives the same bits.
package enum LoopOrder: Sendable {
  /// The production order: the control arm resident by resident, noting uptake; the
  /// intervention arm month by month over the residents it has reached. An arm run alone, and a
  /// scenario whose intervention reaches every eligible resident from the start, run month by
  /// month.
  case fastest
  /// The oracle: month by month, every resident each month, in both arms.
  case monthByMonth
}
