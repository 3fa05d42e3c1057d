/// What a funding-split stress test (`caresim split`) found, as its report shows it: each payer's
/// expected saving against the programme's cost, and the notable splits of the base and of every
/// variation.
///
/// The figures are those of the analysis's files. A payer's expected balance is linear in its
/// share, so the means give it at every split (see ``FundingSplitAnalysis``).
public struct SplitResult: Sendable, Equatable {
  /// A notable split of one setting, and each payer's expected balance under it.
  public struct Finding: Sendable, Equatable {
    /// The parameter varied; nil for the base.
    public var parameter: String?
    /// The parameter's value; NaN for the base.
    public var value: Double
    public var candidate: FundingSplitStressTest.Candidate
    /// The split; nil when no such split exists.
    public var split: FunderAmounts?
    /// Each payer's expected net benefit under the split.
    public var netBenefit: FunderAmounts
    /// Each payer's chance of a loss under the split: the share of replications in which its
    /// net benefit is negative (NaN where the result has none).
    public var probabilityOfLoss: FunderAmounts

    public init(
      parameter: String?, value: Double, candidate: FundingSplitStressTest.Candidate,
      split: FunderAmounts?, netBenefit: FunderAmounts,
      probabilityOfLoss: FunderAmounts = FunderAmounts(wmo: .nan, zvw: .nan, wlz: .nan)
    ) {
      self.parameter = parameter
      self.value = value
      self.candidate = candidate
      self.split = split
      self.netBenefit = netBenefit
      self.probabilityOfLoss = probabilityOfLoss
    }
  }

  public var provenance: ResultProvenance
  /// The programme's expected discounted cost.
  public var meanCost: Double
  /// Each payer's expected discounted saving.
  public var meanSavings: FunderAmounts
  /// The base's findings first, then each variation's.
  public var findings: [Finding]

  public init(
    provenance: ResultProvenance, meanCost: Double, meanSavings: FunderAmounts,
    findings: [Finding]
  ) {
    self.provenance = provenance
    self.meanCost = meanCost
    self.meanSavings = meanSavings
    self.findings = findings
  }

  /// A payer's expected balance when it pays `share` of the programme: its saving less that
  /// share of the cost.
  public func expectedBalance(_ payer: Funder, share: Double) -> Double {
    meanSavings[payer] - share * meanCost
  }

  /// The share of the programme's cost at which a payer's expected balance is zero: it gains at
  /// any smaller share (NaN without cost).
  public func breakEvenShare(_ payer: Funder) -> Double {
    meanCost > 0 ? meanSavings[payer] / meanCost : .nan
  }

  /// The shares of the programme's cost a payer can take in a split at which every payer breaks
  /// even, or nil when no such split exists.
  ///
  /// Each payer breaks even up to its ``breakEvenShare(_:)``, and the shares make 1: a payer
  /// takes at most its own limit, and at least what the others' limits leave uncovered.
  public func acceptableShares(_ payer: Funder) -> ClosedRange<Double>? {
    guard Funder.payers.allSatisfy({ meanSavings[$0] >= 0 }) else { return nil }
    guard meanCost > 0 else { return 0...1 }
    let most = Funder.payers.map { min(1, breakEvenShare($0)) }
    guard most.reduce(0, +) >= 1 else { return nil }
    let others = zip(Funder.payers, most).filter { $0.0 != payer }.reduce(0) { $0 + $1.1 }
    return max(0, 1 - others)...min(1, breakEvenShare(payer))
  }

  /// The base's split of a kind, where it exists.
  public func baseSplit(_ candidate: FundingSplitStressTest.Candidate) -> FunderAmounts? {
    findings.first { $0.parameter == nil && $0.candidate == candidate }?.split
  }
}
