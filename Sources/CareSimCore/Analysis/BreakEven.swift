/// Finds the parameter value at which an expected net benefit is zero, by bracketing and bisection.
///
/// Every probe runs the same replications (common random numbers), so the net benefit is a smooth
/// enough function of the parameter for bisection, and differences between probes are not noise.
/// A probe costs a full set of replications, so no value is probed twice; on a whole-number field
/// every probe is a whole number, since the scenario cannot hold any other.
public enum BreakEven {
  /// A probe: the parameter value and the net benefit's mean and standard error there.
  public struct Probe: Sendable, Equatable {
    public var value: Double
    public var netBenefit: MeanEstimate
  }

  public struct Result: Sendable, Equatable {
    /// The value at which the expected net benefit crosses zero.
    public var root: Double
    /// A 95% interval for the root, by the delta method: ±1.96 SE(net benefit) / |slope|.
    public var lower: Double
    public var upper: Double
    /// Every probe, in the order made.
    public var probes: [Probe]
  }

  public enum Failure: Error, Equatable, Sendable {
    /// The net benefit has the same sign at both ends of the widest bracket allowed; `probes` are
    /// all the probes made.
    case noSignChange(low: Probe, high: Probe, probes: [Probe])
  }

  /// Brackets the root, widening the bracket until the net benefit changes sign, then bisects.
  ///
  /// - Parameters:
  ///   - low: The bracket's lower end.
  ///   - high: The bracket's upper end; the bracket is widened (doubling its width, within
  ///     `limits`) until the net benefit changes sign, at most `expansions` times.
  ///   - limits: The allowed range of the parameter.
  ///   - tolerance: Bisection stops when the bracket is narrower than this.
  ///   - expansions: How often the bracket may be widened.
  ///   - wholeNumbers: Whether the parameter takes whole numbers only: the bracket's ends, its
  ///     widenings and its middles are then whole, bisection stops at neighbouring numbers, and
  ///     the root and its interval are whole.
  ///   - evaluate: The mean net benefit and its standard error at a parameter value.
  /// - Returns: The root, its 95% interval and every probe made.
  /// - Throws: ``Failure/noSignChange(low:high:)`` when the widest bracket shows no sign change.
  public static func find(
    low: Double, high: Double, limits: ClosedRange<Double>, tolerance: Double, expansions: Int = 6,
    wholeNumbers: Bool = false, evaluate: (Double) -> MeanEstimate
  ) throws(Failure) -> Result {
    precondition(low < high, "the bracket must have low < high, got \(low) and \(high)")
    var probes: [Probe] = []
    func probe(_ value: Double) -> Probe {
      if let earlier = probes.first(where: { $0.value == value }) { return earlier }
      let result = Probe(value: value, netBenefit: evaluate(value))
      probes.append(result)
      return result
    }
    // Whole ends stay inside the bracket given and inside the limits.
    func whole(_ value: Double, _ rule: FloatingPointRoundingRule) -> Double {
      guard wholeNumbers else { return value }
      let rounded = value.rounded(rule)
      return limits.contains(rounded) ? rounded : value.rounded(.toNearestOrEven)
    }
    var lower = probe(whole(low, .up))
    var upper = probe(whole(high, .down))
    precondition(lower.value < upper.value, "no whole number lies between \(low) and \(high)")
    var widened = 0
    while lower.netBenefit.mean.sign == upper.netBenefit.mean.sign,
      lower.netBenefit.mean != 0, upper.netBenefit.mean != 0, widened < expansions
    {
      let width = upper.value - lower.value
      let newLow = max(limits.lowerBound, whole(lower.value - width / 2, .down))
      let newHigh = min(limits.upperBound, whole(upper.value + width / 2, .up))
      guard newLow < lower.value || newHigh > upper.value else { break }
      if newLow < lower.value { lower = probe(newLow) }
      if newHigh > upper.value { upper = probe(newHigh) }
      widened += 1
    }
    guard
      lower.netBenefit.mean == 0 || upper.netBenefit.mean == 0
        || lower.netBenefit.mean.sign != upper.netBenefit.mean.sign
    else { throw .noSignChange(low: lower, high: upper, probes: probes) }
    let bracket = (lower, upper)
    // An end that is exactly zero is the root; bisecting would compare signs against zero.
    if let exact = [lower, upper].first(where: { $0.netBenefit.mean == 0 }) {
      lower = exact
      upper = exact
    }
    while upper.value - lower.value > (wholeNumbers ? max(tolerance, 1) : tolerance) {
      let middle = probe(whole((lower.value + upper.value) / 2, .down))
      if middle.netBenefit.mean == 0 {
        lower = middle
        upper = middle
        break
      }
      if middle.netBenefit.mean.sign == lower.netBenefit.mean.sign {
        lower = middle
      } else {
        upper = middle
      }
    }
    // Interpolate within the final bracket. The error of the net benefit near the root is carried
    // through the slope of the whole sign-changing bracket: with common random numbers the net
    // benefit is piecewise constant at fine scales, so the final bracket's slope is not informative.
    let span = upper.netBenefit.mean - lower.netBenefit.mean
    let between =
      span == 0
      ? (lower.value + upper.value) / 2
      : lower.value - lower.netBenefit.mean * (upper.value - lower.value) / span
    let root = whole(between, .toNearestOrEven)
    let slope =
      (bracket.1.netBenefit.mean - bracket.0.netBenefit.mean) / (bracket.1.value - bracket.0.value)
    let error = max(lower.netBenefit.standardError, upper.netBenefit.standardError)
    let halfWidth = slope == 0 ? Double.infinity : 1.96 * error / abs(slope)
    return Result(
      root: root, lower: whole(root - halfWidth, .down), upper: whole(root + halfWidth, .up),
      probes: probes)
  }
}
