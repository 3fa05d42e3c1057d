/// Runs one replication of a scenario: both arms, every resident, every month.
///
/// The value precomputes the tables the monthly step reads (costs per level, hazard rows, covariate
/// ratios by age and by quality of life), so the hot loop does lookups and multiplications only. It is
/// immutable and `Sendable`: worker threads share one instance.
public struct Simulation: Sendable {
  public let parameters: ScenarioParameters
  let transitionRows: [[MonthlyTransition.Move]]
  let monthlyCareCost: [FunderAmounts]
  let deadLevel: Int
  let levelKinds: [NeedLevel.Kind]
  let covariateTables: CovariateTables
  /// Multiplies a participant's professional care cost (efficiency), per funder.
  let efficiencyMultiplier: SIMD8<Double>
  /// Multiplies a substituted episode's professional care cost, per funder.
  let substitutionMultiplier: SIMD8<Double>
  /// Euros of informal care per weekly hour per month.
  let informalEurosPerWeeklyHour: Double

  public init(parameters: ScenarioParameters) {
    self.parameters = parameters
    let levels = parameters.needLevels
    levelKinds = levels.map(\.kind)
    guard let dead = levels.firstIndex(where: { $0.kind == .dead }) else {
      preconditionFailure("a validated ladder has a dead level")
    }
    deadLevel = dead
    transitionRows = levels.indices.map { from in
      MonthlyTransition.moves(from: from, probabilities: parameters.transitions[from], kinds: levels.map(\.kind))
    }
    monthlyCareCost = levels.map { $0.annualCareCost * (1.0 / 12.0) }
    covariateTables = CovariateTables(parameters.covariates)
    var efficiency = SIMD8<Double>(repeating: 1)
    for funder in parameters.mechanisms.efficiency.funders {
      efficiency[funder.rawValue] = parameters.mechanisms.efficiency.costMultiplier
    }
    efficiencyMultiplier = efficiency
    var substitution = SIMD8<Double>(repeating: 1)
    for funder in parameters.mechanisms.substitution.funders {
      substitution[funder.rawValue] = parameters.mechanisms.substitution.remainingCostShare
    }
    substitutionMultiplier = substitution
    informalEurosPerWeeklyHour = parameters.informalCare.shadowPricePerHour * 52.0 / 12.0
  }

  /// Builds the residents of one replication from their random streams.
  public func makeResidents(seed: UInt64, replication: Int) -> [ResidentProfile] {
    (0..<parameters.residents).map { resident in
      let stream = RandomStreamKey(seed: seed, replication: replication, resident: resident)
      let population = parameters.population
      let band = population.ageBands[
        pick(stream.uniform(month: -1, .ageBand), shares: population.ageBands.map(\.share))]
      let age = band.minimumAge
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
    if arm == .intervention && isEligible(state),
      stream.uniform(month: -1, .initialParticipation)
        < parameters.intervention.initialParticipationShare
    {
      state.participation = .participating
      state.isVolunteer =
        stream.uniform(month: -1, .initialVolunteering)
        < parameters.intervention.volunteering.initialShareOfParticipants
    }
    if levelKinds[level] != .dead {
      let target = qualityOfLifeTarget(
        state, ageInMonths: profile.ageInMonthsAtStart, serviceIntensity: 1)
      state.qualityOfLife = clampUnit(
        target + shock(stream.uniform(month: -1, .qualityOfLife)))
    }
    return state
  }

  /// Runs both arms of one replication.
  public func run(seed: UInt64, replication: Int) -> ReplicationOutcome {
    let profiles = makeResidents(seed: seed, replication: replication)
    var outcome = ReplicationOutcome(months: parameters.months)
    for arm in InterventionArm.allCases {
      var states = profiles.map { initialState(of: $0, arm: arm) }
      for month in 0..<parameters.months {
        step(arm: arm, month: month, profiles: profiles, states: &states, outcome: &outcome)
      }
    }
    return outcome
  }
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
