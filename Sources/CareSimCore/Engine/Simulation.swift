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
  /// The scenario as a Markov chain over few states, when it is one (see ``LadderChain``).
  let chain: LadderChain?

  public init(parameters: ScenarioParameters) {
    let levels = parameters.needLevels
    precondition(
      levels.count(where: { $0.kind == .dead }) == 1, "a validated ladder has one dead level")
    precondition(
      parameters.residents <= 1 << 24,
      "at most 2^24 residents: monthly quality-of-life sums would overflow")
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
    covariateTables = CovariateTables(parameters.covariates)
    chain = LadderChain(
      parameters, tables: tables, constants: constants, covariates: covariateTables.scalars)
  }

  /// Whether the scenario runs as a Markov chain over few states (see ``LadderChain``).
  public var isMarkovChain: Bool { chain != nil }

  /// Builds the residents of one replication from their random streams.
  public func makeResidents(seed: UInt64, replication: Int) -> [ResidentProfile] {
    (0..<parameters.residents).map { resident in
      let stream = RandomStreamKey(seed: seed, replication: replication, resident: resident)
      let population = parameters.population
      let band = population.ageBands[
        pick(stream.uniform(month: -1, .ageBand), shares: population.ageBands.map(\.share))]
      let age =
        band.minimumAge
        + (band.maximumAge - band.minimumAge) * stream.uniform(month: -1, .ageWithinBand)
      return ResidentProfile(
        stream: stream, ageInMonthsAtStart: Int(age * 12),
        isFemale: stream.uniform(month: -1, .sex) < population.femaleShare,
        livesAlone: stream.uniform(month: -1, .livingAlone) < population.livingAloneShare)
    }
  }

  /// The state of a resident at the start, identical in both arms except for participation.
  func initialState(of profile: ResidentProfile, arm: InterventionArm) -> ResidentState {
    let population = parameters.population
    let stream = profile.stream
    let level = pick(stream.uniform(month: -1, .needLevel), shares: population.initialNeedShares)
    let lonelyChance =
      profile.livesAlone ? population.lonelinessLivingAlone : population.lonelinessLivingWithOthers
    let carerChance =
      profile.livesAlone ? population.carerLivingAlone : population.carerLivingWithOthers
    var state = ResidentState(
      needLevel: UInt8(level), servedLevel: UInt8(level),
      isLonely: stream.uniform(month: -1, .loneliness) < lonelyChance,
      hasCarer: stream.uniform(month: -1, .carer) < carerChance, qualityOfLife: 0)
    if arm == .intervention && tables.levels[level].isEligible,
      stream.uniform(month: -1, .initialParticipation)
        < parameters.intervention.initialParticipationShare
    {
      state.participation = .participating
      state.isVolunteer =
        stream.uniform(month: -1, .initialVolunteering)
        < parameters.intervention.volunteering.initialShareOfParticipants
      // Initial participants' care may be substituted from the start; the volunteer requirement
      // then binds new substitutions from month one (free volunteers can be negative).
      let substitution = parameters.mechanisms.substitution
      state.isSubstituted =
        substitution.atEnrolment
        && stream.uniform(month: -1, .initialSubstitution) < substitution.share
    }
    if tables.levels[level].kind != .dead {
      // The starting score is the same in both arms: the intervention has not acted yet.
      var before = state
      before.participation = .none
      before.isVolunteer = false
      let target = QualityOfLife.target(
        before, utility: tables.levels[level].utility, ageInMonths: profile.ageInMonthsAtStart,
        serviceIntensity: 0, constants: constants)
      state.qualityOfLife = clampUnit(
        target
          + QualityOfLife.shock(stream.uniform(month: -1, .qualityOfLife), constants: constants))
    }
    return state
  }

  /// Runs one replication: both arms, or only those given (the others stay zero).
  ///
  /// A scenario that is a Markov chain runs through its ``LadderChain``; otherwise an arm whose
  /// residents do not interact runs resident by resident, and when both arms run, the intervention
  /// arm moves only the residents it has reached. Each is faster and gives the same bits; `order`
  /// forces the slower paths, so that tests and the benchmark can compare them.
  public func run(
    seed: UInt64, replication: Int, arms: [InterventionArm] = InterventionArm.allCases,
    order: LoopOrder = .fastest
  ) -> ReplicationOutcome {
    let profiles = makeResidents(seed: seed, replication: replication)
    let capacity = parameters.intervention.capacity
    let fixedMonthlyCost = parameters.intervention.fixedCostPerYear / 12
    let months = parameters.months
    let bothArmsTogether =
      order != .monthByMonth && Set(arms) == Set(InterventionArm.allCases)
      && withStepper { $0.residentsInteract(in: .intervention, capacity: capacity) }
    if bothArmsTogether {
      let tallies = withStepper { stepper in
        var controlStates = profiles.map { initialState(of: $0, arm: .control) }
        return stepper.runBothArms(
          profiles: profiles, controlStates: &controlStates,
          interventionStates: profiles.map { initialState(of: $0, arm: .intervention) },
          capacity: capacity, months: months)
      }
      return self.outcome(control: tallies.control, intervention: tallies.intervention)
    }
    var outcome = ReplicationOutcome(months: months)
    withStepper { stepper in
      for arm in arms {
        var states = profiles.map { initialState(of: $0, arm: arm) }
        let tally = ArmTally(months: months, classesPerMonth: stepper.classesPerMonth)
        if order == .monthByMonth || stepper.residentsInteract(in: arm, capacity: capacity) {
          stepper.runMonthByMonth(
            arm: arm, profiles: profiles, states: &states, capacity: capacity, into: tally)
        } else {
          stepper.runResidentByResident(
            arm: arm, profiles: profiles, states: &states, capacity: capacity, into: tally,
            chain: order == .fastest ? chain : nil)
        }
        stepper.finish(arm, tally: tally, fixedMonthlyCost: fixedMonthlyCost, outcome: &outcome)
      }
    }
    return outcome
  }

  /// A replication's control arm, run once for several settings of the intervention: its
  /// residents, and what it notes for the intervention arm.
  struct ControlArmRun {
    let profiles: [ResidentProfile]
    let record: UptakeRecord
  }

  /// The thresholds a what-if setting may change and still share this scenario's control run.
  var controlArmThresholds: ControlArmThresholds {
    ControlArmThresholds(
      covariates: covariateTables.scalars, signalling: constants.signalling,
      crisisAdmission: constants.crisisAdmissionProbability, uptake: constants.uptake,
      uptakeRelativeRiskIfLonely: constants.uptakeRelativeRiskIfLonely)
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
    let profiles = makeResidents(seed: seed, replication: replication)
    var controlStates = profiles.map { initialState(of: $0, arm: .control) }
    let interventionStates = profiles.map { initialState(of: $0, arm: .intervention) }
    let records = withStepper { stepper in
      guard !branches.isEmpty else {
        var noWatch = NoStepWatch()
        return [
          stepper.recordUptake(
            profiles: profiles, controlStates: &controlStates,
            interventionStates: interventionStates, months: parameters.months,
            stepWatch: &noWatch)
        ]
      }
      var watch = ThresholdWatch(
        base: controlArmThresholds, variants: branches.map(\.controlArmThresholds),
        startingFrom: UptakeRecord.start(
          interventionStates: interventionStates, months: parameters.months),
        months: parameters.months, classesPerMonth: stepper.classesPerMonth)
      let record = stepper.recordUptake(
        profiles: profiles, controlStates: &controlStates, interventionStates: interventionStates,
        months: parameters.months, stepWatch: &watch)
      return [record]
        + branches.indices.map { index in
          branches[index].withStepper { branchStepper in
            stepper.branch(
              record, at: watch.divergences.filter { $0.variants & 1 << UInt64(index) != 0 },
              tracking: watch.uptakeTracking(of: index), into: branchStepper, profiles: profiles)
          }
        }
    }
    return records.map { ControlArmRun(profiles: profiles, record: $0) }
  }

  /// The intervention arm's tally in the replication whose control arm is `control`.
  ///
  /// `control` must come from a scenario with this one's ``ScenarioParameters/uptakeProjection``
  /// after ``runControlArmNotingUptake(seed:replication:branches:)``. Only the residents this
  /// scenario's intervention reaches move, from the month they take it up.
  func interventionTally(after control: ControlArmRun) -> ArmTally {
    var record = control.record
    precondition(
      record.joinMonths.count == parameters.residents && record.control.months == parameters.months,
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
      stepper.runReached(
        &record, profiles: control.profiles, capacity: parameters.intervention.capacity,
        into: tally)
      return tally
    }
  }

  /// Prices both arms' tallies at this scenario's prices: the same bits as a plain run whose
  /// tallies count the same.
  func outcome(control: ArmTally, intervention: ArmTally) -> ReplicationOutcome {
    var outcome = ReplicationOutcome(months: parameters.months)
    let fixedMonthlyCost = parameters.intervention.fixedCostPerYear / 12
    withStepper { stepper in
      stepper.finish(
        .control, tally: control, fixedMonthlyCost: fixedMonthlyCost, outcome: &outcome)
      stepper.finish(
        .intervention, tally: intervention, fixedMonthlyCost: fixedMonthlyCost, outcome: &outcome)
    }
    return outcome
  }

  /// Calls `body` with a stepper whose table pointers are valid for the call only.
  func withStepper<Result>(_ body: (MonthlyStepper) -> Result) -> Result {
    tables.levels.withUnsafeBufferPointer { levels in
      tables.moves.withUnsafeBufferPointer { moves in
        covariateTables.byAge.withUnsafeBufferPointer { byAge in
          covariateTables.byQualityOfLifeShortfall.withUnsafeBufferPointer { byQuality in
            body(
              MonthlyStepper(
                levels: levels, moves: moves, ageRatios: byAge, qualityRatios: byQuality,
                covariates: covariateTables.scalars, constants: constants))
          }
        }
      }
    }
  }
}

/// The order in which ``Simulation/run(seed:replication:arms:order:)`` visits residents and months.
public enum LoopOrder: Sendable {
  /// The Markov chain when the scenario is one; otherwise as ``generalStep``.
  case fastest
  /// The general monthly step: resident by resident where residents do not interact, month by
  /// month where they do, and the intervention arm only for residents it has reached when both
  /// arms run.
  case generalStep
  /// Month by month, every resident each month.
  case monthByMonth
}

/// Picks an index with probability proportional to `shares` (which sum to 1) from a uniform draw.
func pick(_ uniform: Double, shares: [Double]) -> Int {
  var cumulative = 0.0
  for (index, share) in shares.enumerated() {
    cumulative += share
    if uniform < cumulative { return index }
  }
  // Rounding can leave the cumulative sum a hair below 1: fall back to the last share that is not 0.
  return shares.lastIndex(where: { $0 > 0 }) ?? 0
}

@inline(__always)
func clampUnit(_ x: Double) -> Double { min(1, max(0, x)) }
