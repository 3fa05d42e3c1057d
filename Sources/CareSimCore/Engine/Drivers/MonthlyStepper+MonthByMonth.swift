/// The month-by-month driver: every month, every living resident who has joined, in index order.
///
/// It is the oracle that every other order is checked against, and the driver of residents who
/// share the intervention's capacity, since each month's capacity depends on every resident's
/// state at its start.
extension MonthlyStepper {
  /// Runs one arm month by month.
  ///
  /// Each resident joins in the month they arrive (0 but for entrants), or, when `joinMonths`
  /// is given, in the month it gives; see ``runReached(_:profiles:into:)``. Each month visits
  /// only the living residents who have joined, in index order, as capacity is handed out in
  /// that order; the others take no part (see ``UptakeRecord/statesAtJoining``).
  func runMonthByMonth(
    arm: InterventionArm, profiles: [ResidentProfile], states: inout [ResidentState],
    into tally: ArmTally, joinMonths: [Int]? = nil
  ) {
    precondition(tally.classesPerMonth == classesPerMonth, "a tally of another ladder")
    let joining = Self.byJoinMonth(joinMonths ?? profiles.map(\.arrivalMonth))
    profiles.withUnsafeBufferPointer { profiles in
      runMonthByMonth(arm: arm, profiles: profiles, states: &states, into: tally, joining: joining)
    }
  }

  /// Runs one arm month by month, the residents joining as `joining` lists them.
  func runMonthByMonth(
    arm: InterventionArm, profiles: UnsafeBufferPointer<ResidentProfile>,
    states: inout [ResidentState], into tally: ArmTally,
    joining: [(month: Int, resident: Int)]
  ) {
    var nextJoining = 0
    var active: [Int] = []
    // What decides the capacity, over the active residents: kept as they move, not recounted.
    var participation = CapacityCounts()
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
        arm == .intervention ? participation.capacity(rule: constants.capacity) : .controlArm
      tally.serviceIntensity[month] = capacity.serviceIntensity
      participation = CapacityCounts()
      let living = states.withUnsafeMutableBufferPointer { states in
        active.withUnsafeMutableBufferPointer { active in
          moveMonth(
            month, arm: arm, active: active, states: states, profiles: profiles,
            capacity: &capacity, participation: &participation, into: tally)
        }
      }
      active.removeLast(active.count - living)
    }
  }

  /// Moves the active residents through one month and keeps, at the front of `active`, those
  /// still living; returns how many they are.
  @inline(__always)
  func moveMonth(
    _ month: Int, arm: InterventionArm, active: UnsafeMutableBufferPointer<Int>,
    states: UnsafeMutableBufferPointer<ResidentState>,
    profiles: UnsafeBufferPointer<ResidentProfile>, capacity: inout MonthlyCapacity,
    participation: inout CapacityCounts, into tally: ArmTally
  ) -> Int {
    // Specialised for each arm, so that the control arm's loop carries none of the
    // intervention's phases (see ``ArmMonth``).
    switch arm {
    case .control:
      moveMonth(
        month, in: ControlArmMonth.self, active: active, states: states, profiles: profiles,
        capacity: &capacity, participation: &participation, into: tally)
    case .intervention:
      moveMonth(
        month, in: InterventionArmMonth.self, active: active, states: states,
        profiles: profiles, capacity: &capacity, participation: &participation, into: tally)
    }
  }

  /// ``moveMonth(_:arm:active:states:profiles:capacity:participation:into:)`` in the arm `Arm`.
  @inline(__always)
  private func moveMonth<Arm: ArmMonth>(
    _ month: Int, in arm: Arm.Type, active: UnsafeMutableBufferPointer<Int>,
    states: UnsafeMutableBufferPointer<ResidentState>,
    profiles: UnsafeBufferPointer<ResidentProfile>, capacity: inout MonthlyCapacity,
    participation: inout CapacityCounts, into tally: ArmTally
  ) -> Int {
    // Specialised for scenarios with and without bands of care costs by age, so that the loop
    // without looks up none.
    constants.costsByAge.acts
      ? moveMonth(
        month, in: arm, active: active, states: states, profiles: profiles,
        capacity: &capacity, participation: &participation, into: tally,
        costBands: CostBandTable(classOffsets: costBandOffsets))
      : moveMonth(
        month, in: arm, active: active, states: states, profiles: profiles,
        capacity: &capacity, participation: &participation, into: tally,
        costBands: SingleCostBand())
  }

  /// Moves the active residents through one month, each counted in the care classes of the band
  /// `costBands` gives; returns how many are still living.
  @inline(__always)
  func moveMonth<Arm: ArmMonth, Bands: CostBandLookup>(
    _ month: Int, in arm: Arm.Type, active: UnsafeMutableBufferPointer<Int>,
    states: UnsafeMutableBufferPointer<ResidentState>,
    profiles: UnsafeBufferPointer<ResidentProfile>, capacity: inout MonthlyCapacity,
    participation: inout CapacityCounts, into tally: ArmTally, costBands: Bands
  ) -> Int {
    let classCounts = tally.classes(in: month)
    var living = 0
    for resident in active where Int(states[resident].needLevel) != constants.deadLevel {
      let band = costBands.classOffset(ageInMonths: profiles[resident].ageInMonthsAtStart &+ month)
      accrue(states[resident], classCounts: classCounts + band, counts: &tally.counts[month])
      var noWatch = NoStepWatch()
      evolve(
        &states[resident], profile: profiles[resident], month: month, in: arm,
        capacity: &capacity, events: &tally.counts[month].events, stepWatch: &noWatch)
      checkInvariants(of: states[resident], arm: Arm.arm, month: month)
      if Int(states[resident].needLevel) != constants.deadLevel {
        participation.add(states[resident])
        active[living] = resident
        living += 1
      }
    }
    return living
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
}
