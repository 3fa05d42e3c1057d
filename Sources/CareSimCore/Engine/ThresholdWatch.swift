/// What the control arm's step shows a watcher: each month of a resident, and the need move about
/// to be made.
///
/// The plain runs pass ``NoStepWatch``, whose calls compile away; ``ThresholdWatch`` uses them to
/// find where what-if settings branch off a base run.
protocol StepWatch {
  mutating func startResident(_ resident: Int)
  /// Called at the start of a living resident's month, once the base has decided whether they
  /// take up the intervention (`hasJoined`: they have by now).
  mutating func startMonth(
    _ state: ResidentState, month: Int, stream: RandomStreamKey, hasJoined: Bool,
    stepper: MonthlyStepper)
  /// Called in the control arm before a living resident's need move, with the hazard ratios and
  /// the uniform draw the move uses.
  mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper)
  /// Called at the end of a living resident's month, with the events the month counted.
  mutating func endMonth(_ month: Int, events: MonthlyEvents, stepper: MonthlyStepper)
}

/// The watcher of plain runs: sees nothing.
struct NoStepWatch: StepWatch {
  @inline(__always) mutating func startResident(_ resident: Int) {}
  @inline(__always) mutating func startMonth(
    _ state: ResidentState, month: Int, stream: RandomStreamKey, hasJoined: Bool,
    stepper: MonthlyStepper
  ) {}
  @inline(__always) mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper
  ) {}
  @inline(__always) mutating func endMonth(
    _ month: Int, events: MonthlyEvents, stepper: MonthlyStepper
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
  /// Uptake: the intervention arm takes up as the base's unless these differ.
  var uptake: Double
  var uptakeRelativeRiskIfLonely: Double
}

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

/// Where a control-arm resident of a what-if setting first moves differently from the base run: the
/// month, the resident's state at its start, and the settings (bits of ``ThresholdWatch/variants``).
struct Divergence: Sendable {
  var resident: Int
  var month: Int
  var state: ResidentState
  var variants: UInt64
}

/// Watches a base run's control arm for the first month in which a variant's thresholds would move
/// a resident differently, and follows when residents take up a variant with other uptake.
///
/// Residents draw the same numbers in every variant, so a variant moves each resident exactly as the
/// base does until one of that month's draws falls between the base's threshold and the variant's.
/// The watch compares the base's decisions with each variant's: the need move, the crisis, the
/// crisis admission and signalling. It may also report a month in which nothing differs (signalling
/// is judged before a quality-of-life admission can make it moot); running the resident again from
/// there in both costs time, not bits. Most draws lie far from every threshold, so the common month
/// costs one bound per decision. Uptake moves nobody in the control arm: the watch notes when each
/// resident takes up in the variant and counts the months in which the variant and the base
/// disagree on whether they have.
struct ThresholdWatch: StepWatch {
  /// The most variants one watch follows: their bits fit one word.
  static let maximumVariants = UInt64.bitWidth

  let base: ControlArmThresholds
  let variants: [ControlArmThresholds]
  /// The variants whose covariate ratios, signalling, crisis admission or uptake differ from the
  /// base's.
  let covariateVariants: UInt64
  let signallingVariants: UInt64
  let admissionVariants: UInt64
  let uptakeVariants: UInt64
  /// No variant's move or crisis hazard exceeds the base's times this bound, so a draw above the
  /// bound moves every variant as it moves the base.
  let hazardBound: Double
  private(set) var divergences: [Divergence] = []
  /// Each variant's place among those with other uptake, or `nil`.
  private let trackingSlots: [Int?]
  /// Join months and states of the variants with other uptake, slot by slot, resident by resident
  /// (flat, so that the hot loop reads them without reference counting).
  private var trackedJoinMonths: [Int]
  private var trackedStatesAtJoining: [ResidentState]
  private let residents: Int
  private let joinedOnlyHereTallies: [ArmTally]
  private let joinedOnlyInBaseTallies: [ArmTally]
  private var resident = 0
  private var monthStart: ResidentState?
  /// The variants in which the current resident has already branched off.
  private var branched: UInt64 = 0
  /// The variants that this month count the resident as taken up and the base not, and the other
  /// way round.
  private var joinedOnlyHere: UInt64 = 0
  private var joinedOnlyInBase: UInt64 = 0

  /// - Parameters:
  ///   - base: The base run's thresholds.
  ///   - variants: Each variant's thresholds.
  ///   - record: What the base's intervention arm starts from: the join months and states of
  ///     initial participants, for every variant with other uptake to start from.
  ///   - months: The horizon of the base's tallies.
  ///   - classesPerMonth: The care classes of a month in the base's tallies.
  init(
    base: ControlArmThresholds, variants: [ControlArmThresholds],
    startingFrom record: (joinMonths: [Int], statesAtJoining: [ResidentState]),
    months: Int, classesPerMonth: Int
  ) {
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
    uptakeVariants = mask {
      $0.uptake != base.uptake || $0.uptakeRelativeRiskIfLonely != base.uptakeRelativeRiskIfLonely
    }
    hazardBound =
      variants.map { Self.hazardBound(of: $0.covariates, over: base.covariates) }.max() ?? 1
    var slots: [Int?] = []
    var tracked = 0
    for index in variants.indices {
      slots.append(uptakeVariants & 1 << UInt64(index) != 0 ? tracked : nil)
      if slots[index] != nil { tracked += 1 }
    }
    trackingSlots = slots
    residents = record.joinMonths.count
    trackedJoinMonths = Array(repeatElement(record.joinMonths, count: tracked).joined())
    trackedStatesAtJoining = Array(repeatElement(record.statesAtJoining, count: tracked).joined())
    joinedOnlyHereTallies = (0..<tracked).map { _ in
      ArmTally(months: months, classesPerMonth: classesPerMonth)
    }
    joinedOnlyInBaseTallies = (0..<tracked).map { _ in
      ArmTally(months: months, classesPerMonth: classesPerMonth)
    }
  }

  /// What the watch followed of a variant's uptake, or `nil` when it is the base's.
  func uptakeTracking(of variant: Int) -> UptakeTracking? {
    guard let slot = trackingSlots[variant] else { return nil }
    let range = slot * residents..<(slot + 1) * residents
    return UptakeTracking(
      joinMonths: Array(trackedJoinMonths[range]),
      statesAtJoining: Array(trackedStatesAtJoining[range]),
      joinedOnlyHere: joinedOnlyHereTallies[slot], joinedOnlyInBase: joinedOnlyInBaseTallies[slot])
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

  /// Calls `body` with each variant whose bit is set in `mask`.
  private static func forEach(in mask: UInt64, _ body: (Int) -> Void) {
    var bits = mask
    while bits != 0 {
      body(bits.trailingZeroBitCount)
      bits &= bits &- 1
    }
  }

  mutating func startResident(_ resident: Int) {
    self.resident = resident
    branched = 0
  }

  mutating func startMonth(
    _ state: ResidentState, month: Int, stream: RandomStreamKey, hasJoined: Bool,
    stepper: MonthlyStepper
  ) {
    monthStart = state
    joinedOnlyHere = 0
    joinedOnlyInBase = 0
    Self.forEach(in: uptakeVariants & ~branched) { variant in
      guard let slot = trackingSlots[variant] else { return }
      let index = slot &* residents &+ resident
      var hasJoinedHere = trackedJoinMonths[index] <= month
      let thresholds = variants[variant]
      if !hasJoinedHere
        && stepper.wouldTakeUp(
          state, stream: stream, month: month, uptake: thresholds.uptake,
          relativeRiskIfLonely: thresholds.uptakeRelativeRiskIfLonely)
      {
        trackedJoinMonths[index] = month
        trackedStatesAtJoining[index] = state
        hasJoinedHere = true
      }
      if hasJoinedHere && !hasJoined { joinedOnlyHere |= 1 << UInt64(variant) }
      if !hasJoinedHere && hasJoined { joinedOnlyInBase |= 1 << UInt64(variant) }
    }
  }

  /// Settles the common month, in which no draw comes near any threshold, with a bound per
  /// decision; the others go to ``compareDecisions(_:ageInMonths:month:stream:ratios:uniform:stepper:)``.
  @inline(__always)
  mutating func needMove(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper
  ) {
    let followed = (covariateVariants | signallingVariants | admissionVariants) & ~branched
    guard followed != 0 else { return }
    let from = Int(state.needLevel)
    let rule = stepper.levels[from]
    // Below the bound, some variant may move or have a crisis differently; a crisis also decides
    // admission, and a need above the care served is signalled or not.
    let total = (rule.moveMass * MonthlyTransition.multipliers(ratios)).sum()
    if uniform < total * hazardBound
      || (rule.crisisProbability > 0
        && stream.uniform(month: month, .crisis)
          < stepper.crisisProbability(
            at: from, covariateRatios: ratios, participates: false, intensity: 0) * hazardBound)
      || (followed & signallingVariants != 0 && rule.isAtHome && from > Int(state.servedLevel))
    {
      compareDecisions(
        state, ageInMonths: ageInMonths, month: month, stream: stream, ratios: ratios,
        uniform: uniform, stepper: stepper)
    }
  }

  /// Compares the base's need move, crisis, admission and signalling with each variant's.
  @inline(never)
  mutating func compareDecisions(
    _ state: ResidentState, ageInMonths: Int, month: Int, stream: RandomStreamKey,
    ratios: HazardRatios, uniform: Double, stepper: MonthlyStepper
  ) {
    var branching: UInt64 = 0
    let followed = ~branched
    func each(_ mask: UInt64, _ body: (Int) -> Bool) {
      Self.forEach(in: mask & followed & ~branching) { variant in
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
      && signallingVariants & ~branched != 0
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

  mutating func endMonth(_ month: Int, events: MonthlyEvents, stepper: MonthlyStepper) {
    guard joinedOnlyHere | joinedOnlyInBase != 0, let monthStart else { return }
    // A month in which the resident branched off is counted by running them again.
    Self.forEach(in: (joinedOnlyHere | joinedOnlyInBase) & ~branched) { variant in
      guard let slot = trackingSlots[variant] else { return }
      let tally =
        joinedOnlyHere & 1 << UInt64(variant) != 0
        ? joinedOnlyHereTallies[slot] : joinedOnlyInBaseTallies[slot]
      stepper.accrue(
        monthStart, classCounts: tally.classes(in: month), counts: &tally.counts[month])
      tally.counts[month].events += events
    }
  }
}

extension MonthlyStepper {
  /// The control run a variant of this stepper's scenario would have made, from this scenario's
  /// `record`, the watch's `divergences` of that variant and, when its uptake differs, its
  /// `tracking`: each resident who branches off is moved again from that month, once as here (to
  /// take away) and once as in `variant` (to add).
  ///
  /// Tallies are integers, so the result has the bits of the variant's own control run.
  func branch(
    _ record: UptakeRecord, at divergences: [Divergence], tracking: UptakeTracking?,
    into variant: MonthlyStepper, profiles: [ResidentProfile]
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
      liveWatchingUptake(
        &baseState, profile: profiles[resident], control: removed, joined: removedJoined,
        watch: &baseWatch, from: month, stepWatch: &noWatch)
      var variantState = divergence.state
      var variantWatch = watch(
        joinMonth: joinMonths[resident], state: statesAtJoining[resident])
      variant.liveWatchingUptake(
        &variantState, profile: profiles[resident], control: added, joined: addedJoined,
        watch: &variantWatch, from: month, stepWatch: &noWatch)
      joinMonths[resident] = variantWatch.month
      statesAtJoining[resident] = variantWatch.state
    }
    let control = ArmTally(copying: record.control)
    control.add(added)
    control.subtract(removed)
    // What the intervention arm keeps of the control run: the control months less those taken up.
    let notReached = ArmTally(copying: record.notReached)
    notReached.add(added)
    notReached.subtract(addedJoined)
    notReached.subtract(removed)
    notReached.add(removedJoined)
    if let tracking {
      notReached.subtract(tracking.joinedOnlyHere)
      notReached.add(tracking.joinedOnlyInBase)
    }
    return UptakeRecord(
      control: control, notReached: notReached, joinMonths: joinMonths,
      statesAtJoining: statesAtJoining)
  }
}
