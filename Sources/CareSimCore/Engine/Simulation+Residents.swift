/// The residents of a replication and their starting states, built from their streams' month -1
/// and, for a lived start, from their histories' streams.
extension Simulation {
  /// Builds the residents of one replication from their random streams: the initial residents,
  /// then the entrants in the order they arrive (see ``Entrants``), each with the state they
  /// start from.
  ///
  /// An entrant's stream is that of its index, after the initial residents', so adding entrants
  /// changes no initial resident.
  func makeResidents(seed: UInt64, replication: Int) -> [ResidentProfile] {
    var noWatch = NoStepWatch()
    return makeResidents(seed: seed, replication: replication, stepWatch: &noWatch)
  }

  /// Builds the residents of one replication as ``makeResidents(seed:replication:)`` does,
  /// showing `stepWatch` each resident's history before the run.
  func makeResidents<Watch: StepWatch>(
    seed: UInt64, replication: Int, stepWatch: inout Watch
  ) -> [ResidentProfile] {
    withStepper { stepper in
      var residents = (0..<parameters.residents).map { resident in
        drawResident(
          RandomStreamKey(seed: seed, replication: replication, resident: resident),
          from: parameters.population, arrivalMonth: 0, isEntrant: false)
      }
      if let entrants = parameters.entrants {
        for (entrant, month) in entrants.arrivalMonths(months: parameters.months).enumerated() {
          residents.append(
            drawResident(
              RandomStreamKey(
                seed: seed, replication: replication, resident: parameters.residents + entrant),
              from: entrants.profile, arrivalMonth: month, isEntrant: true))
        }
      }
      for resident in residents.indices {
        stepWatch.startHistory(of: resident)
        residents[resident] = starting(residents[resident], stepper: stepper, stepWatch: &stepWatch)
        stepWatch.endHistory(
          of: resident, arrivingIn: residents[resident].start,
          month: residents[resident].arrivalMonth)
      }
      return residents
    }
  }

  /// A resident of another scenario with the state this scenario starts them in: lived again
  /// here, where their history moves otherwise (see ``ThresholdWatch``).
  func restarted(_ resident: ResidentProfile) -> RestartedResident {
    let profile = withStepper { stepper in
      var noWatch = NoStepWatch()
      return starting(resident, stepper: stepper, stepWatch: &noWatch)
    }
    let start = UptakeRecord.start(
      interventionStates: [initialState(of: profile, arm: .intervention)], months: parameters.months
    )
    return RestartedResident(
      profile: profile, joinMonth: start.joinMonths[0], stateAtJoining: start.statesAtJoining[0])
  }

  /// A resident drawn from `population`, whose ages are ages at `arrivalMonth`, still without
  /// the state they start in.
  private func drawResident(
    _ stream: RandomStreamKey, from population: PopulationProfile, arrivalMonth: Int,
    isEntrant: Bool
  ) -> ResidentProfile {
    let bandIndex = pick(
      stream.uniform(month: RandomStreamKey.buildingMonth, .ageBand),
      shares: population.ageBands.map(\.share))
    let band = population.ageBands[bandIndex]
    let age =
      band.minimumAge
      + (band.maximumAge - band.minimumAge)
      * stream.uniform(month: RandomStreamKey.buildingMonth, .ageWithinBand)
    return ResidentProfile(
      stream: stream, ageInMonthsAtStart: Int(age * 12) - arrivalMonth,
      isFemale: stream.uniform(month: RandomStreamKey.buildingMonth, .sex) < population.femaleShare,
      livesAlone: stream.uniform(month: RandomStreamKey.buildingMonth, .livingAlone)
        < population.livingAloneShare,
      arrivalMonth: arrivalMonth, isEntrant: isEntrant, ageBand: bandIndex)
  }

  /// `resident` with the state their population's ``PopulationProfile/start`` gives them.
  private func starting<Watch: StepWatch>(
    _ resident: ResidentProfile, stepper: MonthlyStepper, stepWatch: inout Watch
  ) -> ResidentProfile {
    let population = resident.isEntrant ? parameters.entrants?.profile : parameters.population
    guard let population else { preconditionFailure("an entrant of a scenario without entrants") }
    var profile = resident
    switch population.start {
    case .drawn:
      profile.start = drawnState(
        stream: profile.stream, ageInMonths: profile.ageInMonthsAtArrival,
        needShares: population.initialNeedShares(ageBand: profile.ageBand),
        livesAlone: profile.livesAlone, population: population)
      profile.institutionalMonthsAtStart = 0
    case .lived(let fromAge):
      (profile.start, profile.institutionalMonthsAtStart) = stepper.livedState(
        of: profile, fromAgeInMonths: Int(fromAge * 12), stepWatch: &stepWatch
      ) { historyStream, ageInMonths in
        drawnState(
          stream: historyStream, ageInMonths: ageInMonths,
          needShares: population.initialNeedShares, livesAlone: profile.livesAlone,
          population: population)
      }
    }
    return profile
  }

  /// A state drawn from a population's shares, from month -1 of `stream`.
  ///
  /// The need level from `needShares`, loneliness and an informal carer by living alone, and
  /// quality of life at the level's target at `ageInMonths` with a shock. Nobody takes part yet.
  private func drawnState(
    stream: RandomStreamKey, ageInMonths: Int, needShares: [Double], livesAlone: Bool,
    population: PopulationProfile
  ) -> ResidentState {
    let level = pick(
      stream.uniform(month: RandomStreamKey.buildingMonth, .needLevel), shares: needShares)
    let lonelyChance =
      livesAlone ? population.lonelinessLivingAlone : population.lonelinessLivingWithOthers
    let carerChance = livesAlone ? population.carerLivingAlone : population.carerLivingWithOthers
    var state = ResidentState(
      needLevel: UInt8(level), servedLevel: UInt8(level),
      isLonely: stream.uniform(month: RandomStreamKey.buildingMonth, .loneliness) < lonelyChance,
      hasCarer: stream.uniform(month: RandomStreamKey.buildingMonth, .carer) < carerChance,
      qualityOfLife: 0)
    if tables.levels[level].kind != .dead {
      let target = constants.qualityOfLifeTarget(
        state, utility: tables.levels[level].utility, ageInMonths: ageInMonths,
        serviceIntensity: 0)
      state.qualityOfLife = clampUnit(
        target
          + constants.qualityOfLifeShock(
            stream.uniform(month: RandomStreamKey.buildingMonth, .qualityOfLife)))
    }
    return state
  }

  /// The state of a resident at the start (for an entrant, on arrival): the profile's starting
  /// state, identical in both arms except for participation: only initial residents take part
  /// from the start; entrants may take up from their arrival on.
  func initialState(of profile: ResidentProfile, arm: InterventionArm) -> ResidentState {
    var state = profile.start
    let stream = profile.stream
    if arm == .intervention && !profile.isEntrant && tables.levels[Int(state.needLevel)].isEligible,
      stream.uniform(month: RandomStreamKey.buildingMonth, .initialParticipation)
        < parameters.intervention.initialParticipationShare
    {
      state.participation = .participating
      state.isVolunteer =
        stream.uniform(month: RandomStreamKey.buildingMonth, .initialVolunteering)
        < parameters.intervention.volunteering.initialShareOfParticipants
      // Initial participants' care may be substituted from the start; the volunteer requirement
      // then binds new substitutions from month one (free volunteers can be negative).
      let substitution = parameters.mechanisms.substitution
      state.isSubstituted =
        substitution.atEnrolment
        && stream.uniform(month: RandomStreamKey.buildingMonth, .initialSubstitution)
          < substitution.share
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
