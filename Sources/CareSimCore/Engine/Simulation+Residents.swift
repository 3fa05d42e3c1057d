/// The residents of a replication and their starting states, built from their streams' month -1.
extension Simulation {
  /// Builds the residents of one replication from their random streams: the initial residents,
  /// then the entrants in the order they arrive (see ``Entrants``).
  ///
  /// An entrant's stream is that of its index, after the initial residents', so adding entrants
  /// changes no initial resident.
  func makeResidents(seed: UInt64, replication: Int) -> [ResidentProfile] {
    let initial = (0..<parameters.residents).map { resident in
      makeResident(
        RandomStreamKey(seed: seed, replication: replication, resident: resident),
        from: parameters.population, arrivalMonth: 0, isEntrant: false)
    }
    guard let entrants = parameters.entrants else { return initial }
    let arrivals = entrants.arrivalMonths(months: parameters.months)
    return initial
      + arrivals.enumerated().map { entrant, month in
        makeResident(
          RandomStreamKey(
            seed: seed, replication: replication, resident: parameters.residents + entrant),
          from: entrants.profile, arrivalMonth: month, isEntrant: true)
      }
  }

  /// A resident drawn from `population`, whose ages are ages at `arrivalMonth`.
  private func makeResident(
    _ stream: RandomStreamKey, from population: PopulationProfile, arrivalMonth: Int,
    isEntrant: Bool
  ) -> ResidentProfile {
    let bandIndex = pick(
      stream.uniform(month: -1, .ageBand), shares: population.ageBands.map(\.share))
    let band = population.ageBands[bandIndex]
    let age =
      band.minimumAge
      + (band.maximumAge - band.minimumAge) * stream.uniform(month: -1, .ageWithinBand)
    return ResidentProfile(
      stream: stream, ageInMonthsAtStart: Int(age * 12) - arrivalMonth,
      isFemale: stream.uniform(month: -1, .sex) < population.femaleShare,
      livesAlone: stream.uniform(month: -1, .livingAlone) < population.livingAloneShare,
      arrivalMonth: arrivalMonth, isEntrant: isEntrant, ageBand: bandIndex)
  }

  /// The state of a resident at the start (for an entrant, on arrival), identical in both arms
  /// except for participation: only initial residents take part from the start; entrants may
  /// take up from their arrival on.
  func initialState(of profile: ResidentProfile, arm: InterventionArm) -> ResidentState {
    let population = profile.isEntrant ? parameters.entrants?.profile : parameters.population
    guard let population else { preconditionFailure("an entrant of a scenario without entrants") }
    let stream = profile.stream
    let level = pick(
      stream.uniform(month: -1, .needLevel),
      shares: population.initialNeedShares(ageBand: profile.ageBand))
    let lonelyChance =
      profile.livesAlone ? population.lonelinessLivingAlone : population.lonelinessLivingWithOthers
    let carerChance =
      profile.livesAlone ? population.carerLivingAlone : population.carerLivingWithOthers
    var state = ResidentState(
      needLevel: UInt8(level), servedLevel: UInt8(level),
      isLonely: stream.uniform(month: -1, .loneliness) < lonelyChance,
      hasCarer: stream.uniform(month: -1, .carer) < carerChance, qualityOfLife: 0)
    if arm == .intervention && !profile.isEntrant && tables.levels[level].isEligible,
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
        before, utility: tables.levels[level].utility, ageInMonths: profile.ageInMonthsAtArrival,
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
