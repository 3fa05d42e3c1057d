/// A conditional mean E[y | x] of one input as the mean of y in bins of equal count along x:
/// the single-parameter EVPPI estimator of Strong and Oakley (2013, "An efficient method for
/// computing single-parameter partial expected value of perfect information", Med Decis Making
/// 33(6), 755–766).
///
/// It needs no smoothing choice beyond the number of bins, so it cross-checks the local-linear
/// smoother; its bias is known: each bin's mean keeps the within-bin noise, so its EVPPI errs
/// upwards by about the noise over the bin's count, and a bin's width blurs a steep conditional
/// mean downwards.
public enum BinnedConditionalMean {
  /// The number of bins: √n, the balance of the two biases Strong and Oakley recommend, at least 1.
  public static func binCount(points: Int) -> Int {
    max(1, Int(Double(points).squareRoot().rounded()))
  }

  /// Each point's bin mean.
  ///
  /// - Parameters:
  ///   - input: The input at each point.
  ///   - output: The output at each point.
  ///   - bins: The number of bins; defaults to ``binCount(points:)``.
  /// - Returns: The mean of the output in each point's bin, in the points' order.
  public static func fit(input: [Double], output: [Double], bins: Int? = nil) -> [Double] {
    precondition(input.count == output.count && !input.isEmpty, "one output per input")
    let count = input.count
    let bins = min(count, bins ?? binCount(points: count))
    let order = input.indices.sorted { input[$0] < input[$1] }
    var fitted = [Double](repeating: 0, count: count)
    for bin in 0..<bins {
      let members = order[(bin * count / bins)..<((bin + 1) * count / bins)]
      let mean = members.reduce(0) { $0 + output[$1] } / Double(members.count)
      for member in members { fitted[member] = mean }
    }
    return fitted
  }
}
