/// The production driver: the control arm runs resident by resident and notes when each resident
/// would take up the intervention; the intervention arm moves, month by month, only the residents
/// it has reached.
///
/// Until a resident takes up the intervention, the intervention arm moves them exactly as the
/// control arm does: the same draws, no effect, no claim on capacity. So the intervention arm's
/// tally is the control tally with the reached residents' control months, from the month they
/// take up, swapped for their intervention months. Tallies are integers, so this gives the bits
/// of running the intervention arm in full.
extension MonthlyStepper {
  /// Runs both arms: the control arm resident by resident, the intervention arm over the
  /// residents it reaches.
  func runBothArms<Watch: StepWatch>(
    profiles: [ResidentProfile], controlStates: inout [ResidentState],
    interventionStates: [ResidentState], months: Int, stepWatch: inout Watch
  ) -> (control: ArmTally, intervention: ArmTally) {
    var record = recordUptake(
      profiles: profiles, controlStates: &controlStates, interventionStates: interventionStates,
      months: months, stepWatch: &stepWatch)
    runReached(&record, profiles: profiles, into: record.notReached)
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
    let notReached = ArmTally(months: months, classesPerMonth: classesPerMonth)
    let reachedControl = ArmTally(months: months, classesPerMonth: classesPerMonth)
    var (joinMonths, statesAtJoining) = UptakeRecord.start(
      interventionStates: interventionStates, months: months)
    internalInvariant(
      zip(controlStates, interventionStates).allSatisfy { control, intervention in
        intervention.participation != .none || control == intervention
      }, "a non-participant starts differently in the two arms")
    for resident in controlStates.indices {
      var watch = JoinWatch(month: joinMonths[resident], state: statesAtJoining[resident])
      stepWatch.startResident(resident)
      // An entrant lives from the month it arrives.
      liveNotingUptake(
        &controlStates[resident], profile: profiles[resident], notJoined: notReached,
        joined: reachedControl, watch: &watch, from: profiles[resident].arrivalMonth,
        stepWatch: &stepWatch)
      joinMonths[resident] = watch.month
      statesAtJoining[resident] = watch.state
    }
    let control = ArmTally(copying: notReached)
    control.add(reachedControl)
    return UptakeRecord(
      control: control, notReached: notReached, joinMonths: joinMonths,
      statesAtJoining: statesAtJoining)
  }

  /// Moves the intervention arm's residents from the month each takes up the intervention, adding
  /// their months to `tally` (a copy of the record's ``UptakeRecord/notReached``).
  func runReached(_ record: inout UptakeRecord, profiles: [ResidentProfile], into tally: ArmTally) {
    runMonthByMonth(
      arm: .intervention, profiles: profiles, states: &record.statesAtJoining, into: tally,
      joinMonths: record.joinMonths)
  }

  /// What the control run notes of one resident: when they would take up the intervention, and
  /// their state then.
  struct JoinWatch {
    /// The month the resident takes up the intervention; the horizon's length if never.
    var month: Int
    var state: ResidentState
  }

  /// Takes one resident through the control arm from `firstMonth` on, or until death, and notes
  /// when they would take up the intervention.
  ///
  /// Each month is counted once: in `notJoined` before the month of taking up, in `joined` from
  /// then on (the control arm's months are their sum, the intervention arm keeps the first).
  /// `stepWatch` sees each month's start, the inputs of its decisions, and its end. The
  /// resident's state stays in registers for the whole horizon; a death ends the loop. The months
  /// are taken in stretches of one band of care costs by age (the whole horizon without bands),
  /// so the common month looks up no band.
  @inline(never)
  func liveNotingUptake<Watch: StepWatch>(
    _ state: inout ResidentState, profile: ResidentProfile, notJoined: ArmTally,
    joined: ArmTally, watch: inout JoinWatch, from firstMonth: Int, stepWatch: inout Watch
  ) {
    var current = state
    var capacity = MonthlyCapacity.controlArm
    var stretchStart = firstMonth
    living: while stretchStart < notJoined.months {
      let band = costBand(ageInMonths: profile.ageInMonthsAtStart &+ stretchStart)
      let stretchEnd = min(notJoined.months, stretchStart &+ band.months)
      for month in stretchStart..<stretchEnd {
        if Int(current.needLevel) == constants.deadLevel { break living }
        // The intervention arm's first move that differs: taking up the intervention.
        if month < watch.month
          && wouldTakeUp(
            current, stream: profile.stream, month: month, uptake: constants.participation.uptake)
        {
          watch.month = month
          watch.state = current
        }
        let isJoined = month >= watch.month
        // The tally's buffers, not the tally: choosing a reference would retain it every month.
        let classCounts = isJoined ? joined.classes(in: month) : notJoined.classes(in: month)
        let counts = isJoined ? joined.counts + month : notJoined.counts + month
        // Worked out once for the accrual and the watch, without reading the fields of taking
        // part, whose counts are 0 in the control arm.
        let seen = current.seen(in: .control)
        let careClass = careClass(of: seen)
        accrue(
          seen, careClass: careClass, classCounts: classCounts + band.classOffset,
          counts: &counts.pointee)
        stepWatch.startMonth(
          current, profile: profile, month: month, careClass: careClass, hasJoined: isJoined,
          stepper: self)
        var events = MonthlyEvents()
        evolve(
          &current, profile: profile, month: month, in: ControlArmMonth.self,
          capacity: &capacity, events: &events, stepWatch: &stepWatch)
        counts.pointee.events += events
        stepWatch.endMonth(month, state: current, events: events, stepper: self)
        checkInvariants(of: current, arm: .control, month: month)
      }
      stretchStart = stretchEnd
    }
    state = current
  }
}
