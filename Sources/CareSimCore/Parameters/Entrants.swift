/// Residents who join the population during the run: people turning 65 or moving in.
///
/// A closed cohort ages: after ten years its youngest are 75, and the share in an institution
/// climbs far above the national 3% of all people aged 65 and over (issue #15). Entrants keep the
/// population open. Their number is deterministic, so both arms (and every what-if setting) see
/// the same entrants in the same months: month `m` brings
/// `floor(perMonth · (m + 1)) − floor(perMonth · m)` of them, so the first `m` months bring
/// `floor(perMonth · m)`. Each entrant is a resident of its own, with its own random stream (the
/// indices after the initial residents), who takes no part in anything and costs nothing before
/// arriving and lives, takes up the intervention and is counted from then on as anyone does.
public struct Entrants: Sendable, Equatable {
  /// Entrants a month on average.
  public var perMonth: Double
  /// Who the entrants are when they arrive: `ageBands` are ages at arrival; the other shares as
  /// the initial population's (at the start of the run for them: at arrival here).
  public var profile: PopulationProfile

  public init(perMonth: Double, profile: PopulationProfile) {
    precondition(
      perMonth >= 0 && perMonth.isFinite,
      "perMonth must be finite and non-negative, got \(perMonth)")
    self.perMonth = perMonth
    self.profile = profile
  }

  /// The entrants who arrive in the first `months` months: `floor(perMonth · months)`.
  public func count(months: Int) -> Int {
    Self.count(perMonth: perMonth, months: months)
  }

  /// The entrants who arrive in month `month`.
  public func arrivals(inMonth month: Int) -> Int {
    Self.arrivals(perMonth: perMonth, inMonth: month)
  }

  /// `floor(perMonth · months)`, the one place the schedule is computed (in doubles: the same
  /// bits wherever it is asked).
  public static func count(perMonth: Double, months: Int) -> Int {
    precondition(months >= 0, "months must be non-negative, got \(months)")
    return Int((perMonth * Double(months)).rounded(.down))
  }

  static func arrivals(perMonth: Double, inMonth month: Int) -> Int {
    count(perMonth: perMonth, months: month + 1) - count(perMonth: perMonth, months: month)
  }

  /// The month each entrant of a horizon arrives in, in the order of their indices.
  public func arrivalMonths(months: Int) -> [Int] {
    (0..<months).flatMap { month in repeatElement(month, count: arrivals(inMonth: month)) }
  }
}
