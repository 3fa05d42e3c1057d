/// What a one-way sensitivity analysis (`caresim sweep`) found, as its report shows it: the base
/// setting's net benefits, each parameter's two ends, and every point's net benefits.
///
/// The figures are those of the analysis's files; the tornado is ranked as
/// ``OneWaySensitivity/ranked(by:)`` ranks it.
public struct SweepResult: Sendable, Equatable {
  /// A parameter's two ends and each perspective's net benefit there.
  public struct Parameter: Sendable, Equatable {
    /// The parameter's field path.
    public var name: String
    public var low: Double
    public var high: Double
    /// The net benefit of society and each payer with the parameter at its low and high value.
    public var netBenefitAtLow: [Perspective: Double]
    public var netBenefitAtHigh: [Perspective: Double]
    /// How far society's net benefit moves, as the analysis measured it (before the ends were
    /// rounded for the files).
    public var societySwing: Double

    public init(
      name: String, low: Double, high: Double, netBenefitAtLow: [Perspective: Double],
      netBenefitAtHigh: [Perspective: Double], societySwing: Double
    ) {
      self.name = name
      self.low = low
      self.high = high
      self.netBenefitAtLow = netBenefitAtLow
      self.netBenefitAtHigh = netBenefitAtHigh
      self.societySwing = societySwing
    }

    public func netBenefit(atLow perspective: Perspective) -> Double {
      netBenefitAtLow[perspective] ?? .nan
    }

    public func netBenefit(atHigh perspective: Perspective) -> Double {
      netBenefitAtHigh[perspective] ?? .nan
    }

    /// How far a perspective's net benefit moves from the low to the high value.
    public func swing(for perspective: Perspective) -> Double {
      abs(netBenefit(atHigh: perspective) - netBenefit(atLow: perspective))
    }
  }

  public var provenance: ResultProvenance
  /// Each perspective's net benefit at the base setting.
  public var base: [Perspective: Double]
  /// The parameters, ranked by the swing of society's net benefit (the files' order).
  public var parameters: [Parameter]
  /// Each perspective's net benefit at every point of every parameter.
  public var points: [[Perspective: Double]]

  public init(
    provenance: ResultProvenance, base: [Perspective: Double], parameters: [Parameter],
    points: [[Perspective: Double]]
  ) {
    self.provenance = provenance
    self.base = base
    self.parameters = parameters
    self.points = points
  }

  /// The perspectives a tornado is drawn for: society, then the payers.
  public static let perspectives: [Perspective] =
    [.society] + Funder.payers.compactMap(Perspective.init(funder:))

  /// A perspective's net benefit at the base setting; NaN where the result has none.
  public func baseNetBenefit(_ perspective: Perspective) -> Double { base[perspective] ?? .nan }

  /// The parameters ranked by the swing of a perspective's net benefit, widest first.
  public func ranked(by perspective: Perspective) -> [Parameter] {
    OneWaySensitivity.ranked(parameters) { $0.swing(for: perspective) }
  }

  /// Whether a perspective loses at every point swept.
  public func losesEverywhere(_ perspective: Perspective) -> Bool {
    points.allSatisfy { ($0[perspective] ?? .nan) < 0 }
  }

  /// Whether a perspective gains at every point swept.
  public func gainsEverywhere(_ perspective: Perspective) -> Bool {
    points.allSatisfy { ($0[perspective] ?? .nan) > 0 }
  }
}
