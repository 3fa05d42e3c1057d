// MARK: - The budget year by year

extension RunResult {
  /// A funder's undiscounted cost in one year of the horizon, as a budget counts it.
  public struct BudgetYear: Sendable, Equatable {
    public var without: Double
    public var with: Double
    /// With less without.
    public var difference: Double
    /// The differences of this year and every year before.
    public var cumulative: Double
  }

  /// A funder's cost year by year (the last year may be short); nil when the result has no
  /// such line.
  public func budget(_ funder: Funder) -> [BudgetYear]? {
    guard let control = monthlyCosts[.control]?[funder]?.mean,
      let intervention = monthlyCosts[.intervention]?[funder]?.mean
    else { return nil }
    var cumulative = 0.0
    return (0..<(months + 11) / 12).map { year in
      let span = (year * 12)..<min(months, year * 12 + 12)
      let without = span.reduce(0) { $0 + control[$1] }
      let with = span.reduce(0) { $0 + intervention[$1] }
      cumulative += with - without
      return BudgetYear(
        without: without, with: with, difference: with - without, cumulative: cumulative)
    }
  }
}
