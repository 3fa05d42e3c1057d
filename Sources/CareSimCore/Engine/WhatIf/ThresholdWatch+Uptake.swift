/// When a variant's residents take up the intervention, where the variant's uptake differs from
/// the base's: followed along the base's control run, which the variant shares until it branches.
struct UptakeTracking {
  var joinMonths: [Int]
  var statesAtJoining: [ResidentState]
  /// The control months a resident has taken up in the variant but not in the base, and the
  /// other way round (before the resident branches off).
  let joinedOnlyHere: ArmTally
  let joinedOnlyInBase: ArmTally
}

/// Uptake in the variants: the watch calls the step's uptake decision with each variant's
/// thresholds at the start of every month, and counts the months the variant and the base
/// disagree on whether a resident has taken up.
extension ThresholdWatch {
  /// What the watch followed of a variant's uptake, or `nil` when it is the base's.
  func uptakeTracking(of variant: Int) -> UptakeTracking? {
    guard let slot = trackingSlots[variant] else { return nil }
    let range = slot * residents..<(slot + 1) * residents
    return UptakeTracking(
      joinMonths: Array(trackedJoinMonths[range]),
      statesAtJoining: Array(trackedStatesAtJoining[range]),
      joinedOnlyHere: joinedOnlyHereTallies[slot], joinedOnlyInBase: joinedOnlyInBaseTallies[slot])
  }

  mutating func startMonth(
    _ state: ResidentState, profile: ResidentProfile, month: Int, careClass: Int,
    hasJoined: Bool, stepper: MonthlyStepper
  ) {
    let stream = profile.stream
    monthStart = state
    monthStartAge = profile.ageInMonthsAtStart &+ month
    joinedOnlyHere = 0
    joinedOnlyInBase = 0
    Self.forEach(in: uptakeVariants & ~branched) { variant in
      guard let slot = trackingSlots[variant] else { return }
      let index = slot &* residents &+ resident
      var hasJoinedHere = trackedJoinMonths[index] <= month
      if !hasJoinedHere
        && stepper.wouldTakeUp(
          state, stream: stream, month: month, uptake: variants[variant].uptake)
      {
        trackedJoinMonths[index] = month
        trackedStatesAtJoining[index] = state
        hasJoinedHere = true
      }
      if hasJoinedHere && !hasJoined { joinedOnlyHere |= 1 << UInt64(variant) }
      if !hasJoinedHere && hasJoined { joinedOnlyInBase |= 1 << UInt64(variant) }
    }
  }

  mutating func endMonth(
    _ month: Int, state: ResidentState, events: MonthlyEvents, stepper: MonthlyStepper
  ) {
    // A carer's strain moves by the level the month ends at, when it is at home.
    noteVisit(to: Int(state.needLevel), month: month)
    guard joinedOnlyHere | joinedOnlyInBase != 0, let monthStart else { return }
    // A month in which the resident branched off is counted by running them again.
    Self.forEach(in: (joinedOnlyHere | joinedOnlyInBase) & ~branched) { variant in
      guard let slot = trackingSlots[variant] else { return }
      let tally =
        joinedOnlyHere & 1 << UInt64(variant) != 0
        ? joinedOnlyHereTallies[slot] : joinedOnlyInBaseTallies[slot]
      stepper.accrue(
        monthStart,
        classCounts: tally.classes(in: month)
          + stepper.costBand(ageInMonths: monthStartAge).classOffset,
        counts: &tally.counts[month])
      tally.counts[month].events += events
    }
  }
}
