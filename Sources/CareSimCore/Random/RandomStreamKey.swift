/// The random stream of one resident in one replication, derived by splitting (seed, replication,
/// resident).
///
/// Every random decision reads a fixed position of the stream: `(month, decision)`. That makes the two
/// arms share random numbers exactly (common random numbers), whatever each arm does with them, and
/// makes a replication's result independent of which thread runs it or in what order.
public struct RandomStreamKey: Sendable, Hashable {
  public let rawValue: UInt64

  /// Derives the key of `resident` in `replication` under `seed`: each level of the split is a
  /// SplitMix64 step from the key above it, so sibling streams are as independent as SplitMix64 outputs.
  public init(seed: UInt64, replication: Int, resident: Int) {
    precondition(replication >= 0 && resident >= 0, "replication and resident must be non-negative")
    let seedKey = SplitMix64.mix(seed &+ SplitMix64.increment)
    let replicationKey = SplitMix64.mix(
      seedKey &+ UInt64(replication + 1) &* SplitMix64.increment)
    rawValue = SplitMix64.mix(replicationKey &+ UInt64(resident + 1) &* SplitMix64.increment)
  }

  private init(rawValue: UInt64) { self.rawValue = rawValue }

  /// The stream of this resident's lived history before the run (see
  /// ``StartingState/lived(fromAge:)``), try `attempt`: a history that ends in death before the
  /// run starts is lived again on the next try's stream.
  ///
  /// A SplitMix64 step from this key with its own constant, so a history's stream is as
  /// independent of the resident's own as two residents' streams are of each other.
  public func history(attempt: Int) -> RandomStreamKey {
    precondition(attempt >= 0, "attempt must be non-negative, got \(attempt)")
    return RandomStreamKey(
      rawValue: SplitMix64.mix(
        (rawValue ^ Self.historyConstant) &+ UInt64(attempt + 1) &* SplitMix64.increment))
  }

  /// Sets histories' keys apart from the resident keys derived from the same numbers (the
  /// first 64 bits of the fractional part of pi).
  private static let historyConstant: UInt64 = 0x243F_6A88_85A3_08D3

  /// The stream's month of the decisions that build the resident, before the horizon's first
  /// month (0).
  public static let buildingMonth = -1

  /// A uniform number in [0, 1) for one decision in one month.
  ///
  /// This is position `(month + 1) * decisionsPerMonth + decision` of the SplitMix64 sequence seeded
  /// with the key: `buildingMonth` holds the decisions that build the resident.
  @inlinable
  public func uniform(month: Int, _ decision: RandomDecision) -> Double {
    SplitMix64.unitInterval(word(month: month, decision))
  }

  /// The 64 bits of one decision in one month, of which ``uniform(month:_:)`` keeps the top 53:
  /// a decision with a fixed probability compares them with its ``Chance`` as an integer.
  @inlinable
  public func word(month: Int, _ decision: RandomDecision) -> UInt64 {
    // Wrapping: a month is far from Int.max, and the hot loop reads several draws a month.
    let position =
      UInt64(bitPattern: Int64(month &+ 1)) &* RandomDecision.decisionsPerMonth
      &+ UInt64(decision.rawValue) &+ 1
    return SplitMix64.mix(rawValue &+ position &* SplitMix64.increment)
  }

  /// Whether an event of `chance` happens on one decision's draw in one month: the bits of
  /// `uniform(month: month, decision) < chance.probability`.
  @inline(__always)
  func happens(_ chance: Chance, month: Int, _ decision: RandomDecision) -> Bool {
    chance.happens(word: word(month: month, decision))
  }
}

/// The named random decisions of a resident's month, each with its own position in the stream.
public enum RandomDecision: UInt8, CaseIterable, Sendable {
  // Building the resident (`RandomStreamKey.buildingMonth`).
  case ageBand, ageWithinBand, sex, livingAlone, loneliness, carer, needLevel, qualityOfLife,
    initialParticipation, initialVolunteering, initialSubstitution
  // Each month.
  case uptake, dropout, volunteering, volunteerDropout, lonelinessChange, transition, crisis,
    crisisAdmission, signalling, substitution, qualityOfLifeShock, extraCare, crisisDeath,
    careAtHome

  /// Stream positions reserved per month; leaves room for new decisions without moving old ones.
  public static let decisionsPerMonth: UInt64 = 32
}
