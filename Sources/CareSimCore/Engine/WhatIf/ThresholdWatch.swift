/// Where a control-arm resident of a what-if setting first moves differently from the base run: the
/// month, the resident's state at its start, and the settings (bits of ``ThresholdWatch/variants``).
///
/// A resident whose history before the run moves differently diverges in the month they arrive,
/// in the state the base starts them in; the settings then start them anew (see
/// ``RestartedResident``).
struct Divergence: Sendable {
  var resident: Int
  var month: Int
  var state: ResidentState
  var variants: UInt64
}

/// A resident as a what-if setting starts them when their history before the run moves
/// differently there than in the base: the profile with the setting's starting state, and how
/// they join the setting's intervention arm (see ``UptakeRecord/start(interventionStates:months:)``).
struct RestartedResident: Sendable {
  var profile: ResidentProfile
  var joinMonth: Int
  var stateAtJoining: ResidentState
}

/// Watches a base run's control arm for the first month in which a variant's thresholds would move
/// a resident differently, and follows when residents take up a variant with other uptake.
///
/// Residents draw the same numbers in every variant, so a variant moves each resident exactly as the
/// base does until one of that month's draws falls between the base's threshold and the variant's.
/// The watch makes the month's decisions as the step makes them, with the same
/// ``MonthlyStepper/decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``,
/// once with the base's stepper and thresholds and once with each variant's (its own transition
/// rows, covariate tables and crisis probabilities), and compares the results. It may report a
/// month in which nothing differs in the end (signalling is decided before a quality-of-life
/// admission can make it moot); running the resident again from there costs time, not bits. Most
/// draws lie far from every threshold, so the common month costs one bound per decision (see
/// `ThresholdWatch+Bounds.swift`). Uptake moves nobody in the control arm: the watch notes when
/// each resident takes up in the variant and counts the months in which the variant and the base
/// disagree on whether they have (see `ThresholdWatch+Uptake.swift`). Residents' histories before
/// the run, when their starts are lived, are watched the same way: a variant whose decisions
/// differ in a history starts that resident anew, as the variant's own stepper lives it. So does a
/// variant with other population shares, for a resident it draws otherwise or whose starting
/// state (each try's, for a lived start) it draws otherwise. A variant with another utility or
/// carer strain at a level moves a resident otherwise from the first month they spend there: at
/// its start, after the need move or a crisis, or at its end (see ``noteVisits(_:from:total:ageInMonths:isFemale:covariateRatios:moveUniform:stream:month:stepper:)``).
struct ThresholdWatch: StepWatch {
  /// The most variants one watch follows: their bits fit one word.
  static let maximumVariants = UInt64.bitWidth

  let base: ControlArmThresholds
  let variants: [ControlArmThresholds]
  /// Each variant's stepper, which makes its decisions: valid while the watch runs (see
  /// ``Simulation/withSteppers(of:_:)``).
  let variantSteppers: [MonthlyStepper]
  /// The variants whose thresholds of each decision differ from the base's (see
  /// ``ControlArmThreshold/decision``).
  let moveAndCrisisVariants: UInt64
  let afterCrisisVariants: UInt64
  let signallingVariants: UInt64
  let uptakeVariants: UInt64
  let startVariants: UInt64
  let visitVariants: UInt64
  /// Per level, the variants whose utility or carer strain there differs from the base's: bits of
  /// ``visitVariants`` only.
  let visitMasks: [UInt64]
  /// Per level, how far any variant's move and crisis hazards can rise above the base's: a draw
  /// above the base's hazard times its bound moves every variant as it moves the base.
  let levelBounds: [LevelBound]
  var divergences: [Divergence] = []
  /// Each variant's place among those with other uptake, or `nil`.
  let trackingSlots: [Int?]
  /// Join months and states of the variants with other uptake, slot by slot, resident by resident
  /// (flat, so that the hot loop reads them without reference counting); set once the residents
  /// are built (see ``startTracking(from:)``).
  var trackedJoinMonths: [Int] = []
  var trackedStatesAtJoining: [ResidentState] = []
  let residents: Int
  /// The variants in which each resident's history before the run moved differently; empty
  /// while none has.
  var historyBranched: [UInt64] = []
  /// Where the variants' histories first differ, by resident, when a try of the history can be
  /// taken up there (see ``HistoryResume``); a resident drawn otherwise is lived anew.
  var historyResumes: [Int: [(variants: UInt64, resume: HistoryResume)]] = [:]
  /// The try of the current resident's history, and the start of its current month.
  var historyAttempt: Int?
  var historyMonth: HistoryMonth?
  let joinedOnlyHereTallies: [ArmTally]
  let joinedOnlyInBaseTallies: [ArmTally]
  var resident = 0
  var monthStart: ResidentState?
  /// The resident's age in months at `monthStart`.
  var monthStartAge = 0
  /// The variants in which the current resident has already branched off.
  var branched: UInt64 = 0
  /// The variants that this month count the resident as taken up and the base not, and the other
  /// way round.
  var joinedOnlyHere: UInt64 = 0
  var joinedOnlyInBase: UInt64 = 0

  /// - Parameters:
  ///   - base: The base run's thresholds.
  ///   - stepper: The base run's stepper.
  ///   - variants: Each variant's thresholds.
  ///   - variantSteppers: Each variant's stepper, valid while the watch runs.
  ///   - residents: The residents of a replication, entrants included.
  ///   - months: The horizon of the base's tallies.
  init(
    base: ControlArmThresholds, stepper: MonthlyStepper, variants: [ControlArmThresholds],
    variantSteppers: [MonthlyStepper], residents: Int, months: Int
  ) {
    precondition(variants.count <= Self.maximumVariants, "at most 64 variants a watch")
    precondition(variantSteppers.count == variants.count, "a stepper for each variant")
    self.base = base
    self.variants = variants
    self.variantSteppers = variantSteppers
    let masks = ControlArmThresholds.differing(variants, from: base)
    moveAndCrisisVariants = masks[.needMoveAndCrisis] ?? 0
    afterCrisisVariants = masks[.afterCrisis] ?? 0
    signallingVariants = masks[.signalling] ?? 0
    uptakeVariants = masks[.uptake] ?? 0
    startVariants = masks[.start] ?? 0
    visitVariants = masks[.levelVisit] ?? 0
    visitMasks = base.levelEffects.indices.map { level in
      var mask: UInt64 = 0
      for (index, variant) in variants.enumerated()
      where variant.levelEffects[level] != base.levelEffects[level] {
        mask |= 1 << UInt64(index)
      }
      return mask
    }
    levelBounds = Self.levelBounds(
      of: variants.indices.map { (variants[$0], variantSteppers[$0]) }, over: (base, stepper))
    let classesPerMonth = stepper.classesPerMonth
    var slots: [Int?] = []
    var tracked = 0
    for index in variants.indices {
      slots.append(uptakeVariants & 1 << UInt64(index) != 0 ? tracked : nil)
      if slots[index] != nil { tracked += 1 }
    }
    trackingSlots = slots
    self.residents = residents
    joinedOnlyHereTallies = (0..<tracked).map { _ in
      ArmTally(months: months, classesPerMonth: classesPerMonth)
    }
    joinedOnlyInBaseTallies = (0..<tracked).map { _ in
      ArmTally(months: months, classesPerMonth: classesPerMonth)
    }
  }

  /// Starts following the variants with other uptake from what the base's intervention arm
  /// starts from: the join months and states of initial participants.
  mutating func startTracking(from record: (joinMonths: [Int], statesAtJoining: [ResidentState])) {
    precondition(record.joinMonths.count == residents, "a record of another population")
    let tracked = trackingSlots.count { $0 != nil }
    trackedJoinMonths = Array(repeatElement(record.joinMonths, count: tracked).joined())
    trackedStatesAtJoining = Array(repeatElement(record.statesAtJoining, count: tracked).joined())
  }

  /// Calls `body` with each variant whose bit is set in `mask`.
  static func forEach(in mask: UInt64, _ body: (Int) -> Void) {
    var bits = mask
    while bits != 0 {
      body(bits.trailingZeroBitCount)
      bits &= bits &- 1
    }
  }

  mutating func startResident(_ resident: Int) {
    self.resident = resident
    // A variant in which the resident's history moved otherwise starts them anew.
    branched = historyBranched.isEmpty ? 0 : historyBranched[resident]
  }

  /// Notes the variants whose population shares draw the resident otherwise.
  mutating func startHistory(of resident: Int, drawn profile: ResidentProfile) {
    self.resident = resident
    branched = 0
    monthStart = nil
    historyAttempt = nil
    historyMonth = nil
    Self.forEach(in: startVariants) { variant in
      let redrawn = variants[variant].populations.drawing(profile).drawResident(
        profile.stream, arrivalMonth: profile.arrivalMonth, isEntrant: profile.isEntrant)
      if redrawn != profile { branchOff(1 << UInt64(variant), month: profile.arrivalMonth) }
    }
  }

  mutating func startHistoryTry(_ attempt: Int) {
    historyAttempt = attempt
    historyMonth = nil
  }

  mutating func startHistoryMonth(_ month: HistoryMonth) {
    // The month before ended at this month's level, which moved the carer's strain then.
    if let previous = historyMonth {
      noteVisit(to: Int(month.state.needLevel), month: previous.month)
    }
    historyMonth = month
  }

  /// Notes the variants whose population shares or utilities draw this starting state otherwise.
  mutating func drewStart(
    _ state: ResidentState, of profile: ResidentProfile, stream: RandomStreamKey, ageInMonths: Int
  ) {
    // A level's utility sets the quality of life a resident starts with.
    Self.forEach(in: (startVariants | visitVariants) & ~branched) { variant in
      let drawn = variantSteppers[variant].drawnStart(
        of: profile, stream: stream, ageInMonths: ageInMonths,
        population: variants[variant].populations.drawing(profile))
      if drawn != state { branchOff(1 << UInt64(variant), month: profile.arrivalMonth) }
    }
  }

  /// Notes the variants in which the resident's history moved otherwise: they diverge when the
  /// resident arrives, in the state the base starts them in.
  mutating func endHistory(of resident: Int, arrivingIn start: ResidentState, month: Int) {
    // The history's last month ended at this level.
    noteVisit(to: Int(start.needLevel), month: month)
    guard branched != 0 else { return }
    if historyBranched.isEmpty { historyBranched = Array(repeating: 0, count: residents) }
    historyBranched[resident] = branched
    divergences.append(
      Divergence(resident: resident, month: month, state: start, variants: branched))
  }

  /// The residents whose histories moved otherwise in `variant`.
  func historyBranchedResidents(of variant: Int) -> [Int] {
    historyBranched.indices.filter { historyBranched[$0] & 1 << UInt64(variant) != 0 }
  }

  /// Where `variant` can take up `resident`'s history, which moved otherwise there; nil to live
  /// it anew.
  func historyResume(of resident: Int, variant: Int) -> HistoryResume? {
    historyResumes[resident]?.first { $0.variants & 1 << UInt64(variant) != 0 }?.resume
  }

  /// Settles the common month, in which no draw comes near any threshold, with a bound per
  /// decision; the others go to ``compareDecisions(_:ageInMonths:isFemale:covariateRatios:moveUniform:draws:variants:stepper:)``.
  @inline(__always)
  mutating func willDecide(
    _ state: ResidentState, profile: ResidentProfile, ageInMonths: Int, month: Int,
    covariateRatios: HazardRatios, moveUniform: Double, stepper: MonthlyStepper
  ) {
    let stream = profile.stream
    let watched = moveAndCrisisVariants | signallingVariants | afterCrisisVariants | visitVariants
    guard watched & ~branched != 0 else { return }
    let from = Int(state.needLevel)
    let rule = stepper.levels[from]
    let total = (rule.moveMass * MonthlyTransition.multipliers(covariateRatios)).sum()
    if visitVariants & ~branched != 0 {
      noteVisits(
        state, from: from, total: total, ageInMonths: ageInMonths, isFemale: profile.isFemale,
        covariateRatios: covariateRatios, moveUniform: moveUniform, stream: stream, month: month,
        stepper: stepper)
    }
    let followed = (moveAndCrisisVariants | signallingVariants | afterCrisisVariants) & ~branched
    guard followed != 0 else { return }
    // Below the bound, some variant may move or have a crisis differently, which may change
    // every later decision of the month; above it, only a need above the care served can be
    // signalled differently.
    let near = Self.mayMove(
      within: levelBounds[from], from: from, total: total, moveUniform: moveUniform,
      covariateRatios: covariateRatios, stream: stream, month: month, stepper: stepper)
    let signallingPending =
      followed & signallingVariants != 0 && rule.isAtHome && from > Int(state.servedLevel)
    guard near || signallingPending else { return }
    compareDecisions(
      state, ageInMonths: ageInMonths, isFemale: profile.isFemale,
      covariateRatios: covariateRatios, moveUniform: moveUniform,
      draws: DrawnOnce(stream: stream, month: month),
      variants: near ? followed : followed & signallingVariants, stepper: stepper)
  }

  /// Makes the month's decisions with the base's stepper and thresholds and with each of
  /// `candidates`', and notes the variants that decide differently.
  @inline(never)
  mutating func compareDecisions(
    _ state: ResidentState, ageInMonths: Int, isFemale: Bool,
    covariateRatios: HazardRatios, moveUniform: Double, draws: DrawnOnce,
    variants candidates: UInt64, stepper: MonthlyStepper
  ) {
    let decided = stepper.decide(
      state, covariateRatios: covariateRatios, participates: false, intensity: 0,
      thresholds: base.decisions, moveUniform: moveUniform, draws: draws)
    var branching: UInt64 = 0
    Self.forEach(in: candidates) { variant in
      let bit = UInt64(1) << UInt64(variant)
      let variantStepper = variantSteppers[variant]
      // A variant with the base's covariates and tables has the base's ratios.
      let ratios =
        moveAndCrisisVariants & bit != 0
        ? variantStepper.covariateRatios(state, ageInMonths: ageInMonths, isFemale: isFemale)
        : covariateRatios
      let variantDecided = variantStepper.decide(
        state, covariateRatios: ratios, participates: false, intensity: 0,
        thresholds: variants[variant].decisions, moveUniform: moveUniform, draws: draws)
      if variantDecided != decided { branching |= bit }
    }
    branchOff(branching, month: draws.month)
  }

  /// Notes the variants whose utility or carer strain differs at a level the resident spends
  /// this month at.
  ///
  /// The levels are the one the month starts at and, when the month may move the resident (the
  /// base's need move or a crisis), the one the base's decisions move them to. The level a month
  /// ends at is noted at its end (see ``noteVisit(to:month:)``).
  @inline(never)
  mutating func noteVisits(
    _ state: ResidentState, from: Int, total: Double, ageInMonths: Int, isFemale: Bool,
    covariateRatios: HazardRatios, moveUniform: Double, stream: RandomStreamKey, month: Int,
    stepper: MonthlyStepper
  ) {
    var visited = visitMasks[from]
    if visitVariants & ~branched & ~visited != 0
      && Self.mayMove(
        within: LevelBound(unraisedAt: stepper.levels[from]), from: from, total: total,
        moveUniform: moveUniform, covariateRatios: covariateRatios, stream: stream, month: month,
        stepper: stepper)
    {
      let decided = stepper.decide(
        state, covariateRatios: covariateRatios, participates: false, intensity: 0,
        thresholds: base.decisions, moveUniform: moveUniform,
        draws: DrawnOnce(stream: stream, month: month))
      visited |= visitMasks[decided.level]
    }
    branchOff(visited & ~branched, month: month)
  }

  /// Notes the variants whose utility or carer strain differs at `level`, where the resident's
  /// month `month` ends.
  @inline(__always)
  mutating func noteVisit(to level: Int, month: Int) {
    let visited = visitMasks[level] & ~branched
    if visited != 0 { branchOff(visited, month: month) }
  }

  /// Notes that the resident moves otherwise in `variants` from month `month` on, of the run or,
  /// before it, of the current try at their history.
  mutating func branchOff(_ variants: UInt64, month: Int) {
    guard variants != 0 else { return }
    branched |= variants
    if let monthStart {
      divergences.append(
        Divergence(resident: resident, month: month, state: monthStart, variants: variants))
    } else if let historyAttempt {
      // In a history there is no month of the run to move from: the history's end says when,
      // and the variants take the history up where it first differs.
      historyResumes[resident, default: []].append(
        (variants, HistoryResume(attempt: historyAttempt, month: historyMonth)))
    }
  }
}

/// A month's draws of the decisions after the need move, read once for every variant a watch
/// compares.
struct DrawnOnce: DecisionDraws {
  let month: Int
  let crisis: Double
  let crisisDeath: Double
  let crisisAdmission: Double
  let careAtHome: Double
  let signalling: Double

  init(stream: RandomStreamKey, month: Int) {
    self.month = month
    crisis = stream.uniform(month: month, .crisis)
    crisisDeath = stream.uniform(month: month, .crisisDeath)
    crisisAdmission = stream.uniform(month: month, .crisisAdmission)
    careAtHome = stream.uniform(month: month, .careAtHome)
    signalling = stream.uniform(month: month, .signalling)
  }

  func uniform(_ decision: RandomDecision) -> Double {
    switch decision {
    case .crisis: crisis
    case .crisisDeath: crisisDeath
    case .crisisAdmission: crisisAdmission
    case .careAtHome: careAtHome
    case .signalling: signalling
    default: preconditionFailure("the month's decisions read no \(decision) draw")
    }
  }
}
