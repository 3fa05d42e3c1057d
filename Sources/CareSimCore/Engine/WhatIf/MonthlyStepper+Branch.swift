/// Branching: a what-if setting's control run, made from the base's by moving again only the
/// residents that the watch saw branch off.
extension MonthlyStepper {
  /// The control run a variant of this stepper's scenario would have made.
  ///
  /// It is made from this scenario's `record`, the watch's `divergences` of that variant and,
  /// when its uptake differs, its `tracking`: each resident who branches off is moved again from
  /// that month, once as here (to take away) and once as in `variant` (to add). A resident whose
  /// history before the run moved otherwise in the variant is moved there from their arrival as
  /// `restarts` starts them.
  ///
  /// Tallies are integers, so the result has the bits of the variant's own control run.
  func branch(
    _ record: UptakeRecord, at divergences: [Divergence], tracking: UptakeTracking?,
    restarts: [Int: RestartedResident] = [:], into variant: MonthlyStepper,
    profiles: [ResidentProfile]
  ) -> UptakeRecord {
    let months = record.control.months
    let classesPerMonth = record.control.classesPerMonth
    let added = ArmTally(months: months, classesPerMonth: classesPerMonth)
    let addedJoined = ArmTally(months: months, classesPerMonth: classesPerMonth)
    let removed = ArmTally(months: months, classesPerMonth: classesPerMonth)
    let removedJoined = ArmTally(months: months, classesPerMonth: classesPerMonth)
    var joinMonths = tracking?.joinMonths ?? record.joinMonths
    var statesAtJoining = tracking?.statesAtJoining ?? record.statesAtJoining
    var noWatch = NoStepWatch()
    for divergence in divergences {
      let resident = divergence.resident
      let month = divergence.month
      // Taking up is decided again from the month of the divergence, unless it was earlier.
      func watch(joinMonth: Int, state: ResidentState) -> JoinWatch {
        UptakeRecord.hadJoined(joinMonth: joinMonth, state: state, before: month)
          ? JoinWatch(month: joinMonth, state: state) : JoinWatch(month: months, state: state)
      }
      var baseState = divergence.state
      var baseWatch = watch(
        joinMonth: record.joinMonths[resident], state: record.statesAtJoining[resident])
      liveNotingUptake(
        &baseState, profile: profiles[resident], notJoined: removed, joined: removedJoined,
        watch: &baseWatch, from: month, stepWatch: &noWatch)
      let restart = restarts[resident]
      var variantState = restart?.profile.start ?? divergence.state
      var variantWatch = watch(
        joinMonth: restart?.joinMonth ?? joinMonths[resident],
        state: restart?.stateAtJoining ?? statesAtJoining[resident])
      variant.liveNotingUptake(
        &variantState, profile: restart?.profile ?? profiles[resident], notJoined: added,
        joined: addedJoined, watch: &variantWatch, from: month, stepWatch: &noWatch)
      joinMonths[resident] = variantWatch.month
      statesAtJoining[resident] = variantWatch.state
    }
    // Each resident's months are counted once, before or after taking up: the control run has
    // both, the intervention arm keeps those before.
    let control = ArmTally(copying: record.control)
    control.add(added)
    control.add(addedJoined)
    control.subtract(removed)
    control.subtract(removedJoined)
    let notReached = ArmTally(copying: record.notReached)
    notReached.add(added)
    notReached.subtract(removed)
    if let tracking {
      notReached.subtract(tracking.joinedOnlyHere)
      notReached.add(tracking.joinedOnlyInBase)
    }
    return UptakeRecord(
      control: control, notReached: notReached, joinMonths: joinMonths,
      statesAtJoining: statesAtJoining)
  }
}
