/// One arm's sums for every month of the horizon before they are priced: residents per care class,
/// the month's counts and how fully the intervention could serve its participants.
///
/// The buffers are allocated once per arm and replication, and the hot loop writes through
/// pointers. A tally lives inside one replication on one thread. Every count is an integer, so
/// tallies add and subtract exactly: the drivers and the what-if sharing take residents' months
/// out of a tally and put others in, and get the bits of a tally counted in full.
final class ArmTally {
  let months: Int
  let classesPerMonth: Int
  let residentsByClass: UnsafeMutablePointer<Int>
  let counts: UnsafeMutablePointer<MonthlyCounts>
  let serviceIntensity: UnsafeMutablePointer<Double>

  init(months: Int, classesPerMonth: Int) {
    self.months = months
    self.classesPerMonth = classesPerMonth
    residentsByClass = .allocate(capacity: months * classesPerMonth)
    residentsByClass.initialize(repeating: 0, count: months * classesPerMonth)
    counts = .allocate(capacity: months)
    counts.initialize(repeating: MonthlyCounts(), count: months)
    serviceIntensity = .allocate(capacity: months)
    serviceIntensity.initialize(repeating: 0, count: months)
  }

  /// A copy of `other`, for a run that adds to it.
  convenience init(copying other: ArmTally) {
    self.init(months: other.months, classesPerMonth: other.classesPerMonth)
    residentsByClass.update(from: other.residentsByClass, count: months * classesPerMonth)
    counts.update(from: other.counts, count: months)
    serviceIntensity.update(from: other.serviceIntensity, count: months)
  }

  deinit {
    residentsByClass.deallocate()
    counts.deallocate()
    serviceIntensity.deallocate()
  }

  /// Adds `other`'s counts, month by month; exact, as every count is an integer.
  func add(_ other: ArmTally) {
    combine(with: other, sign: 1)
  }

  /// Takes away `other`'s counts, month by month; exact, as every count is an integer.
  func subtract(_ other: ArmTally) {
    combine(with: other, sign: -1)
  }

  private func combine(with other: ArmTally, sign: Int) {
    precondition(
      months == other.months && classesPerMonth == other.classesPerMonth,
      "tallies of different shapes")
    for index in 0..<months * classesPerMonth {
      residentsByClass[index] &+= sign &* other.residentsByClass[index]
    }
    for month in 0..<months {
      counts[month] = MonthlyCounts.combining(counts[month], other.counts[month], sign: sign)
    }
  }

  /// This tally as a run in which efficiency does not act would have counted it: participants'
  /// classes merged into the others (see ``CareClass``).
  func mergingEfficiencyClasses() -> ArmTally {
    let merged = ArmTally(copying: self)
    // The efficiency bit lies below the served level, in every band.
    for index in 0..<months * classesPerMonth where index & CareClass.efficiencyBit != 0 {
      merged.residentsByClass[index - CareClass.efficiencyBit] &+= merged.residentsByClass[index]
      merged.residentsByClass[index] = 0
    }
    return merged
  }

  /// The first of `month`'s care-class counts.
  @inline(__always)
  func classes(in month: Int) -> UnsafeMutablePointer<Int> {
    residentsByClass + month &* classesPerMonth
  }
}

extension ArmTally: Equatable {
  /// Two tallies are equal when they count the same in every month.
  static func == (lhs: ArmTally, rhs: ArmTally) -> Bool {
    lhs.months == rhs.months && lhs.classesPerMonth == rhs.classesPerMonth
      && (0..<lhs.months * lhs.classesPerMonth).allSatisfy {
        lhs.residentsByClass[$0] == rhs.residentsByClass[$0]
      }
      && (0..<lhs.months).allSatisfy {
        lhs.counts[$0] == rhs.counts[$0] && lhs.serviceIntensity[$0] == rhs.serviceIntensity[$0]
      }
  }
}
