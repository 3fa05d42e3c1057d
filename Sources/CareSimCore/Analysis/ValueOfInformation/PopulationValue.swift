/// The expected value of information to every decision it informs.
///
/// The value per decision, times the decisions a year, over a horizon, discounted: the
/// "effective population" of a decision (Philips, Claxton and Palmer 2008, Med Decis Making
/// 28(3)).
///
/// Here a decision is one municipality's choice for one neighbourhood like the scenario's; other
/// municipalities that face the same choice would each gain the same from the information.
public enum PopulationValue {
  /// The sum of discount factors of the years 0..<horizon: a decision in year t is worth
  /// (1 + r)^(−t) of one now, as the scenario discounts its costs a year.
  ///
  /// - Parameters:
  ///   - years: The horizon in years (1 or more).
  ///   - discounting: The annual discount rate of costs.
  /// - Returns: Σ_{t<years} (1 + r)^(−t).
  public static func annuityFactor(years: Int, discounting: Discounting) -> Double {
    precondition(years >= 1, "the horizon must be at least a year, got \(years)")
    return (0..<years).reduce(0) { $0 + discounting.factor(month: 12 * $1) }
  }

  /// A value per decision for all decisions over the horizon.
  ///
  /// - Parameters:
  ///   - perDecision: The value of information to one decision.
  ///   - decisionsPerYear: Decisions a year (0 or more).
  ///   - years: The horizon in years.
  ///   - discounting: The annual discount rate of costs.
  /// - Returns: The population's value of the information.
  public static func total(
    perDecision: Double, decisionsPerYear: Double, years: Int, discounting: Discounting
  ) -> Double {
    precondition(decisionsPerYear >= 0, "decisions a year must be 0 or more")
    return perDecision * decisionsPerYear * annuityFactor(years: years, discounting: discounting)
  }
}
