/// What a break-even search (`caresim breakeven`) found, as its report shows it: where a
/// perspective's expected net benefit is zero as one parameter moves, or the range over which it
/// keeps its sign, and every probe.
///
/// The figures are those of the analysis's files (see ``BreakEvenSearch``).
public struct BreakEvenResult: Sendable, Equatable {
  /// What the search found.
  public enum Outcome: Sendable, Equatable {
    /// The net benefit crosses zero at `value`, within the 95% interval.
    case root(value: Double, lower95: Double, upper95: Double)
    /// The net benefit keeps one sign from `low` to `high`, the widest range searched.
    case noSignChange(low: Double, high: Double)
  }

  /// A value tried, and the net benefit there.
  public struct Probe: Sendable, Equatable {
    public var value: Double
    public var netBenefit: Double
    public var standardError: Double

    public init(value: Double, netBenefit: Double, standardError: Double) {
      self.value = value
      self.netBenefit = netBenefit
      self.standardError = standardError
    }

    /// The net benefit's 95% interval: ±1.96 standard errors, as ``BreakEven`` carries them.
    public var lower95: Double { netBenefit - 1.96 * standardError }
    public var upper95: Double { netBenefit + 1.96 * standardError }
  }

  public var provenance: ResultProvenance
  /// The parameter's field path.
  public var parameter: String
  public var perspective: Perspective
  /// The parameter's value in the scenario.
  public var current: Double
  /// The values the parameter may take; nil in a result written before searches recorded it.
  public var validRange: ClosedRange<Double>?
  /// Whether the search covered the whole valid range without finding a break-even (see
  /// ``BreakEvenSearch/noneInValidRange``).
  public var noneInValidRange: Bool
  public var outcome: Outcome
  /// Every probe, in the order made.
  public var probes: [Probe]

  public init(
    provenance: ResultProvenance, parameter: String, perspective: Perspective, current: Double,
    validRange: ClosedRange<Double>? = nil, noneInValidRange: Bool = false, outcome: Outcome,
    probes: [Probe]
  ) {
    self.provenance = provenance
    self.parameter = parameter
    self.perspective = perspective
    self.current = current
    self.validRange = validRange
    self.noneInValidRange = noneInValidRange
    self.outcome = outcome
    self.probes = probes
  }

  /// The probes from the lowest value to the highest, as a chart draws them.
  public var probesByValue: [Probe] { probes.sorted { $0.value < $1.value } }
}
