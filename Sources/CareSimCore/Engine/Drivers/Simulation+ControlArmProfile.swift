/// The control arm's profile: the resident-by-resident control path, observed month by month.
///
/// The control arm runs as in every plain run (``MonthlyStepper/recordUptake(profiles:controlStates:interventionStates:months:stepWatch:)``)
/// with a ``StepWatch`` that counts each living month in its cell of year, sex and band of age:
/// the month's care class (priced per cell when the run ends, as the engine prices a month's
/// classes), its quality of life, crises and deaths. It runs the scenario's
/// ``ScenarioParameters/controlArmProjection``, whose control arm is the scenario's to the bit
/// and in which nobody takes up, so no month is counted twice for the intervention arm.
extension Simulation {
  /// One replication's control arm, counted by year of the horizon, sex and band of age.
  ///
  /// - Parameters:
  ///   - seed: The run's seed.
  ///   - replication: The replication, which fixes the residents with the seed.
  /// - Returns: The replication's profile; its cells sum to the control arm's totals (less the
  ///   replaced services, a cost of the programme and not of a resident).
  public func controlArmProfile(seed: UInt64, replication: Int) -> ControlArmProfile {
    Simulation(parameters: parameters.controlArmProjection)
      .observedControlArm(seed: seed, replication: replication)
  }

  /// The sum of the control arm's profiles of `replications`, run on up to `threads` threads.
  ///
  /// Each replication depends only on (seed, replication) and the profiles are added in
  /// replication order, so the result has the same bits on any number of threads.
  public func controlArmProfile(
    seed: UInt64, replications: Range<Int>, threads: Int
  ) -> ControlArmProfile {
    precondition(threads >= 1, "threads must be at least 1, got \(threads)")
    let control = Simulation(parameters: parameters.controlArmProjection)
    let first = replications.lowerBound
    let profiles = concurrentMap(replications.count, threads: threads) { slot in
      control.observedControlArm(seed: seed, replication: first + slot)
    }
    return ControlArmProfile.sum(profiles, months: parameters.months)
  }

  /// This scenario's control arm, observed; nobody must take up (see
  /// ``controlArmProfile(seed:replication:)``).
  func observedControlArm(seed: UInt64, replication: Int) -> ControlArmProfile {
    withObservedControlArm(seed: seed, replication: replication) { observer, stepper in
      observer.profile(stepper: stepper)
    }
  }

  /// Runs this scenario's control arm under a ``ControlArmObserver`` and passes it, with the
  /// stepper that moved the residents, to `body`; the observer's buffers live for the call only.
  func withObservedControlArm<Result>(
    seed: UInt64, replication: Int,
    _ body: (ControlArmObserver, MonthlyStepper) -> Result
  ) -> Result {
    let profiles = makeResidents(seed: seed, replication: replication)
    var states = profiles.map { initialState(of: $0, arm: .control) }
    let months = parameters.months
    return withStepper { stepper in
      var observer = ControlArmObserver(parameters, stepper: stepper)
      defer { observer.deallocate() }
      let record = stepper.recordUptake(
        profiles: profiles, controlStates: &states, interventionStates: states, months: months,
        stepWatch: &observer)
      precondition(
        record.joinMonths.allSatisfy { $0 == months }, "the control arm's projection takes up")
      return body(observer, stepper)
    }
  }
}

/// Counts the control arm's months by cell as the resident-by-resident driver moves them.
///
/// The counts live in buffers allocated once per replication, so the common month costs a few
/// loads, adds and stores.
struct ControlArmObserver: StepWatch {
  let months: Int
  let classesPerMonth: Int
  let cellCount: Int
  let changeCount: Int
  /// Care-class counts per cell: `cell * classesPerMonth + class`.
  let classCounts: UnsafeMutablePointer<Int>
  /// Quality of life per cell in units of 2^-40, read as unsigned (see
  /// ``Simulation/withObservedControlArm(seed:replication:_:)``).
  let qualityOfLifeUnits: UnsafeMutablePointer<Int>
  /// The part of ``qualityOfLifeUnits`` lived at home.
  let qualityOfLifeAtHomeUnits: UnsafeMutablePointer<Int>
  let crises: UnsafeMutablePointer<Int>
  let deaths: UnsafeMutablePointer<Int>
  let deathsInInstitution: UnsafeMutablePointer<Int>
  let deathsAfterTwoYearsInInstitution: UnsafeMutablePointer<Int>
  let careAtHomeMonths: UnsafeMutablePointer<Int>
  let changeResidents: UnsafeMutablePointer<Int>
  let changeUnits: UnsafeMutablePointer<Int>
  /// The cell of the current resident's current month.
  var cell = 0
  /// Where the current month's care classes start in ``classCounts``: its cell's and its band of
  /// care costs'.
  var classBase = 0
  /// The month from which ``cell`` and ``classBase`` must be worked out again: the next year,
  /// band of age or band of care costs (0 at a resident's start).
  var cellEnd = 0
  /// The first month of the current cell when it opens a year (`t = 12 k`), otherwise -1: every
  /// year opens a cell, so the common month compares instead of dividing.
  var yearStart = -1
  /// The current resident's score at the last month `t = 12 k` they were at home, and the change
  /// cell it opens; `changeCell` is -1 when none is open.
  var openUnits = 0
  var changeCell = -1
  /// The months the current resident has lived in an institution without a break, this month
  /// included; -1 before their first month.
  var institutionalRun = -1

  /// An observer of a run of `parameters`, moved by `stepper`.
  init(_ parameters: ScenarioParameters, stepper: MonthlyStepper) {
    // A cell's quality of life is summed in units of 2^-40 as an unsigned word: at most 2^24
    // resident-months at a score of 1, a year of a cell of 1.4 million residents.
    precondition(
      parameters.residentsWithEntrants <= (1 << 24) / 12,
      "at most \((1 << 24) / 12) residents for a profile, got \(parameters.residentsWithEntrants)")
    months = parameters.months
    classesPerMonth = stepper.classesPerMonth
    cellCount = ControlArmProfile.years(months: months) * ControlArmProfile.cellsPerYear
    changeCount = ControlArmProfile.changeYears(months: months) * ControlArmProfile.cellsPerYear
    func zeros(_ count: Int) -> UnsafeMutablePointer<Int> {
      let buffer = UnsafeMutablePointer<Int>.allocate(capacity: max(1, count))
      buffer.initialize(repeating: 0, count: max(1, count))
      return buffer
    }
    classCounts = zeros(cellCount * classesPerMonth)
    qualityOfLifeUnits = zeros(cellCount)
    qualityOfLifeAtHomeUnits = zeros(cellCount)
    crises = zeros(cellCount)
    deaths = zeros(cellCount)
    deathsInInstitution = zeros(cellCount)
    deathsAfterTwoYearsInInstitution = zeros(cellCount)
    careAtHomeMonths = zeros(cellCount)
    changeResidents = zeros(changeCount)
    changeUnits = zeros(changeCount)
  }

  func deallocate() {
    for buffer in [
      classCounts, qualityOfLifeUnits, qualityOfLifeAtHomeUnits, crises, deaths,
      deathsInInstitution, deathsAfterTwoYearsInInstitution, careAtHomeMonths, changeResidents,
      changeUnits,
    ] {
      buffer.deallocate()
    }
  }

  mutating func startResident(_ resident: Int) {
    changeCell = -1
    institutionalRun = -1
    cellEnd = 0
  }

  /// Works out the cell and the band of care costs of a month of a resident aged `ageInMonths`,
  /// and the month either next changes, so that the common month looks up neither.
  @inline(never)
  mutating func startCell(
    month: Int, ageInMonths: Int, isFemale: Bool, stepper: MonthlyStepper
  ) {
    let ageBand = ControlArmProfile.ageBand(ofAgeInYears: ageInMonths / 12)
    cell = ControlArmProfile.index(
      year: month / 12, sex: isFemale ? .female : .male, ageBand: ageBand)
    let costBand = stepper.costBand(ageInMonths: ageInMonths)
    classBase = cell * classesPerMonth + costBand.classOffset
    var monthsLeft = min(12 - month % 12, costBand.months)
    if ageBand < ControlArmProfile.ageBandCount - 1 {
      let nextBandAge =
        ControlArmProfile.youngestBandAge + (ageBand + 1) * ControlArmProfile.bandWidth
      monthsLeft = min(monthsLeft, nextBandAge * 12 - ageInMonths)
    }
    internalInvariant(monthsLeft > 0, "month \(month): a cell that ends before it starts")
    cellEnd = month + monthsLeft
    yearStart = month % 12 == 0 ? month : -1
  }

  @inline(__always)
  mutating func startMonth(
    _ state: ResidentState, profile: ResidentProfile, month: Int, careClass: Int,
    hasJoined: Bool, stepper: MonthlyStepper
  ) {
    if month >= cellEnd {
      startCell(
        month: month, ageInMonths: profile.ageInMonthsAtStart &+ month,
        isFemale: profile.isFemale, stepper: stepper)
    }
    classCounts[classBase &+ careClass] &+= 1
    let units = MonthlyCounts.units(ofQualityOfLife: state.qualityOfLife)
    qualityOfLifeUnits[cell] &+= units
    let isAtHome = stepper.levels[Int(state.needLevel)].isAtHome
    if isAtHome { qualityOfLifeAtHomeUnits[cell] &+= units }
    if Int(state.needLevel) == stepper.constants.careAtHome.level { careAtHomeMonths[cell] &+= 1 }
    if institutionalRun < 0 { institutionalRun = profile.institutionalMonthsAtStart }
    institutionalRun = isAtHome ? 0 : institutionalRun &+ 1
    guard month == yearStart else { return }
    if changeCell >= 0 && isAtHome {
      changeResidents[changeCell] &+= 1
      changeUnits[changeCell] &+= units &- openUnits
    }
    changeCell = isAtHome && month + 12 < months ? cell : -1
    openUnits = units
  }

  @inline(__always)
  mutating func willDecide(
    _ state: ResidentState, profile: ResidentProfile, ageInMonths: Int, month: Int,
    covariateRatios: HazardRatios, moveUniform: Double, stepper: MonthlyStepper
  ) {}

  @inline(__always)
  mutating func endMonth(
    _ month: Int, state: ResidentState, events: MonthlyEvents, stepper: MonthlyStepper
  ) {
    // Most months count neither (a death in an institution is a death).
    guard events.crises | events.deaths != 0 else { return }
    crises[cell] &+= events.crises
    deaths[cell] &+= events.deaths
    deathsInInstitution[cell] &+= events.deathsInInstitution
    // Dying in month m after living in an institution since month m - 24 or before.
    if events.deathsInInstitution > 0 && institutionalRun > 24 {
      deathsAfterTwoYearsInInstitution[cell] &+= 1
    }
  }

  /// The profile of what was counted: each cell's classes priced as the engine prices a month's.
  func profile(stepper: MonthlyStepper) -> ControlArmProfile {
    let cells = (0..<cellCount).map { cell -> ControlArmProfile.Cell in
      var counts = MonthlyCounts()
      counts.events.crises = crises[cell]
      var costs = FunderAmounts()
      costs.storage = stepper.costOfClasses(
        UnsafeMutableBufferPointer(
          start: classCounts + cell * classesPerMonth, count: classesPerMonth),
        counts: &counts, serviceIntensity: 0)
      return ControlArmProfile.Cell(
        livingMonths: counts.alive, deaths: deaths[cell],
        institutionalMonths: counts.institutional, costs: costs,
        qualityOfLife: Double(UInt(bitPattern: qualityOfLifeUnits[cell]))
          * MonthlyCounts.qualityOfLifeUnit,
        qualityOfLifeAtHome: Double(UInt(bitPattern: qualityOfLifeAtHomeUnits[cell]))
          * MonthlyCounts.qualityOfLifeUnit,
        deathsInInstitution: deathsInInstitution[cell],
        deathsAfterTwoYearsInInstitution: deathsAfterTwoYearsInInstitution[cell],
        careAtHomeMonths: careAtHomeMonths[cell])
    }
    let changes = (0..<changeCount).map { index in
      ControlArmProfile.QualityOfLifeChange(
        residents: changeResidents[index],
        summedChange: Double(changeUnits[index]) * MonthlyCounts.qualityOfLifeUnit)
    }
    return ControlArmProfile(months: months, cells: cells, qualityOfLifeChanges: changes)
  }
}
