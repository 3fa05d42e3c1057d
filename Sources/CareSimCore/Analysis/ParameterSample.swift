/// Draws the parameter sets of a probabilistic sensitivity analysis.
///
/// Sample `k` has its own generator, derived from (seed, k) by SplitMix64 mixing, and draws the
/// parameters in the order given; so a sample does not depend on how many others are drawn, or on
/// the thread that evaluates it.
public enum ParameterSample {
  /// A salt that keeps parameter draws apart from the residents' streams under the same seed.
  static let salt: UInt64 = 0x5053_4120_5341_4D50

  /// One parameter set.
  ///
  /// - Parameters:
  ///   - distributions: The parameters drawn independently, each from its distribution.
  ///   - joint: Parameters drawn together (a calibration's), after the independent ones from the
  ///     same generator, so that a scenario without them draws what it drew before.
  ///   - seed: The analysis's seed.
  ///   - sample: The set's index.
  /// - Returns: The independent parameters' values in the order given, then the joint ones'.
  public static func draw(
    _ distributions: [(path: String, distribution: ParameterDistribution)],
    joint: JointParameterDistribution? = nil, seed: UInt64, sample: Int
  ) -> [(path: String, value: Double)] {
    precondition(sample >= 0, "sample must be non-negative, got \(sample)")
    var generator = SplitMix64(
      seed: SplitMix64.mix(SplitMix64.mix(seed ^ salt) &+ UInt64(sample) &* SplitMix64.increment))
    let independent = distributions.map { ($0.path, $0.distribution.sample(using: &generator)) }
    guard let joint else { return independent }
    return independent + Array(zip(joint.paths, joint.sample(using: &generator)))
  }

  /// Cost-effectiveness acceptability: the share of samples in which the net monetary benefit
  /// (net benefit plus QALYs gained times the willingness to pay) is positive, per willingness.
  public static func acceptability(
    netBenefits: [Double], qalyGains: [Double], willingnessToPay: [Double]
  ) -> [Double] {
    precondition(netBenefits.count == qalyGains.count, "one QALY gain per net benefit")
    return willingnessToPay.map { price in
      let accepted = zip(netBenefits, qalyGains).count { $0 + $1 * price > 0 }
      return Double(accepted) / Double(max(1, netBenefits.count))
    }
  }
}
