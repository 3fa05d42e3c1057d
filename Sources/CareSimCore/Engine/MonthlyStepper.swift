/// The monthly step: accrue each living resident's month, then evolve them to the next month.
///
/// A stepper holds buffer pointers into a ``Simulation``'s tables and is valid only inside
/// ``Simulation/withStepper(_:)``; it reads nothing that is reference-counted, so the hot loop is
/// loads and arithmetic.
struct MonthlyStepper {
  let levels: UnsafeBufferPointer<LevelRule>
  let moves: UnsafeBufferPointer<MonthlyTransition.Move>
  let ageRatios: UnsafeBufferPointer<HazardRatios>
  let qualityRatios: UnsafeBufferPointer<HazardRatios>
  let covariates: CovariateTables.Scalars
  let constants: StepConstants

  /// How many participants the intervention can serve this month, and how well it serves them.
  struct MonthlyCapacity {
    /// Free places for new participants (negative when volunteers have left).
    var freeSlots: Int
    /// Share of the full intervention effect a participant receives: below 1 when there are more
    /// participants than places ("served less").
    var serviceIntensity: Double
    /// Volunteers free to carry a substituted care episode.
    var freeVolunteers: Int

    /// The control arm has no intervention to take part in.
    static let controlArm = MonthlyCapacity(freeSlots: 0, serviceIntensity: 0, freeVolunteers: 0)
  }

  /// Runs one arm month by month: needed when residents share the intervention's capacity, because
  /// each month's capacity depends on every resident's state at its start.
  ///
  /// When `joinMonths` is given, only the residents whose joining month has come are moved; see
  /// ``runBothArms(profiles:controlStates:interventionStates:capacity:months:)``. Each month visits
  /// only the living residents who have joined, in index order, as capacity is handed out in that
  /// order; the others take no part (see ``UptakeRecord/statesAtJoining``).
  func runMonthByMonth(
    arm: InterventionArm, profiles: [ResidentProfile], states: inout [ResidentState],
    capacity capacityRule: Capacity, into tally: ArmTally, joinMonths: [Int]? = nil
  ) {
    precondition(tally.classesPerMonth == classesPerMonth, "a tally of another ladder")
    let joining = Self.byJoinMonth(joinMonths ?? Array(repeating: 0, count: states.count))
    var nextJoining = 0
    var active: [Int] = []
    // What decides the capacity, over the active residents: kept as they move, not recounted.
    var participation = CapacityCounts()
    profiles.withUnsafeBufferPointer { profiles in
      for month in 0..<tally.months {
        let firstJoining = nextJoining
        while nextJoining < joining.count && joining[nextJoining].month <= month {
          participation.add(states[joining[nextJoining].resident])
          nextJoining += 1
        }
        if nextJoining > firstJoining {
          active = Self.merging(active, joining[firstJoining..<nextJoining].lazy.map(\.resident))
        }
        var capacity =
          arm == .intervention ? participation.capacity(rule: capacityRule) : .controlArm
        tally.serviceIntensity[month] = capacity.serviceIntensity
        let classCounts = tally.classes(in: month)
        participation = CapacityCounts()
        var living = 0
        states.withUnsafeMutableBufferPointer { states in
          active.withUnsafeMutableBufferPointer { active in
            for resident in active where Int(states[resident].needLevel) != constants.deadLevel {
              accrue(states[resident], classCounts: classCounts, counts: &tally.counts[month])
              evolve(
                &states[resident], profile: profiles[resident], month: month, arm: arm,
                capacity: &capacity, events: &tally.counts[month].events)
              #if CARESIM_INTERNAL_CHECKS
              checkInvariants(of: states[resident], arm: arm, month: month)
              #endif
              if Int(states[resident].needLevel) != constants.deadLevel {
                participation.add(states[resident])
                active[living] = resident
                living += 1
              }
            }
          }
        }
        active.removeLast(active.count - living)
      }
    }
  }

  /// Residents with their join months, ordered by month and, within a month, by index (a counting
  /// sort: linear in the residents).
  static func byJoinMonth(_ joinMonths: [Int]) -> [(month: Int, resident: Int)] {
    var starts = Array(repeating: 0, count: (joinMonths.max() ?? 0) + 2)
    for month in joinMonths { starts[month + 1] += 1 }
    for month in starts.indices.dropFirst() { starts[month] += starts[month - 1] }
    var ordered = Array(repeating: (month: 0, resident: 0), count: joinMonths.count)
    for (resident, month) in joinMonths.enumerated() {
      ordered[starts[month]] = (month, resident)
      starts[month] += 1
    }
    return ordered
  }

  /// Two ascending lists of residents merged into one.
  static func merging(_ first: [Int], _ second: some Collection<Int>) -> [Int] {
    var merged: [Int] = []
    merged.reserveCapacity(first.count + second.count)
    var rest = second.makeIterator()
    var next = rest.next()
    for resident in first {
      while let pending = next, pending < resident {
        merged.append(pending)
        next = rest.next()
      }
      merged.append(resident)
    }
    while let pending = next {
      merged.append(pending)
      next = rest.next()
    }
    return merged
  }

  /// Runs one arm resident by resident, each through all months, when residents do not interact.
  ///
  /// A resident's state then stays in registers for the whole horizon and a death ends its loop.
  /// Tallies are integers, so the order in which residents add to them does not change a bit.
  /// A scenario that is a Markov chain runs through `chain` instead of the general step.
  func runResidentByResident(
    arm: InterventionArm, profiles: [ResidentProfile], states: inout [ResidentState],
    capacity capacityRule: Capacity, into tally: ArmTally, chain: LadderChain? = nil
  ) {
    precondition(tally.classesPerMonth == classesPerMonth, "a tally of another ladder")
    let sharedCapacity =
      arm == .intervention ? CapacityCounts(states).capacity(rule: capacityRule) : .controlArm
    for month in 0..<tally.months {
      tally.serviceIntensity[month] = sharedCapacity.serviceIntensity
    }
    if let chain {
      chain.run(profiles: profiles, states: states, into: tally)
      return
    }
    for resident in states.indices {
      var capacity = sharedCapacity
      live(
        &states[resident], profile: profiles[resident], arm: arm, capacity: &capacity,
        classCounts: tally.residentsByClass, counts: tally.counts, months: tally.months)
    }
  }

  /// Runs both arms when the intervention arm's residents interact, moving in that arm only the
  /// residents the intervention has reached.
  ///
  /// Until a resident takes up the intervention, the intervention arm moves them exactly as the
  /// control arm does: the same draws, no effect, no claim on capacity. So the control arm runs
  /// resident by resident and notes the month each resident would take up and their state then
  /// (``recordUptake(profiles:controlStates:interventionStates:months:stepWatch:)``); the intervention arm
  /// runs month by month over those who have taken up, and its tally is the control tally with
  /// their control months swapped for their intervention months. Tallies are integers, so this
  /// gives the same bits as running the intervention arm in full.
  func runBothArms(
    profiles: [ResidentProfile], controlStates: inout [ResidentState],
    interventionStates: [ResidentState], capacity capacityRule: Capacity, months: Int
  ) -> (control: ArmTally, intervention: ArmTally) {
    var noWatch = NoStepWatch()
    var record = recordUptake(
      profiles: profiles, controlStates: &controlStates, interventionStates: interventionStates,
      months: months, stepWatch: &noWatch)
    runReached(&record, profiles: profiles, capacity: capacityRule, into: record.notReached)
    return (record.control, record.notReached)
  }

  /// Runs the control arm resident by resident and notes, for the intervention arm, when each
  /// resident takes up the intervention and their state then.
  ///
  /// - Parameters:
  ///   - profiles: The residents.
  ///   - controlStates: The control arm's starting states; on return, its final states.
  ///   - interventionStates: The intervention arm's starting states: initial participants have
  ///     taken part from the start; the others start as in the control arm.
  ///   - months: The horizon.
  ///   - stepWatch: Sees every month of every resident (see ``StepWatch``).
  /// - Returns: The control arm's tally and what it noted for the intervention arm.
  func recordUptake<Watch: StepWatch>(
    profiles: [ResidentProfile], controlStates: inout [ResidentState],
    interventionStates: [ResidentState], months: Int, stepWatch: inout Watch
  ) -> UptakeRecord {
    let control = ArmTally(months: months, classesPerMonth: classesPerMonth)
    let reachedControl = ArmTally(months: months, classesPerMonth: classesPerMonth)
    var (joinMonths, statesAtJoining) = UptakeRecord.start(
      interventionStates: interventionStates, months: months)
    #if CARESIM_INTERNAL_CHECKS
    for (control, intervention) in zip(controlStates, interventionStates)
    where intervention.participation == .none {
      precondition(control == intervention, "a non-participant starts differently in the two arms")
    }
    #endif
    for resident in controlStates.indices {
      var watch = JoinWatch(month: joinMonths[resident], state: statesAtJoining[resident])
      stepWatch.startResident(resident)
      liveWatchingUptake(
        &controlStates[resident], profile: profiles[resident], control: control,
        joined: reachedControl, watch: &watch, from: 0, stepWatch: &stepWatch)
      joinMonths[resident] = watch.month
      statesAtJoining[resident] = watch.state
    }
    let notReached = ArmTally(copying: control)
    notReached.subtract(reachedControl)
    return UptakeRecord(
      control: control, notReached: notReached, joinMonths: joinMonths,
      statesAtJoining: statesAtJoining)
  }

  /// Moves the intervention arm's residents from the month each takes up the intervention, adding
  /// their months to `tally` (a copy of the record's ``UptakeRecord/notReached``).
  func runReached(
    _ record: inout UptakeRecord, profiles: [ResidentProfile], capacity capacityRule: Capacity,
    into tally: ArmTally
  ) {
    runMonthByMonth(
      arm: .intervention, profiles: profiles, states: &record.statesAtJoining,
      capacity: capacityRule, into: tally, joinMonths: record.joinMonths)
  }

  /// What the control run of ``runBothArms(profiles:controlStates:interventionStates:capacity:months:)``
  /// notes of one resident: when they would take up the intervention, and their state then.
  struct JoinWatch {
    /// The month the resident takes up the intervention; the horizon's length if never.
    var month: Int
    var state: ResidentState
  }

  /// Takes one resident through every month of the horizon, or until death.
  @inline(never)
  func live(
    _ state: inout ResidentState, profile: ResidentProfile, arm: InterventionArm,
    capacity: inout MonthlyCapacity, classCounts: UnsafeMutablePointer<Int>,
    counts: UnsafeMutablePointer<MonthlyCounts>, months: Int
  ) {
    var current = state
    let classesPerMonth = classesPerMonth
    for month in 0..<months {
      if Int(current.needLevel) == constants.deadLevel { break }
      accrue(current, classCounts: classCounts + month &* classesPerMonth, counts: &counts[month])
      evolve(
        &current, profile: profile, month: month, arm: arm, capacity: &capacity,
        events: &counts[month].events)
      #if CARESIM_INTERNAL_CHECKS
      checkInvariants(of: current, arm: arm, month: month)
      #endif
    }
    state = current
  }

  /// Takes one resident through the control arm from `firstMonth` on and notes when they would
  /// take up the intervention.
  ///
  /// Like ``live(_:profile:arm:capacity:classCounts:counts:months:)``, but from the month of
  /// taking up, the resident's months are counted again in `joined`. `stepWatch` sees each
  /// month's start and need move.
  ///
  /// A separate loop, not an option of `live`: with the watch in its loop, the compiler no longer
  /// keeps the step's constants in registers, and the plain run slows by a tenth.
  @inline(never)
  func liveWatchingUptake<Watch: StepWatch>(
    _ state: inout ResidentState, profile: ResidentProfile, control: ArmTally,
    joined: ArmTally, watch: inout JoinWatch, from firstMonth: Int, stepWatch: inout Watch
  ) {
    var current = state
    var capacity = MonthlyCapacity.controlArm
    for month in firstMonth..<control.months {
      if Int(current.needLevel) == constants.deadLevel { break }
      // The intervention arm's first move that differs: taking up the intervention.
      if month < watch.month && wouldTakeUp(current, stream: profile.stream, month: month) {
        watch.month = month
        watch.state = current
      }
      let counts = control.counts + month
      accrue(current, classCounts: control.classes(in: month), counts: &counts.pointee)
      let eventsBefore = counts.pointee.events
      let isJoined = month >= watch.month
      stepWatch.startMonth(
        current, month: month, stream: profile.stream, hasJoined: isJoined, stepper: self)
      if isJoined {
        accrue(current, classCounts: joined.classes(in: month), counts: &joined.counts[month])
      }
      evolve(
        &current, profile: profile, month: month, arm: .control, capacity: &capacity,
        events: &counts.pointee.events, stepWatch: &stepWatch)
      let events = counts.pointee.events - eventsBefore
      if isJoined { joined.counts[month].events += events }
      stepWatch.endMonth(month, events: events, stepper: self)
      #if CARESIM_INTERNAL_CHECKS
      checkInvariants(of: current, arm: .control, month: month)
      #endif
    }
    state = current
  }

  /// Whether the residents of `arm` act on each other: only through the intervention's capacity,
  /// when places are limited or a substitution needs a free volunteer.
  func residentsInteract(in arm: InterventionArm, capacity: Capacity) -> Bool {
    arm == .intervention
      && (capacity.coordinatorSlots != nil
        || (constants.substitutionRequiresVolunteer && constants.substitutionShare > 0))
  }

  /// Care classes of one month: ``CareClass/perLevel`` for every level of the ladder.
  var classesPerMonth: Int { levels.count * CareClass.perLevel }

  /// Prices every month of an arm's tally, adds the months' fixed costs and writes the outcome.
  func finish(
    _ arm: InterventionArm, tally: ArmTally, fixedMonthlyCost: Double,
    outcome: inout ReplicationOutcome
  ) {
    for month in 0..<tally.months {
      var counts = tally.counts[month]
      var costs = costOfClasses(
        UnsafeMutableBufferPointer(start: tally.classes(in: month), count: tally.classesPerMonth),
        counts: &counts, serviceIntensity: tally.serviceIntensity[month])
      if arm == .intervention {
        costs[Funder.intervention.rawValue] += fixedMonthlyCost
      } else {
        costs += constants.replacedServicesMonthlyCost
      }
      for funder in Funder.allCases {
        outcome[arm, month, OutcomeMetric(funder)] = costs[funder.rawValue]
      }
      counts.record(into: &outcome, arm: arm, month: month)
      #if CARESIM_INTERNAL_CHECKS
      checkInvariants(arm: arm, month: month, outcome: outcome)
      #endif
    }
  }

  /// The residents of an arm who decide its capacity: participants, and those of them who
  /// volunteer or whose care is substituted.
  struct CapacityCounts {
    var participants = 0
    var volunteers = 0
    var substituted = 0

    init() {}

    init(_ states: [ResidentState]) {
      for state in states { add(state) }
    }

    @inline(__always)
    mutating func add(_ state: ResidentState) {
      guard state.isParticipating else { return }
      participants &+= 1
      volunteers &+= state.isVolunteer ? 1 : 0
      substituted &+= state.isSubstituted ? 1 : 0
    }

    /// The month's capacity under `rule`.
    func capacity(rule: Capacity) -> MonthlyCapacity {
      guard let coordinatorSlots = rule.coordinatorSlots else {
        return MonthlyCapacity(
          freeSlots: .max, serviceIntensity: 1, freeVolunteers: volunteers - substituted)
      }
      let slots = coordinatorSlots + Int(Double(volunteers) * rule.participantsPerVolunteer)
      let intensity = participants > slots ? Double(slots) / Double(participants) : 1
      return MonthlyCapacity(
        freeSlots: slots - participants, serviceIntensity: intensity,
        freeVolunteers: volunteers - substituted)
    }
  }

  /// Counts a living resident's month in its care class and adds its quality of life.
  ///
  /// A month's cost depends only on the care class (see ``CareClass``), so the step counts residents
  /// per class and prices the classes once a month, instead of adding cost vectors per resident.
  @inline(__always)
  func accrue(
    _ state: ResidentState, classCounts: UnsafeMutablePointer<Int>, counts: inout MonthlyCounts
  ) {
    // Wrapping adds without branches: a count of residents cannot overflow, and the hot loop
    // skips the checks.
    classCounts[CareClass.index(of: state, efficiencyApplies: constants.hasEfficiency)] &+= 1
    counts.qualityOfLifeUnits &+= MonthlyCounts.units(ofQualityOfLife: state.qualityOfLife)
    counts.participants &+= state.isParticipating ? 1 : 0
    counts.volunteers &+= state.isVolunteer ? 1 : 0
    counts.unmetNeed &+= state.hasUnmetNeed ? 1 : 0
    counts.substituted &+= state.isSubstituted ? 1 : 0
  }

  /// Prices a month's care classes: care per funder, informal care and the per-participant cost.
  func costOfClasses(
    _ residentsByClass: UnsafeMutableBufferPointer<Int>, counts: inout MonthlyCounts,
    serviceIntensity: Double
  ) -> SIMD8<Double> {
    var costs = SIMD8<Double>.zero
    // Like every effect, efficiency is scaled by the share of participants the capacity serves.
    let efficiency = 1 - (1 - constants.efficiencyMultiplier) * serviceIntensity
    for (index, residents) in residentsByClass.enumerated() where residents > 0 {
      let careClass = CareClass(index: index)
      let rule = levels[careClass.servedLevel]
      var care = rule.monthlyCareCost
      var informal = careClass.hasActiveCarer ? rule.monthlyInformalCost : 0
      if careClass.isParticipatingWithEfficiency { care *= efficiency }
      if careClass.isSubstituted {
        care *= constants.substitutionMultiplier
        informal += constants.substitutionMonthlyInformalCost
      }
      care[Funder.informal.rawValue] = informal
      costs += care * Double(residents)
      counts.alive += residents
      // The served level has the resident's kind: care at home, or in an institution at once.
      if rule.isAtHome { counts.atHome += residents } else { counts.institutional += residents }
    }
    costs += constants.crisisCost * Double(counts.events.crises)
    costs += constants.extraTrajectoryCost * Double(counts.events.extraTrajectories)
    costs[Funder.intervention.rawValue] =
      Double(counts.participants) * constants.monthlyCostPerParticipant
    return costs
  }

  /// Moves a living resident to next month's state.
  @inline(__always)
  func evolve(
    _ state: inout ResidentState, profile: ResidentProfile, month: Int,
    arm: InterventionArm, capacity: inout MonthlyCapacity, events: inout MonthlyEvents
  ) {
    var noWatch = NoStepWatch()
    evolve(
      &state, profile: profile, month: month, arm: arm, capacity: &capacity, events: &events,
      stepWatch: &noWatch)
  }

  /// Moves a living resident to next month's state; `stepWatch` sees the need move before it is
  /// made.
  @inline(__always)
  func evolve<Watch: StepWatch>(
    _ state: inout ResidentState, profile: ResidentProfile, month: Int,
    arm: InterventionArm, capacity: inout MonthlyCapacity, events: inout MonthlyEvents,
    stepWatch: inout Watch
  ) {
    let stream = profile.stream
    // Ladders have at most a few levels (validated), and ages stay far from overflow: the hot loop
    // skips those checks.
    let ageInMonths = profile.ageInMonthsAtStart &+ month
    let wasAtHome = levels[Int(state.needLevel)].isAtHome
    // Each sub-model is called only when it can change something, to keep the common path short.
    if arm == .intervention && wasAtHome && (!state.isParticipating || constants.dropout > 0) {
      updateParticipation(&state, stream: stream, month: month, capacity: &capacity)
    }
    let participates = state.isParticipating
    let intensity = participates ? capacity.serviceIntensity : 0

    if state.isLonely ? constants.canResolveLoneliness : constants.lonelinessOnset > 0 {
      updateLoneliness(&state, stream: stream, month: month, intensity: intensity)
    }

    // Need moves along the ladder.
    let covariateRatios = covariateRatios(state, ageInMonths: ageInMonths, covariates: covariates)
    let ratios =
      participates ? constants.prevented(covariateRatios, intensity: intensity) : covariateRatios
    let moveUniform = stream.uniform(month: month, .transition)
    stepWatch.needMove(
      state, ageInMonths: ageInMonths, month: month, stream: stream, ratios: ratios,
      uniform: moveUniform, stepper: self)
    var level = sampleMove(from: Int(state.needLevel), ratios: ratios, uniform: moveUniform)

    // Escalation: a crisis at home costs, hurts, makes need visible and may end in admission.
    var crisisHappened = false
    if levels[level].crisisProbability > 0 {
      let crisis = crisisProbability(
        at: level, covariateRatios: covariateRatios, participates: participates,
        intensity: intensity)
      if stream.uniform(month: month, .crisis) < crisis {
        crisisHappened = true
        events.crises &+= 1
        state.qualityOfLife = max(0, state.qualityOfLife - constants.crisisQualityOfLifeLoss)
        if stream.uniform(month: month, .crisisAdmission) < constants.crisisAdmissionProbability {
          level = constants.admissionLevel
        }
      }
    }
    state.needLevel = UInt8(truncatingIfNeeded: level)

    if level == constants.deadLevel {
      state.participation = .none
      state.isVolunteer = false
      state.isSubstituted = false
      state.qualityOfLife = 0
      return
    }

    // Quality of life moves towards its target; below the minimum for living at home means admission.
    let target = QualityOfLife.target(
      state, utility: levels[level].utility, ageInMonths: ageInMonths,
      serviceIntensity: intensity, constants: constants)
    var score = QualityOfLife.adjusted(state.qualityOfLife, towards: target, constants: constants)
    if constants.shockHalfWidth > 0 {
      score += QualityOfLife.shock(
        stream.uniform(month: month, .qualityOfLifeShock), constants: constants)
    }
    state.qualityOfLife = clampUnit(score)
    if levels[level].isAtHome && state.qualityOfLife < constants.minimumForLivingAtHome {
      level = constants.admissionLevel
      state.needLevel = UInt8(truncatingIfNeeded: level)
    }

    guard levels[level].isAtHome else {
      if wasAtHome { events.admissions &+= 1 }
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
        constants.signalling + (constants.participantSignalling - constants.signalling) * intensity
      if crisisHappened || signalling >= 1
        || stream.uniform(month: month, .signalling) < signalling
      {
        serve(&state, stream: stream, month: month, arm: arm, capacity: &capacity)
      }
    }

    if participates && constants.extraTrajectoryProbability > 0
      && stream.uniform(month: month, .extraCare) < constants.extraTrajectoryProbability * intensity
    {
      events.extraTrajectories &+= 1
    }
    if state.isVolunteer || (state.isParticipating && constants.volunteering > 0) {
      updateVolunteering(&state, stream: stream, month: month)
    }
    if state.hasActiveCarer { updateCarer(&state, level: level, intensity: intensity) }
  }

  /// The level after a month's need move from `from`.
  @inline(__always)
  func sampleMove(from: Int, ratios: HazardRatios, uniform: Double) -> Int {
    let rule = levels[from]
    return MonthlyTransition.sample(
      UnsafeBufferPointer(
        start: moves.baseAddress.map { $0 + rule.firstMove }, count: rule.moveCount),
      mass: rule.moveMass, from: from, ratios: ratios, uniform: uniform)
  }

  /// The chance of a crisis at `level` this month.
  ///
  /// Covariates raise the crisis hazard as they raise admission; prevention acts on moves up the
  /// ladder only, and participants' crises have their own relative risk.
  @inline(__always)
  func crisisProbability(
    at level: Int, covariateRatios: HazardRatios, participates: Bool, intensity: Double
  ) -> Double {
    var crisis = levels[level].crisisProbability * covariateRatios.admission
    if participates { crisis *= 1 - (1 - constants.crisisParticipantRelativeRisk) * intensity }
    return crisis
  }

  /// The product of the covariate hazard ratios that apply to a resident this month, with the
  /// binary covariates' ratios of `covariates` (the scenario's own, or a what-if setting's).
  @inline(__always)
  func covariateRatios(
    _ state: ResidentState, ageInMonths: Int, covariates: CovariateTables.Scalars
  ) -> HazardRatios {
    guard covariates.isActive else { return .none }
    var ratios = ageRatios[min(ageInMonths / 12, CovariateTables.maximumAge)]
    // Truncation is the floor here: only a positive shortfall is looked up.
    let shortfall = Int((covariates.referenceQualityOfLife - state.qualityOfLife) * 100)
    if shortfall > 0 { ratios = ratios * qualityRatios[min(shortfall, 100)] }
    if state.isLonely { ratios = ratios * covariates.loneliness }
    if state.hasCarer && state.carerHasBrokenDown { ratios = ratios * covariates.carerBreakdown }
    if state.hasUnmetNeed { ratios = ratios * covariates.unmetNeed }
    return ratios
  }

  /// Loneliness starts and resolves; taking part raises the chance that it resolves.
  @inline(__always)
  func updateLoneliness(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    intensity: Double
  ) {
    if state.isLonely {
      let resolution =
        constants.lonelinessResolution
        + (constants.participantLonelinessResolution - constants.lonelinessResolution) * intensity
      if resolution > 0 && stream.uniform(month: month, .lonelinessChange) < resolution {
        state.isLonely = false
      }
    } else if constants.lonelinessOnset > 0,
      stream.uniform(month: month, .lonelinessChange) < constants.lonelinessOnset
    {
      state.isLonely = true
    }
  }

  /// Participants at low need may volunteer; volunteers stop, or stop when their need rises.
  @inline(never)
  func updateVolunteering(_ state: inout ResidentState, stream: RandomStreamKey, month: Int) {
    let eligible = state.isParticipating && levels[Int(state.needLevel)].isEligible
    if state.isVolunteer {
      if !eligible
        || (constants.volunteerDropout > 0
          && stream.uniform(month: month, .volunteerDropout) < constants.volunteerDropout)
      {
        state.isVolunteer = false
      }
    } else if eligible && constants.volunteering > 0
      && stream.uniform(month: month, .volunteering) < constants.volunteering
    {
      state.isVolunteer = true
    }
  }

  /// The informal carer's strain follows need; past the threshold the carer breaks down.
  @inline(never)
  func updateCarer(_ state: inout ResidentState, level: Int, intensity: Double) {
    guard state.hasActiveCarer else { return }
    var increase = levels[level].carerStrainPerMonth
    if state.isParticipating {
      increase *= 1 - (1 - constants.carerStrainMultiplier) * intensity
    }
    state.carerStrain = clampUnit(max(0, state.carerStrain - constants.strainRecovery) + increase)
    if state.carerStrain >= constants.breakdownThreshold { state.carerHasBrokenDown = true }
  }

  /// Starts a new care episode at the resident's need level; a participant's episode may be
  /// substituted by network or volunteers.
  @inline(never)
  func serve(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    arm: InterventionArm, capacity: inout MonthlyCapacity
  ) {
    state.servedLevel = state.needLevel
    state.isSubstituted = false
    guard arm == .intervention, state.isParticipating else { return }
    substitute(&state, stream: stream, month: month, capacity: &capacity)
  }

  /// Decides whether a participant's current care episode goes to network or volunteers.
  @inline(__always)
  func substitute(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    guard constants.substitutionShare > 0, !state.isSubstituted else { return }
    if constants.substitutionRequiresVolunteer && capacity.freeVolunteers <= 0 { return }
    if stream.uniform(month: month, .substitution) < constants.substitutionShare {
      state.isSubstituted = true
      if constants.substitutionRequiresVolunteer { capacity.freeVolunteers -= 1 }
    }
  }

  /// Enrols a resident in a free place; their current care may be substituted at once.
  @inline(__always)
  func enrol(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    state.participation = .participating
    capacity.freeSlots -= 1
    if constants.substituteAtEnrolment {
      substitute(&state, stream: stream, month: month, capacity: &capacity)
    }
  }

  /// Whether a resident who does not take part takes up the intervention this month.
  @inline(__always)
  func wouldTakeUp(_ state: ResidentState, stream: RandomStreamKey, month: Int) -> Bool {
    wouldTakeUp(
      state, stream: stream, month: month, uptake: constants.uptake,
      relativeRiskIfLonely: constants.uptakeRelativeRiskIfLonely)
  }

  /// Whether a resident who does not take part takes up an intervention with the given uptake.
  @inline(__always)
  func wouldTakeUp(
    _ state: ResidentState, stream: RandomStreamKey, month: Int, uptake: Double,
    relativeRiskIfLonely: Double
  ) -> Bool {
    guard levels[Int(state.needLevel)].isEligible, uptake > 0 else { return false }
    let probability = uptake * (state.isLonely ? relativeRiskIfLonely : 1)
    return stream.uniform(month: month, .uptake) < probability
  }

  /// Joins, waits or leaves, within the intervention's capacity.
  @inline(__always)
  func updateParticipation(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    capacity: inout MonthlyCapacity
  ) {
    switch state.participation {
    case .participating:
      if constants.dropout > 0 && stream.uniform(month: month, .dropout) < constants.dropout {
        // Leaving ends what the intervention provides, a substituted care episode included.
        state.participation = .none
        state.isVolunteer = false
        state.isSubstituted = false
      }
    case .waiting:
      if capacity.freeSlots > 0 { enrol(&state, stream: stream, month: month, capacity: &capacity) }
    case .none:
      guard wouldTakeUp(state, stream: stream, month: month) else { return }
      if capacity.freeSlots > 0 {
        enrol(&state, stream: stream, month: month, capacity: &capacity)
      } else {
        state.participation = .waiting
      }
    }
  }
}

/// Multiplying by this instead of dividing by 12 keeps a slow division out of the hot loop.
let monthsPerYearReciprocal = 1.0 / 12.0

/// What decides a living resident's care cost in a month: the level of care served, participation
/// when efficiency changes participants' cost, substitution, and an active informal carer.
///
/// Participation splits the classes only when it changes the cost: an intervention without effect
/// then sums both arms' costs in the same groups, so their difference is exactly zero.
struct CareClass {
  static let perLevel = 8

  var servedLevel: Int
  var isParticipatingWithEfficiency: Bool
  var isSubstituted: Bool
  var hasActiveCarer: Bool

  /// The bits of a class's index below its served level.
  static let efficiencyBit = 4
  static let substitutedBit = 2
  static let activeCarerBit = 1

  init(index: Int) {
    servedLevel = index / Self.perLevel
    isParticipatingWithEfficiency = index & Self.efficiencyBit != 0
    isSubstituted = index & Self.substitutedBit != 0
    hasActiveCarer = index & Self.activeCarerBit != 0
  }

  @inline(__always)
  static func index(of state: ResidentState, efficiencyApplies: Bool) -> Int {
    Int(state.servedLevel) &* perLevel
      | (state.isParticipating && efficiencyApplies ? efficiencyBit : 0)
      | (state.isSubstituted ? substitutedBit : 0) | (state.hasActiveCarer ? activeCarerBit : 0)
  }
}

/// Counts a month accumulates over residents before they are written to the outcome.
struct MonthlyCounts {
  /// Sum of the quality of life of the living, in units of ``qualityOfLifeUnit``; a month is a
  /// twelfth of a QALY.
  ///
  /// An integer sum is exact in any order, so arms and tallies that add the same residents in a
  /// different order agree to the bit.
  var qualityOfLifeUnits = 0
  var alive = 0
  var atHome = 0
  var institutional = 0
  var participants = 0
  var volunteers = 0
  var unmetNeed = 0
  var substituted = 0
  var events = MonthlyEvents()

  /// The step of summed quality of life, 2^-40: far below any difference a report shows.
  ///
  /// A month's sum is read as unsigned, which leaves room for 2^24 residents at a score of 1
  /// (``Simulation`` checks the population).
  static let qualityOfLifeUnit = 0x1p-40

  /// A score in [0, 1] in units of ``qualityOfLifeUnit``, rounded to a neighbouring unit (the
  /// nearest, but for scores within 2^-52 of a half unit).
  ///
  /// Every number in [2, 4) has the same exponent, so the mantissa of `2 + score` is the score in
  /// steps of 2^-51: four instructions instead of a checked conversion in the hot loop. Scores are
  /// clamped to [0, 1], so the sum stays in that range.
  @inline(__always)
  static func units(ofQualityOfLife score: Double) -> Int {
    let steps = UInt((2 + score).bitPattern & 0x000F_FFFF_FFFF_FFFF)
    return Int(bitPattern: (steps &+ 0x400) >> 11)
  }

  func record(into outcome: inout ReplicationOutcome, arm: InterventionArm, month: Int) {
    outcome[arm, month, .qalys] =
      Double(UInt(bitPattern: qualityOfLifeUnits)) * Self.qualityOfLifeUnit
      * monthsPerYearReciprocal
    outcome[arm, month, .alive] = Double(alive)
    outcome[arm, month, .atHome] = Double(atHome)
    outcome[arm, month, .institutional] = Double(institutional)
    outcome[arm, month, .participants] = Double(participants)
    outcome[arm, month, .volunteers] = Double(volunteers)
    outcome[arm, month, .unmetNeed] = Double(unmetNeed)
    outcome[arm, month, .crises] = Double(events.crises)
    outcome[arm, month, .admissions] = Double(events.admissions)
    outcome[arm, month, .extraTrajectories] = Double(events.extraTrajectories)
    outcome[arm, month, .substituted] = Double(substituted)
  }

  /// The counts of `lhs` plus those of `rhs` times `sign` (1 or -1), field by field.
  static func combining(_ lhs: MonthlyCounts, _ rhs: MonthlyCounts, sign: Int) -> MonthlyCounts {
    var sum = lhs
    sum.qualityOfLifeUnits &+= sign &* rhs.qualityOfLifeUnits
    sum.alive &+= sign &* rhs.alive
    sum.atHome &+= sign &* rhs.atHome
    sum.institutional &+= sign &* rhs.institutional
    sum.participants &+= sign &* rhs.participants
    sum.volunteers &+= sign &* rhs.volunteers
    sum.unmetNeed &+= sign &* rhs.unmetNeed
    sum.substituted &+= sign &* rhs.substituted
    sum.events.crises &+= sign &* rhs.events.crises
    sum.events.admissions &+= sign &* rhs.events.admissions
    sum.events.extraTrajectories &+= sign &* rhs.events.extraTrajectories
    return sum
  }
}

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

/// What happens to residents during a month's move, counted as it happens.
struct MonthlyEvents {
  var crises = 0
  var admissions = 0
  var extraTrajectories = 0

  @inline(__always)
  static func - (lhs: MonthlyEvents, rhs: MonthlyEvents) -> MonthlyEvents {
    MonthlyEvents(
      crises: lhs.crises &- rhs.crises, admissions: lhs.admissions &- rhs.admissions,
      extraTrajectories: lhs.extraTrajectories &- rhs.extraTrajectories)
  }

  @inline(__always)
  static func += (lhs: inout MonthlyEvents, rhs: MonthlyEvents) {
    lhs.crises &+= rhs.crises
    lhs.admissions &+= rhs.admissions
    lhs.extraTrajectories &+= rhs.extraTrajectories
  }
}

/// One arm's sums for every month of the horizon before they are priced: residents per care class,
/// the month's counts and how fully the intervention could serve its participants.
///
/// The buffers are allocated once per arm and replication, and the hot loop writes through
/// pointers. A tally lives inside one replication on one thread.
final class ArmTally {
  let months: Int
  let classesPerMonth: Int
  let residentsByClass: UnsafeMutablePointer<Int>
  let counts: UnsafeMutablePointer<MonthlyCounts>
  let serviceIntensity: UnsafeMutablePointer<Double>

  init(months: Int, classesPerMonth: Int) {
    self.months = months
    self.classesPerMonth = classesPerMonth
    residentsByClass = .allocate(capacity: months * classesPerMonth)
    residentsByClass.initialize(repeating: 0, count: months * classesPerMonth)
    counts = .allocate(capacity: months)
    counts.initialize(repeating: MonthlyCounts(), count: months)
    serviceIntensity = .allocate(capacity: months)
    serviceIntensity.initialize(repeating: 0, count: months)
  }

  /// A copy of `other`, for a run that adds to it.
  convenience init(copying other: ArmTally) {
    self.init(months: other.months, classesPerMonth: other.classesPerMonth)
    residentsByClass.update(from: other.residentsByClass, count: months * classesPerMonth)
    counts.update(from: other.counts, count: months)
    serviceIntensity.update(from: other.serviceIntensity, count: months)
  }

  /// Adds `other`'s counts, month by month; exact, as every count is an integer.
  func add(_ other: ArmTally) {
    combine(with: other, sign: 1)
  }

  /// Takes away `other`'s counts, month by month; exact, as every count is an integer.
  func subtract(_ other: ArmTally) {
    combine(with: other, sign: -1)
  }

  private func combine(with other: ArmTally, sign: Int) {
    precondition(
      months == other.months && classesPerMonth == other.classesPerMonth,
      "tallies of different shapes")
    for index in 0..<months * classesPerMonth {
      residentsByClass[index] &+= sign &* other.residentsByClass[index]
    }
    for month in 0..<months {
      counts[month] = MonthlyCounts.combining(counts[month], other.counts[month], sign: sign)
    }
  }

  /// This tally as a run in which efficiency does not act would have counted it: participants'
  /// classes merged into the others (see ``CareClass``).
  func mergingEfficiencyClasses() -> ArmTally {
    let merged = ArmTally(copying: self)
    for index in 0..<months * classesPerMonth
    where CareClass(index: index % classesPerMonth).isParticipatingWithEfficiency {
      merged.residentsByClass[index - CareClass.efficiencyBit] &+= merged.residentsByClass[index]
      merged.residentsByClass[index] = 0
    }
    return merged
  }

  deinit {
    residentsByClass.deallocate()
    counts.deallocate()
    serviceIntensity.deallocate()
  }

  /// The first of `month`'s care-class counts.
  @inline(__always)
  func classes(in month: Int) -> UnsafeMutablePointer<Int> {
    residentsByClass + month &* classesPerMonth
  }
}
