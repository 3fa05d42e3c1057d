/// The month of one living resident, as an ordered list of phases.
///
/// Each phase runs only when it can change something, to keep the common path short, and calls
/// its mechanism's file. A decision reads a fixed position of the resident's stream,
/// `(month, decision)`, so skipping a phase never shifts another phase's draw. The decisions that
/// what-if thresholds may change are pure functions (the need move, a crisis, admission after it,
/// signalling, uptake), which ``ThresholdWatch`` calls too, composed in this order by
/// ``decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``.
extension MonthlyStepper {
  /// Moves a living resident to next month's state in `arm`, unwatched: the month of
  /// ``evolve(_:profile:month:in:capacity:events:stepWatch:)`` for an arm known only at run time.
  @inline(__always)
  func evolve(
    _ state: inout ResidentState, profile: ResidentProfile, month: Int,
    arm: InterventionArm, capacity: inout MonthlyCapacity, events: inout MonthlyEvents
  ) {
    var noWatch = NoStepWatch()
    switch arm {
    case .control:
      evolve(
        &state, profile: profile, month: month, in: ControlArmMonth.self, capacity: &capacity,
        events: &events, stepWatch: &noWatch)
    case .intervention:
      evolve(
        &state, profile: profile, month: month, in: InterventionArmMonth.self,
        capacity: &capacity, events: &events, stepWatch: &noWatch)
    }
  }

  /// Moves a living resident to next month's state in the arm `Arm`; `stepWatch` sees the inputs
  /// of the month's decisions before they are made.
  ///
  /// Compiled once per arm (see ``ArmMonth``): in the control arm nobody takes part, so its
  /// copy carries none of the intervention's phases, in the lived start's histories too.
  ///
  /// Inlined at every call (`@_transparent`): the optimizer honours `@inline(__always)` on a
  /// function of more than 64 blocks only in a caller still smaller than that, so the control
  /// run's loop, which inlines the accrual and the watch before it reaches the month, called it.
  @_transparent
  func evolve<Arm: ArmMonth, Watch: StepWatch>(
    _ state: inout ResidentState, profile: ResidentProfile, month: Int,
    in _: Arm.Type, capacity: inout MonthlyCapacity, events: inout MonthlyEvents,
    stepWatch: inout Watch
  ) {
    let arm = Arm.arm
    let stream = profile.stream
    let draws = StreamDraws(stream: stream, month: month)
    // Ladders have at most a few levels (validated), and ages stay far from overflow: the hot loop
    // skips those checks.
    let ageInMonths = profile.ageInMonthsAtStart &+ month
    let start = Int(state.needLevel)
    let wasAtHome = levels[start].isAtHome

    // 1. Participation: taking up, waiting for a place, leaving (intervention arm, at home).
    if arm == .intervention && wasAtHome && participationCanChange(state) {
      updateParticipation(&state, stream: stream, month: month, capacity: &capacity)
    }
    // Nobody takes part in the control arm (see ``Simulation/initialState(of:arm:)``).
    internalInvariant(
      arm == .intervention
        || state.participation == .none && !state.isVolunteer
          && !state.isSubstituted,
      "month \(month): taking part in the control arm")
    let participates = arm == .intervention && state.isParticipating
    let intensity = participates ? capacity.serviceIntensity : 0

    // 2. Loneliness starts or resolves.
    if lonelinessCanChange(state) {
      updateLoneliness(&state, stream: stream, month: month, intensity: intensity)
    }

    // 3. The need move: the covariates' hazard ratios, and prevention for participants.
    let covariateRatios = covariateRatios(
      state, ageInMonths: ageInMonths, isFemale: profile.isFemale)
    let moveUniform = stream.uniform(month: month, .transition)
    stepWatch.willDecide(
      state, profile: profile, ageInMonths: ageInMonths, month: month,
      covariateRatios: covariateRatios, moveUniform: moveUniform, stepper: self)
    // What `decide(…)` makes of this state, for the internal checks that the step agrees with it;
    // never evaluated in ordinary builds.
    let decidedState = state
    lazy var expected = decide(
      decidedState, covariateRatios: covariateRatios, participates: participates,
      intensity: intensity,
      thresholds: DecisionThresholds(
        crisisAdmission: constants.escalation.admission,
        signalling: signallingChance(intensity: intensity)),
      moveUniform: moveUniform, draws: draws)
    let ratios =
      participates ? prevented(covariateRatios, intensity: intensity) : covariateRatios
    // An admission from home may become the Wlz's care at home (`MonthlyStepper+CareAtHome`).
    var level = chosenLevel(
      nextLevel(from: start, ratios: ratios, uniform: moveUniform), from: start, draws: draws)

    // 4. Escalation: a crisis at home costs, hurts, makes need visible and may end in death or
    // admission.
    var crisisHappened = false
    if levels[level].crisisProbability > 0
      && hasCrisis(
        at: level, covariateRatios: covariateRatios, participates: participates,
        intensity: intensity, uniform: draws.uniform(.crisis))
    {
      crisisHappened = true
      sufferCrisis(&state, events: &events)
      level = chosenLevel(
        levelAfterCrisis(at: level, admission: constants.escalation.admission, draws: draws),
        from: start, draws: draws)
    }
    state.needLevel = UInt8(truncatingIfNeeded: level)
    internalInvariant(
      expected.level == level && expected.crisis == crisisHappened,
      "month \(month): decide(…) and the step disagree on the need move or a crisis")

    // 5. Death ends the month; otherwise quality of life moves, and below the minimum for living
    // at home the resident is admitted (or chooses care at home); in an institution the
    // intervention ends.
    if level == constants.deadLevel {
      die(&state, wasAtHome: wasAtHome, events: &events)
      return
    }
    level = moveQualityOfLife(
      &state, level: level, from: start, ageInMonths: ageInMonths, intensity: intensity,
      draws: draws)
    guard levels[level].isAtHome else {
      enterInstitution(&state, wasAtHome: wasAtHome, events: &events)
      return
    }

    // 6. Care follows need: down at once, up when the need is signalled (a crisis signals it,
    // and the Wlz's care at home starts at once); a participant's new care episode may be
    // substituted.
    if state.needLevel < state.servedLevel {
      serve(&state, stream: stream, month: month, arm: arm, capacity: &capacity)
    } else if state.needLevel > state.servedLevel {
      let signalled =
        crisisHappened || levels[level].deliversCareAtOnce
        || Self.isSignalled(signallingChance(intensity: intensity), draws: draws)
      // Below the minimum for living at home, a resident may have chosen care at home since
      // the decisions were made: then their care starts at once, whatever was signalled.
      internalInvariant(
        level != expected.level || expected.signalled == signalled,
        "month \(month): decide(…) and the step disagree on signalling")
      if signalled { serve(&state, stream: stream, month: month, arm: arm, capacity: &capacity) }
    }

    // 7. Extra care: outreach starts extra professional trajectories for participants.
    if participates && constants.extraCare.acts {
      startExtraCare(stream: stream, month: month, intensity: intensity, events: &events)
    }

    // 8. Volunteering: participants start to volunteer; volunteers stop.
    if arm == .intervention && volunteeringCanChange(state) {
      updateVolunteering(&state, stream: stream, month: month)
    }

    // 9. The informal carer's strain follows need.
    if state.hasActiveCarer { updateCarer(&state, level: level, intensity: intensity) }
  }
}
