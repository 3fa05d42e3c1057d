/// Counts a month accumulates over residents before they are written to the outcome.
struct MonthlyCounts: Equatable {
  /// Sum of the quality of life of the living, in units of ``qualityOfLifeUnit``; a month is a
  /// twelfth of a QALY.
  ///
  /// An integer sum is exact in any order, so arms and tallies that add the same residents in a
  /// different order agree to the bit.
  var qualityOfLifeUnits = 0
  var alive = 0
  var atHome = 0
  var institutional = 0
  var participants = 0
  var volunteers = 0
  var unmetNeed = 0
  var substituted = 0
  var waiting = 0
  var events = MonthlyEvents()

  /// The step of summed quality of life, 2^-40: far below any difference a report shows.
  ///
  /// A month's sum is read as unsigned, which leaves room for 2^24 residents at a score of 1
  /// (``Simulation`` checks the population).
  static let qualityOfLifeUnit = 0x1p-40

  /// A score in [0, 1] in units of ``qualityOfLifeUnit``, rounded to a neighbouring unit (the
  /// nearest, but for scores within 2^-52 of a half unit).
  ///
  /// Every number in [2, 4) has the same exponent, so the mantissa of `2 + score` is the score in
  /// steps of 2^-51: four instructions instead of a checked conversion in the hot loop. Scores are
  /// clamped to [0, 1], so the sum stays in that range.
  @inline(__always)
  static func units(ofQualityOfLife score: Double) -> Int {
    let steps = UInt((2 + score).bitPattern & 0x000F_FFFF_FFFF_FFFF)
    return Int(bitPattern: (steps &+ 0x400) >> 11)
  }

  func record(into outcome: inout ReplicationOutcome, arm: InterventionArm, month: Int) {
    outcome[arm, month, .qalys] =
      Double(UInt(bitPattern: qualityOfLifeUnits)) * Self.qualityOfLifeUnit
      * monthsPerYearReciprocal
    outcome[arm, month, .alive] = Double(alive)
    outcome[arm, month, .atHome] = Double(atHome)
    outcome[arm, month, .institutional] = Double(institutional)
    outcome[arm, month, .participants] = Double(participants)
    outcome[arm, month, .volunteers] = Double(volunteers)
    outcome[arm, month, .unmetNeed] = Double(unmetNeed)
    outcome[arm, month, .crises] = Double(events.crises)
    outcome[arm, month, .admissions] = Double(events.admissions)
    outcome[arm, month, .extraTrajectories] = Double(events.extraTrajectories)
    outcome[arm, month, .substituted] = Double(substituted)
    outcome[arm, month, .waiting] = Double(waiting)
  }

  /// The counts of `lhs` plus those of `rhs` times `sign` (1 or -1), field by field.
  static func combining(_ lhs: MonthlyCounts, _ rhs: MonthlyCounts, sign: Int) -> MonthlyCounts {
    var sum = lhs
    sum.qualityOfLifeUnits &+= sign &* rhs.qualityOfLifeUnits
    sum.alive &+= sign &* rhs.alive
    sum.atHome &+= sign &* rhs.atHome
    sum.institutional &+= sign &* rhs.institutional
    sum.participants &+= sign &* rhs.participants
    sum.volunteers &+= sign &* rhs.volunteers
    sum.unmetNeed &+= sign &* rhs.unmetNeed
    sum.substituted &+= sign &* rhs.substituted
    sum.waiting &+= sign &* rhs.waiting
    sum.events.crises &+= sign &* rhs.events.crises
    sum.events.admissions &+= sign &* rhs.events.admissions
    sum.events.extraTrajectories &+= sign &* rhs.events.extraTrajectories
    sum.events.deaths &+= sign &* rhs.events.deaths
    sum.events.deathsInInstitution &+= sign &* rhs.events.deathsInInstitution
    return sum
  }
}
