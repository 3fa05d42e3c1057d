/// The residents of a replication and their starting states, built from their streams' month -1.
extension Simulation {
  /// Builds the residents of one replication from their random streams.
  func makeResidents(seed: UInt64, replication: Int) -> [ResidentProfile] {
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
      let target = constants.qualityOfLifeTarget(
        before, utility: tables.levels[level].utility, ageInMonths: profile.ageInMonthsAtStart,
        serviceIntensity: 0)
      state.qualityOfLife = clampUnit(
        target + constants.qualityOfLifeShock(stream.uniform(month: -1, .qualityOfLife)))
    }
    return state
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
