/// The expected value of perfect information for the two-option decision "with or without the
/// programme", from the net benefit of the programme in each of equally likely states.
///
/// Without information the decision-maker takes the option with the higher expected net benefit,
/// max(0, E[NB]); knowing the state, they would take the better option in each, E[max(0, NB)].
/// The difference is what knowing is worth (Raiffa and Schlaifer 1961; Claxton 1999, J Health
/// Econ 18(3)). The same function gives a partial value (EVPPI) when the states are the
/// conditional means of the net benefit given the parameters learned (Strong et al. 2014, Med
/// Decis Making 34(3), eq. 8).
public enum PerfectInformation {
  /// E[max(0, NB)] − max(0, E[NB]) over the states given, each weighted equally.
  ///
  /// - Parameter netBenefits: The programme's net benefit against doing without, per state; at
  ///   least one.
  /// - Returns: The value, 0 or more (0 when no state changes the decision).
  /// - Complexity: O(n).
  public static func value(of netBenefits: [Double]) -> Double {
    precondition(!netBenefits.isEmpty, "the value of information needs at least one state")
    var positive = 0.0
    var total = 0.0
    for benefit in netBenefits {
      positive += max(0, benefit)
      total += benefit
    }
    let count = Double(netBenefits.count)
    // Both means round the same way, so a table that never changes the decision gives 0, not a
    // rounding error's negative.
    return max(0, positive / count - max(0, total / count))
  }
}
