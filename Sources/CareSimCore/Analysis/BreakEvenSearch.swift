/// Where a perspective's expected net benefit is zero as one parameter moves: the root with its 95%
/// interval, or the finding that there is none in the parameter's allowed range (see
/// ``BreakEven``).
///
/// No break-even is a result, not a failure: that the municipality comes out behind for every
/// effect size is what a split incentive looks like.
public struct BreakEvenSearch: Sendable, Equatable {
  /// What the search found.
  public enum Outcome: Sendable, Equatable {
    /// The net benefit crosses zero.
    case root(value: Double, lower95: Double, upper95: Double)
    /// The net benefit keeps one sign from `low` to `high`, the widest bracket allowed.
    case noSignChange(low: BreakEven.Probe, high: BreakEven.Probe)
  }

  /// The parameter's name, as the user gave it (a field path).
  public var parameter: String
  public var perspective: Perspective
  /// The parameter's value in the scenario.
  public var current: Double
  /// The values the parameter may take, from the scenario's schema: the search never leaves them.
  public var validRange: ClosedRange<Double>
  public var outcome: Outcome
  /// Every probe, in the order made.
  public var probes: [BreakEven.Probe]

  /// Whether the search found no break-even anywhere in the valid range: its widest bracket is
  /// the whole range, so no other bracket would find one.
  public var noneInValidRange: Bool {
    guard case .noSignChange(let low, let high) = outcome else { return false }
    return low.value <= validRange.lowerBound && high.value >= validRange.upperBound
  }

  /// Brackets and bisects, widening the bracket within `validRange` (see
  /// ``BreakEven/find(low:high:limits:tolerance:expansions:wholeNumbers:evaluate:)``).
  ///
  /// - Parameters:
  ///   - parameter: The parameter's name.
  ///   - perspective: Whose net benefit.
  ///   - current: The parameter's value in the scenario.
  ///   - low: The bracket's start.
  ///   - high: The bracket's end.
  ///   - validRange: The values the parameter may take.
  ///   - wholeNumbers: Whether it takes whole numbers only.
  ///   - tolerance: Bisection stops when the bracket is narrower than this.
  ///   - netBenefit: The perspective's mean net benefit and its standard error at a value.
  /// - Returns: The root or the finding that there is none, with every probe.
  public static func evaluate(
    parameter: String, perspective: Perspective, current: Double, low: Double, high: Double,
    validRange: ClosedRange<Double>, wholeNumbers: Bool = false, tolerance: Double,
    netBenefit: (Double) -> MeanEstimate
  ) -> BreakEvenSearch {
    do {
      let result = try BreakEven.find(
        low: low, high: high, limits: validRange, tolerance: tolerance, wholeNumbers: wholeNumbers,
        evaluate: netBenefit)
      return BreakEvenSearch(
        parameter: parameter, perspective: perspective, current: current, validRange: validRange,
        outcome: .root(value: result.root, lower95: result.lower, upper95: result.upper),
        probes: result.probes)
    } catch {
      guard case .noSignChange(let low, let high, let probes) = error else {
        preconditionFailure("BreakEven.find fails only without a sign change")
      }
      return BreakEvenSearch(
        parameter: parameter, perspective: perspective, current: current, validRange: validRange,
        outcome: .noSignChange(low: low, high: high), probes: probes)
    }
  }
}
