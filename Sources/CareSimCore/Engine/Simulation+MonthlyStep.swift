/// The monthly step: accrue the month's costs and quality of life, then evolve every resident.
extension Simulation {
  /// How many participants the intervention can serve this month, and how well it serves them.
  struct MonthlyCapacity {
    /// Free places for new participants (may be negative when volunteers have left).
    var freeSlots: Int
    /// Share of the full intervention effect a participant receives: below 1 when there are more
    /// participants than places.
    var serviceIntensity: Double
    /// Volunteers free to support a substituted care episode.
    var freeVolunteers: Int
  }

  func capacity(_ states: [ResidentState]) -> MonthlyCapacity {
    var participants = 0
    var volunteers = 0
    var substituted = 0
    for state in states where state.isParticipating {
      participants += 1
      if state.isVolunteer { volunteers += 1 }
      if state.isSubstituted { substituted += 1 }
    }
    let capacity = parameters.intervention.capacity
    guard let coordinatorSlots = capacity.coordinatorSlots else {
      return MonthlyCapacity(
        freeSlots: .max, serviceIntensity: 1, freeVolunteers: volunteers - substituted)
    }
    let slots = coordinatorSlots + Int(Double(volunteers) * capacity.participantsPerVolunteer)
    let intensity = participants > slots ? Double(slots) / Double(participants) : 1
    return MonthlyCapacity(
      freeSlots: slots - participants, serviceIntensity: intensity,
      freeVolunteers: volunteers - substituted)
  }

  func step(arm: InterventionArm, month: Int, profiles: [ResidentProfile],
            states: inout [ResidentState], outcome: inout ReplicationOutcome) {
    var capacity =
      arm == .intervention
      ? capacity(states) : MonthlyCapacity(freeSlots: 0, serviceIntensity: 0, freeVolunteers: 0)
    var costs = FunderAmounts.zero
    var counts = MonthlyCounts()
    states.withUnsafeMutableBufferPointer { states in
      for resident in states.indices where Int(states[resident].needLevel) != deadLevel {
        accrue(states[resident], into: &costs, counts: &counts)
        evolve(
          &states[resident], profile: profiles[resident], month: month, arm: arm,
          capacity: &capacity, costs: &costs, counts: &counts)
      }
    }
    if arm == .intervention {
      costs[.intervention] += parameters.intervention.fixedCostPerYear / 12
    }
    for funder in Funder.allCases {
      outcome[arm, month, OutcomeMetric(funder)] = costs[funder]
    }
    counts.record(into: &outcome, arm: arm, month: month)
  }

  /// Books the month's care, informal care, intervention cost and quality of life of a living resident.
  @inline(__always)
  func accrue(_ state: ResidentState, into costs: inout FunderAmounts, counts: inout MonthlyCounts) {
    let served = Int(state.servedLevel)
    var care = monthlyCareCost[served].storage
    if state.isParticipating { care *= efficiencyMultiplier }
    if state.isSubstituted { care *= substitutionMultiplier }
    var weeklyInformalHours =
      state.hasActiveCarer ? parameters.needLevels[served].informalCareHoursPerWeek : 0
    if state.isSubstituted {
      weeklyInformalHours += parameters.mechanisms.substitution.informalHoursPerWeek
    }
    care[Funder.informal.rawValue] = weeklyInformalHours * informalEurosPerWeeklyHour
    if state.isParticipating {
      care[Funder.intervention.rawValue] =
        parameters.intervention.costPerParticipantPerYear / 12
    }
    costs.storage += care
    counts.qalys += state.qualityOfLife / 12
    counts.alive += 1
    switch levelKinds[Int(state.needLevel)] {
    case .community: counts.atHome += 1
    case .institutional: counts.institutional += 1
    case .dead: break
    }
    if state.isParticipating { counts.participants += 1 }
    if state.isVolunteer { counts.volunteers += 1 }
    if state.hasUnmetNeed { counts.unmetNeed += 1 }
  }

  /// Moves a living resident to next month's state.
  @inline(__always)
  func evolve(_ state: inout ResidentState, profile: ResidentProfile, month: Int,
              arm: InterventionArm, capacity: inout MonthlyCapacity, costs: inout FunderAmounts,
              counts: inout MonthlyCounts) {
    let stream = profile.stream
    let ageInMonths = profile.ageInMonthsAtStart + month
    let intervention = parameters.intervention
    let mechanisms = parameters.mechanisms
    let wasAtHome = levelKinds[Int(state.needLevel)] == .community

    if arm == .intervention && wasAtHome {
      updateParticipation(&state, stream: stream, month: month, capacity: &capacity)
    }
    let participates = state.isParticipating
    let intensity = participates ? capacity.serviceIntensity : 0

    // Loneliness: participation raises the chance that it resolves.
    if state.isLonely {
      let resolution =
        participates
        ? parameters.informalCare.lonelinessResolution
          + (intervention.participantLonelinessResolution
            - parameters.informalCare.lonelinessResolution) * intensity
        : parameters.informalCare.lonelinessResolution
      if resolution > 0 && stream.uniform(month: month, .lonelinessChange) < resolution {
        state.isLonely = false
      }
    } else if parameters.informalCare.lonelinessOnset > 0,
      stream.uniform(month: month, .lonelinessChange) < parameters.informalCare.lonelinessOnset
    {
      state.isLonely = true
    }

    // Need moves along the ladder.
    var ratios =
      covariateTables.isActive
      ? covariateTables.ratios(for: state, ageInMonths: ageInMonths) : HazardRatios.none
    if participates {
      let prevention = 1 - (1 - mechanisms.prevention.relativeRisk) * intensity
      ratios.progression *= prevention
      ratios.admission *= prevention
    }
    let from = Int(state.needLevel)
    var level = MonthlyTransition.sample(
      transitionRows[from], from: from, ratios: ratios,
      uniform: stream.uniform(month: month, .transition))

    // Escalation: a crisis at home costs, hurts, makes need visible and may end in admission.
    var crisisHappened = false
    if levelKinds[level] == .community {
      var crisis = mechanisms.escalation.crisisMonthlyProbability[level] * ratios.admission
      if participates {
        crisis *= 1 - (1 - mechanisms.escalation.participantRelativeRisk) * intensity
      }
      if crisis > 0 && stream.uniform(month: month, .crisis) < crisis {
        crisisHappened = true
        counts.crises += 1
        costs += mechanisms.escalation.crisisCost
        state.qualityOfLife = max(0, state.qualityOfLife - mechanisms.escalation.crisisQualityOfLifeLoss)
        if stream.uniform(month: month, .crisisAdmission)
          < mechanisms.escalation.crisisAdmissionProbability
        {
          level = parameters.qualityOfLife.admissionLevel
        }
      }
    }
    state.needLevel = UInt8(level)

    if levelKinds[level] == .dead {
      state.participation = .none
      state.isVolunteer = false
      state.isSubstituted = false
      state.qualityOfLife = 0
      return
    }

    // Quality of life moves towards its target; below the minimum for living at home means admission.
    let quality = parameters.qualityOfLife
    let target = qualityOfLifeTarget(state, ageInMonths: ageInMonths, serviceIntensity: intensity)
    var score = state.qualityOfLife + quality.adjustmentRate * (target - state.qualityOfLife)
    if quality.monthlyShockSD > 0 {
      score += shock(stream.uniform(month: month, .qualityOfLifeShock))
    }
    state.qualityOfLife = clampUnit(score)
    if levelKinds[level] == .community, let minimum = quality.minimumForLivingAtHome,
      state.qualityOfLife < minimum
    {
      level = quality.admissionLevel
      state.needLevel = UInt8(level)
    }

    if levelKinds[level] != .community {
      if wasAtHome { counts.admissions += 1 }
      state.participation = .none
      state.isVolunteer = false
      state.isSubstituted = false
      state.servedLevel = state.needLevel
      return
    }

    // Care follows need: down at once, up when the need is signalled or escalates.
    if state.needLevel < state.servedLevel {
      serve(&state, stream: stream, month: month, arm: arm, capacity: &capacity)
    } else if state.needLevel > state.servedLevel {
      let signalling =
        participates
        ? mechanisms.signalling.monthlyProbability
          + (mechanisms.signalling.participantMonthlyProbability
            - mechanisms.signalling.monthlyProbability) * intensity
        : mechanisms.signalling.monthlyProbability
      if crisisHappened || signalling >= 1
        || stream.uniform(month: month, .signalling) < signalling
      {
        serve(&state, stream: stream, month: month, arm: arm, capacity: &capacity)
      }
    }

    // Volunteering: participants at low need may volunteer; volunteers stop.
    if state.isVolunteer {
      if !state.isParticipating || Int(state.needLevel) > intervention.maximumEligibleLevel
        || stream.uniform(month: month, .volunteerDropout)
          < intervention.volunteering.monthlyDropoutProbability
      {
        state.isVolunteer = false
      }
    } else if state.isParticipating && Int(state.needLevel) <= intervention.maximumEligibleLevel
      && intervention.volunteering.monthlyProbability > 0
      && stream.uniform(month: month, .volunteering) < intervention.volunteering.monthlyProbability
    {
      state.isVolunteer = true
    }

    // Informal carer: strain follows need; past the threshold the carer breaks down.
    if state.hasActiveCarer {
      var increase = parameters.needLevels[level].carerStrainPerMonth
      if state.isParticipating { increase *= intervention.carerStrainMultiplier }
      state.carerStrain = clampUnit(
        max(0, state.carerStrain - parameters.informalCare.strainRecoveryPerMonth) + increase)
      if state.carerStrain >= parameters.informalCare.breakdownThreshold {
        state.carerHasBrokenDown = true
      }
    }
  }

  /// Starts a new care episode at the resident's need level; a participant's episode may be
  /// substituted by network or volunteers.
  @inline(__always)
  func serve(_ state: inout ResidentState, stream: RandomStreamKey, month: Int,
             arm: InterventionArm, capacity: inout MonthlyCapacity) {
    state.servedLevel = state.needLevel
    state.isSubstituted = false
    let substitution = parameters.mechanisms.substitution
    guard arm == .intervention, state.isParticipating, substitution.share > 0 else { return }
    if substitution.requiresVolunteer && capacity.freeVolunteers <= 0 { return }
    if stream.uniform(month: month, .substitution) < substitution.share {
      state.isSubstituted = true
      if substitution.requiresVolunteer { capacity.freeVolunteers -= 1 }
    }
  }

  /// Joins, waits or leaves, within the intervention's capacity.
  @inline(__always)
  func updateParticipation(_ state: inout ResidentState, stream: RandomStreamKey, month: Int,
                           capacity: inout MonthlyCapacity) {
    let intervention = parameters.intervention
    switch state.participation {
    case .participating:
      if intervention.monthlyDropoutProbability > 0,
        stream.uniform(month: month, .dropout) < intervention.monthlyDropoutProbability
      {
        state.participation = .none
        state.isVolunteer = false
      }
    case .waiting:
      if capacity.freeSlots > 0 {
        state.participation = .participating
        capacity.freeSlots -= 1
      }
    case .none:
      guard isEligible(state), intervention.monthlyUptakeProbability > 0 else { return }
      let uptake =
        intervention.monthlyUptakeProbability
        * (state.isLonely ? intervention.uptakeRelativeRiskIfLonely : 1)
      guard stream.uniform(month: month, .uptake) < uptake else { return }
      if capacity.freeSlots > 0 {
        state.participation = .participating
        capacity.freeSlots -= 1
      } else {
        state.participation = .waiting
      }
    }
  }

  func isEligible(_ state: ResidentState) -> Bool {
    levelKinds[Int(state.needLevel)] == .community
      && Int(state.needLevel) <= parameters.intervention.maximumEligibleLevel
  }

  /// Where quality of life is heading: the level's utility, less age and loneliness, plus what the
  /// intervention's activation and contact add.
  @inline(__always)
  func qualityOfLifeTarget(_ state: ResidentState, ageInMonths: Int, serviceIntensity: Double)
    -> Double
  {
    let quality = parameters.qualityOfLife
    var target = parameters.needLevels[Int(state.needLevel)].utility
    if quality.ageDeclinePerYear != 0 {
      target -= quality.ageDeclinePerYear * max(0, Double(ageInMonths) / 12 - quality.referenceAge)
    }
    if state.isLonely { target -= quality.lonelinessDecrement }
    if state.isParticipating { target += quality.participationGain * serviceIntensity }
    if state.isVolunteer { target += quality.volunteerGain }
    return target
  }

  /// A uniform shock with mean 0 and the scenario's standard deviation: a uniform on [-a, a] has
  /// standard deviation a/sqrt(3).
  @inline(__always)
  func shock(_ uniform: Double) -> Double {
    (2 * uniform - 1) * 3.0.squareRoot() * parameters.qualityOfLife.monthlyShockSD
  }
}

/// Counts a month accumulates over residents before they are written to the outcome.
struct MonthlyCounts {
  var qalys = 0.0
  var alive = 0
  var atHome = 0
  var institutional = 0
  var participants = 0
  var volunteers = 0
  var unmetNeed = 0
  var crises = 0
  var admissions = 0

  func record(into outcome: inout ReplicationOutcome, arm: InterventionArm, month: Int) {
    outcome[arm, month, .qalys] = qalys
    outcome[arm, month, .alive] = Double(alive)
    outcome[arm, month, .atHome] = Double(atHome)
    outcome[arm, month, .institutional] = Double(institutional)
    outcome[arm, month, .participants] = Double(participants)
    outcome[arm, month, .volunteers] = Double(volunteers)
    outcome[arm, month, .unmetNeed] = Double(unmetNeed)
    outcome[arm, month, .crises] = Double(crises)
    outcome[arm, month, .admissions] = Double(admissions)
  }
}
