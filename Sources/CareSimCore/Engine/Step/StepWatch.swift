/// What the control arm's step shows a watcher: each month of a resident, and the inputs of the
/// month's decisions before they are made.
///
/// The plain runs pass ``NoStepWatch``, whose calls compile away; ``ThresholdWatch`` uses them to
/// find where what-if settings branch off a base run.
protocol StepWatch {
  mutating func startResident(_ resident: Int)
  /// Called at the start of a living resident's month, once the base has decided whether they
  /// take up the intervention (`hasJoined`: they have by now), with the care class (within its
  /// band of care costs) that the driver counts the month in.
  mutating func startMonth(
    _ state: ResidentState, profile: ResidentProfile, month: Int, careClass: Int,
    hasJoined: Bool, stepper: MonthlyStepper)
  /// Called in the control arm before a living resident's month is decided (see
  /// ``MonthlyStepper/decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``),
  /// with the resident, their age this month, the covariates' hazard ratios and the need move's
  /// draw.
  mutating func willDecide(
    _ state: ResidentState, profile: ResidentProfile, ageInMonths: Int, month: Int,
    covariateRatios: HazardRatios, moveUniform: Double, stepper: MonthlyStepper)
  /// Called at the end of a living resident's month, with the resident's state at its end and
  /// the events the month counted.
  mutating func endMonth(
    _ month: Int, state: ResidentState, events: MonthlyEvents, stepper: MonthlyStepper)
  /// Called before a resident's starting state is made, with the resident as the population
  /// drew them; a lived start's history (see ``StartingState/lived(fromAge:)``) then shows its
  /// months through ``willDecide(_:profile:ageInMonths:month:covariateRatios:moveUniform:stepper:)``
  /// on the history's streams; the run's months come after every resident's history.
  mutating func startHistory(of resident: Int, drawn profile: ResidentProfile)
  /// Called with each state drawn for `profile` to start from (see
  /// ``MonthlyStepper/drawnStart(of:stream:ageInMonths:population:)``): on arrival for a drawn
  /// start, at the start of each try of a lived history.
  mutating func drewStart(
    _ state: ResidentState, of profile: ResidentProfile, stream: RandomStreamKey, ageInMonths: Int)
  /// Called before each try at a resident's history (see
  /// ``MonthlyStepper/livedState(of:fromAgeInMonths:resumingAt:stepWatch:startingState:)``).
  mutating func startHistoryTry(_ attempt: Int)
  /// Called at the start of each month of a history's try, before
  /// ``willDecide(_:profile:ageInMonths:month:covariateRatios:moveUniform:stepper:)``.
  mutating func startHistoryMonth(_ month: HistoryMonth)
  /// Called when a resident's starting state is made, with the state the resident arrives in.
  mutating func endHistory(of resident: Int, arrivingIn start: ResidentState, month: Int)
}

/// Watchers that do not follow histories see nothing of them.
extension StepWatch {
  @inline(__always) mutating func startHistory(of resident: Int, drawn profile: ResidentProfile) {}
  @inline(__always) mutating func drewStart(
    _ state: ResidentState, of profile: ResidentProfile, stream: RandomStreamKey, ageInMonths: Int
  ) {}
  @inline(__always) mutating func startHistoryTry(_ attempt: Int) {}
  @inline(__always) mutating func startHistoryMonth(_ month: HistoryMonth) {}
  @inline(__always) mutating func endHistory(
    of resident: Int, arrivingIn start: ResidentState, month: Int
  ) {}
}

/// The watcher of plain runs: sees nothing.
struct NoStepWatch: StepWatch {
  @inline(__always) mutating func startResident(_ resident: Int) {}
  @inline(__always) mutating func startMonth(
    _ state: ResidentState, profile: ResidentProfile, month: Int, careClass: Int,
    hasJoined: Bool, stepper: MonthlyStepper
  ) {}
  @inline(__always) mutating func willDecide(
    _ state: ResidentState, profile: ResidentProfile, ageInMonths: Int, month: Int,
    covariateRatios: HazardRatios, moveUniform: Double, stepper: MonthlyStepper
  ) {}
  @inline(__always) mutating func endMonth(
    _ month: Int, state: ResidentState, events: MonthlyEvents, stepper: MonthlyStepper
  ) {}
}
