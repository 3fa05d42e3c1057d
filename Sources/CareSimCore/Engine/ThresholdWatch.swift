/// What the control arm's step shows a watcher: the start of each month and the need move about to
/// be made.
///
/// The plain runs pass ``NoStepWatch``, whose calls compile away; ``ThresholdWatch`` uses them to
/// find where what-if settings branch off a base run.
protocol StepWatch {
  mutating func startResident(_ resident: Int)
  mutating func startMonth(_ state: ResidentState)
  /// Called in the control arm before a living resident's need move, with the hazard ratios and
  /// the uniform draw the move uses.
  mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper)
}

/// The watcher of plain runs: sees nothing.
struct NoStepWatch: StepWatch {
  @inline(__always) mutating func startResident(_ resident: Int) {}
  @inline(__always) mutating func startMonth(_ state: ResidentState) {}
  @inline(__always) mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper
  ) {}
}

/// The thresholds that the control arm's draws are compared with and that a what-if setting may
/// change while the control arm reads nothing else changed (see
/// ``ScenarioParameters/branchingProjection``).
struct ControlArmThresholds: Sendable, Equatable {
  /// The binary covariates' hazard ratios, which scale the need move's bands and the crisis hazard.
  var covariates: CovariateTables.Scalars
  var signalling: Double
  var crisisAdmission: Double
}

/// Where a control-arm resident of a what-if setting first moves differently from the base run: the
/// month, the resident's state at its start, and the settings (bits of ``ThresholdWatch/variants``).
struct Divergence: Sendable {
  var resident: Int
  var month: Int
  var state: ResidentState
  var variants: UInt64
}

/// Watches a base run's control arm for the first month in which a variant's thresholds would move
/// a resident differently.
///
/// Residents draw the same numbers in every variant, so a variant moves each resident exactly as the
/// base does until one of that month's draws falls between the base's threshold and the variant's.
/// The watch compares the base's decisions with each variant's: the need move, the crisis, the
/// crisis admission and signalling. It may also report a month in which nothing differs (signalling
/// is judged before a quality-of-life admission can make it moot); running the resident again from
/// there in both costs time, not bits. Most draws lie far from every threshold, so the common month
/// costs one bound per decision.
struct ThresholdWatch: StepWatch {
  /// The most variants one watch follows: their bits fit one word.
  static let maximumVariants = UInt64.bitWidth

  let base: ControlArmThresholds
  let variants: [ControlArmThresholds]
  /// The variants whose covariate ratios, signalling or crisis admission differ from the base's.
  let covariateVariants: UInt64
  let signallingVariants: UInt64
  let admissionVariants: UInt64
  /// No variant's move or crisis hazard exceeds the base's times this bound, so a draw above the
  /// bound moves every variant as it moves the base.
  let hazardBound: Double
  private(set) var divergences: [Divergence] = []
  private var resident = 0
  private var monthStart: ResidentState?
  /// The variants in which the current resident has already branched off.
  private var branched: UInt64 = 0

  init(base: ControlArmThresholds, variants: [ControlArmThresholds]) {
    precondition(variants.count <= Self.maximumVariants, "at most 64 variants a watch")
    self.base = base
    self.variants = variants
    func mask(_ differs: (ControlArmThresholds) -> Bool) -> UInt64 {
      variants.indices.reduce(0) { mask, index in
        differs(variants[index]) ? mask | 1 << UInt64(index) : mask
      }
    }
    covariateVariants = mask { $0.covariates != base.covariates }
    signallingVariants = mask { $0.signalling != base.signalling }
    admissionVariants = mask { $0.crisisAdmission != base.crisisAdmission }
    hazardBound =
      variants.map { Self.hazardBound(of: $0.covariates, over: base.covariates) }.max() ?? 1
  }

  /// How far a variant's binary covariates can raise a hazard above the base's, with a margin for
  /// rounding: the product over the covariates of their largest ratio (at least 1).
  static func hazardBound(
    of variant: CovariateTables.Scalars, over base: CovariateTables.Scalars
  ) -> Double {
    func largestRatio(_ variant: HazardRatios, _ base: HazardRatios) -> Double {
      let pairs = [
        (variant.progression, base.progression), (variant.admission, base.admission),
        (variant.death, base.death),
      ]
      // A base ratio of 0 leaves no bound: every draw is then checked.
      return pairs.map { $0 == $1 ? 1 : $0 / $1 }.reduce(1, max)
    }
    return largestRatio(variant.loneliness, base.loneliness)
      * largestRatio(variant.carerBreakdown, base.carerBreakdown)
      * largestRatio(variant.unmetNeed, base.unmetNeed) * (1 + 1e-9)
  }

  mutating func startResident(_ resident: Int) {
    self.resident = resident
    branched = 0
  }

  mutating func startMonth(_ state: ResidentState) {
    monthStart = state
  }

  mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper
  ) {
    let allVariants = covariateVariants | signallingVariants | admissionVariants
    guard allVariants & ~branched != 0 else { return }
    var branching: UInt64 = 0
    func each(_ mask: UInt64, _ body: (Int) -> Bool) {
      var bits = mask & ~branched & ~branching
      while bits != 0 {
        let variant = bits.trailingZeroBitCount
        bits &= bits &- 1
        if body(variant) { branching |= 1 << UInt64(variant) }
      }
    }
    func variantRatios(_ variant: Int) -> HazardRatios {
      stepper.covariateRatios(
        state, ageInMonths: ageInMonths, covariates: variants[variant].covariates)
    }

    // The need move: the same function as the step, with each variant's covariate ratios.
    let from = Int(state.needLevel)
    var level = from
    let total = (stepper.levels[from].moveMass * MonthlyTransition.multipliers(ratios)).sum()
    if uniform < total * hazardBound {
      level = stepper.sampleMove(from: from, ratios: ratios, uniform: uniform)
      each(covariateVariants) { variant in
        stepper.sampleMove(from: from, ratios: variantRatios(variant), uniform: uniform) != level
      }
    }

    // The crisis and the admission after it.
    var crisisHappened = false
    if stepper.levels[level].crisisProbability > 0 {
      let crisis = stepper.crisisProbability(
        at: level, covariateRatios: ratios, participates: false, intensity: 0)
      let crisisUniform = stream.uniform(month: month, .crisis)
      crisisHappened = crisisUniform < crisis
      if crisisUniform < crisis * hazardBound {
        each(covariateVariants) { variant in
          let variantCrisis = stepper.crisisProbability(
            at: level, covariateRatios: variantRatios(variant), participates: false, intensity: 0)
          return (crisisUniform < variantCrisis) != crisisHappened
        }
      }
      if crisisHappened {
        let admissionUniform = stream.uniform(month: month, .crisisAdmission)
        let admitted = admissionUniform < base.crisisAdmission
        each(admissionVariants) { variant in
          (admissionUniform < variants[variant].crisisAdmission) != admitted
        }
      }
    }

    // Signalling of a need above the care served, which a crisis makes certain.
    if !crisisHappened && stepper.levels[level].isAtHome && level > Int(state.servedLevel)
      && signallingVariants & ~branched & ~branching != 0
    {
      let signallingUniform = stream.uniform(month: month, .signalling)
      func isSignalled(_ probability: Double) -> Bool {
        probability >= 1 || signallingUniform < probability
      }
      let signalled = isSignalled(base.signalling)
      each(signallingVariants) { variant in isSignalled(variants[variant].signalling) != signalled }
    }

    if branching != 0, let monthStart {
      branched |= branching
      divergences.append(
        Divergence(resident: resident, month: month, state: monthStart, variants: branching))
    }
  }
}

extension MonthlyStepper {
  /// The control run a variant of this stepper's scenario would have made, from this scenario's
  /// `record` and the watch's `divergences` of that variant: each resident who branches off is
  /// moved again from that month, once as here (to take away) and once as in `variant` (to add).
  ///
  /// Tallies are integers, so the result has the bits of the variant's own control run.
  func branch(
    _ record: UptakeRecord, at divergences: [Divergence], into variant: MonthlyStepper,
    profiles: [ResidentProfile]
  ) -> UptakeRecord {
    let months = record.control.months
    let shape = (months: months, classesPerMonth: record.control.classesPerMonth)
    let added = ArmTally(months: shape.months, classesPerMonth: shape.classesPerMonth)
    let addedJoined = ArmTally(months: shape.months, classesPerMonth: shape.classesPerMonth)
    let removed = ArmTally(months: shape.months, classesPerMonth: shape.classesPerMonth)
    let removedJoined = ArmTally(months: shape.months, classesPerMonth: shape.classesPerMonth)
    var joinMonths = record.joinMonths
    var statesAtJoining = record.statesAtJoining
    var noWatch = NoStepWatch()
    for divergence in divergences {
      let resident = divergence.resident
      // Until the divergence both moved alike, so both had taken up by then, or neither; taking up
      // is decided at the start of a month, from the state then.
      let hadJoined = record.joinMonths[resident] <= divergence.month
      let watchAtStart = JoinWatch(
        month: hadJoined ? record.joinMonths[resident] : months,
        state: record.statesAtJoining[resident])
      var baseState = divergence.state
      var baseWatch = watchAtStart
      liveWatchingUptake(
        &baseState, profile: profiles[resident], control: removed, joined: removedJoined,
        watch: &baseWatch, from: divergence.month, stepWatch: &noWatch)
      var variantState = divergence.state
      var variantWatch = watchAtStart
      variant.liveWatchingUptake(
        &variantState, profile: profiles[resident], control: added, joined: addedJoined,
        watch: &variantWatch, from: divergence.month, stepWatch: &noWatch)
      joinMonths[resident] = variantWatch.month
      statesAtJoining[resident] = variantWatch.state
    }
    let control = ArmTally(copying: record.control)
    control.add(added)
    control.subtract(removed)
    let notReached = ArmTally(copying: record.notReached)
    notReached.add(added)
    notReached.subtract(addedJoined)
    notReached.subtract(removed)
    notReached.add(removedJoined)
    return UptakeRecord(
      control: control, notReached: notReached, joinMonths: joinMonths,
      statesAtJoining: statesAtJoining)
  }
}
