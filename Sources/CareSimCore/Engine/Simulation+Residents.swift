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
        parameters.population.drawResident(
          RandomStreamKey(seed: seed, replication: replication, resident: resident),
          arrivalMonth: 0, isEntrant: false)
      }
      if let entrants = parameters.entrants {
        for (entrant, month) in entrants.arrivalMonths(months: parameters.months).enumerated() {
          residents.append(
            entrants.profile.drawResident(
              RandomStreamKey(
                seed: seed, replication: replication, resident: parameters.residents + entrant),
              arrivalMonth: month, isEntrant: true))
        }
      }
      for resident in residents.indices {
        stepWatch.startHistory(of: resident, drawn: residents[resident])
        residents[resident] = starting(residents[resident], stepper: stepper, stepWatch: &stepWatch)
        stepWatch.endHistory(
          of: resident, arrivingIn: residents[resident].start,
          month: residents[resident].arrivalMonth)
      }
      return residents
    }
  }

  /// A resident of another scenario as this scenario draws and starts them, from the same
  /// stream: drawn and lived again here, where their draws or their history differ (see
  /// ``ThresholdWatch``); with `resume`, their history is taken up where it first differs.
  func restarted(
    _ resident: ResidentProfile, resumingAt resume: HistoryResume? = nil
  ) -> RestartedResident {
    let drawn = populations.drawing(resident).drawResident(
      resident.stream, arrivalMonth: resident.arrivalMonth, isEntrant: resident.isEntrant)
    let profile = withStepper { stepper in
      var noWatch = NoStepWatch()
      return starting(drawn, resumingAt: resume, stepper: stepper, stepWatch: &noWatch)
    }
    let start = UptakeRecord.start(
      interventionStates: [initialState(of: profile, arm: .intervention)], months: parameters.months
    )
    return RestartedResident(
      profile: profile, joinMonth: start.joinMonths[0], stateAtJoining: start.statesAtJoining[0])
  }

  /// `resident` with the state their population's ``PopulationProfile/start`` gives them.
  private func starting<Watch: StepWatch>(
    _ resident: ResidentProfile, resumingAt resume: HistoryResume? = nil, stepper: MonthlyStepper,
    stepWatch: inout Watch
  ) -> ResidentProfile {
    let population = populations.drawing(resident)
    var profile = resident
    switch population.start {
    case .drawn:
      let ageInMonths = profile.ageInMonthsAtArrival
      profile.start = stepper.drawnStart(
        of: profile, stream: profile.stream, ageInMonths: ageInMonths, population: population)
      stepWatch.drewStart(
        profile.start, of: profile, stream: profile.stream, ageInMonths: ageInMonths)
      profile.institutionalMonthsAtStart = 0
    case .lived(let fromAge):
      (profile.start, profile.institutionalMonthsAtStart) = stepper.livedState(
        of: profile, fromAgeInMonths: Int(fromAge * 12), resumingAt: resume, stepWatch: &stepWatch
      ) { historyStream, ageInMonths in
        stepper.drawnStart(
          of: profile, stream: historyStream, ageInMonths: ageInMonths, population: population)
      }
    }
    return profile
  }

  /// The populations this scenario's residents are drawn from.
  var populations: StartingPopulations {
    StartingPopulations(initial: parameters.population, entrants: parameters.entrants?.profile)
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

/// The populations a scenario's residents are drawn from: the initial residents' and the
/// entrants'.
///
/// A what-if setting that changes only their shares may share its base's control run: the
/// watch draws each resident as both draw them (see ``ThresholdWatch``).
struct StartingPopulations: Sendable, Equatable {
  var initial: PopulationProfile
  var entrants: PopulationProfile?

  /// The population `resident` is drawn from.
  func drawing(_ resident: ResidentProfile) -> PopulationProfile {
    guard resident.isEntrant else { return initial }
    guard let entrants else { preconditionFailure("an entrant of a scenario without entrants") }
    return entrants
  }
}

extension PopulationProfile {
  /// A resident drawn from this population, whose ages are ages at `arrivalMonth`, still without
  /// the state they start in.
  func drawResident(
    _ stream: RandomStreamKey, arrivalMonth: Int, isEntrant: Bool
  ) -> ResidentProfile {
    let bandIndex = pick(
      stream.uniform(month: RandomStreamKey.buildingMonth, .ageBand),
      shares: ageBands.map(\.share))
    let band = ageBands[bandIndex]
    let age =
      band.minimumAge
      + (band.maximumAge - band.minimumAge)
      * stream.uniform(month: RandomStreamKey.buildingMonth, .ageWithinBand)
    return ResidentProfile(
      stream: stream, ageInMonthsAtStart: Int(age * 12) - arrivalMonth,
      isFemale: stream.uniform(month: RandomStreamKey.buildingMonth, .sex) < femaleShare,
      livesAlone: stream.uniform(month: RandomStreamKey.buildingMonth, .livingAlone)
        < livingAloneShare,
      arrivalMonth: arrivalMonth, isEntrant: isEntrant, ageBand: bandIndex)
  }
}

extension MonthlyStepper {
  /// The state `profile`, drawn from `population`, starts from, drawn from month -1 of `stream`
  /// at `ageInMonths`: on arrival for a drawn start, at the start of each try for a lived one.
  ///
  /// The need level from the population's mix (a drawn start takes the mix of the resident's age
  /// band; a lived one the mix at the age its history starts from), loneliness and an informal
  /// carer by living alone, and quality of life at the level's target at `ageInMonths` with a
  /// shock. Nobody takes part yet.
  func drawnStart(
    of profile: ResidentProfile, stream: RandomStreamKey, ageInMonths: Int,
    population: PopulationProfile
  ) -> ResidentState {
    let needShares =
      population.start.livedFromAge == nil
      ? population.initialNeedShares(ageBand: profile.ageBand) : population.initialNeedShares
    let level = pick(
      stream.uniform(month: RandomStreamKey.buildingMonth, .needLevel), shares: needShares)
    let livesAlone = profile.livesAlone
    let lonelyChance =
      livesAlone ? population.lonelinessLivingAlone : population.lonelinessLivingWithOthers
    let carerChance = livesAlone ? population.carerLivingAlone : population.carerLivingWithOthers
    var state = ResidentState(
      needLevel: UInt8(level), servedLevel: UInt8(level),
      isLonely: stream.uniform(month: RandomStreamKey.buildingMonth, .loneliness) < lonelyChance,
      carer: stream.uniform(month: RandomStreamKey.buildingMonth, .carer) < carerChance
        ? .active : .none,
      qualityOfLife: 0)
    if levels[level].kind != .dead {
      let target = constants.qualityOfLifeTarget(
        state, utility: levels[level].utility, ageInMonths: ageInMonths, serviceIntensity: 0)
      state.qualityOfLife = clampUnit(
        target
          + constants.qualityOfLifeShock(
            stream.uniform(month: RandomStreamKey.buildingMonth, .qualityOfLife)))
    }
    return state
  }
}
