/// A conditional mean E[y | x₁, …, x_p] as a sum of one smooth function per input.
///
/// The functions are fitted by backfitting local-linear smoothers (Hastie and Tibshirani 1990,
/// Generalized Additive Models, §4.4): the "GAM-like additive fit" of Strong, Oakley and Brennan
/// (2014, Med Decis Making 34(3), §2.3).
///
/// Why additive for a group of parameters (and for all of them, to strip each set's Monte-Carlo
/// noise): it needs no more sets per parameter than one smoother does, where a grid of cells
/// needs √n sets per cell per dimension and a Gaussian process O(n³) work. Its cost is stated:
/// it misses interactions between the inputs, so where the net benefit depends on a product of
/// two parameters the fit (and the EVPPI) is low. In CareSim the net benefit is close to additive
/// over the parameter ranges the scenarios give, and the single-parameter fits are the same
/// smoother, so a group's EVPPI is comparable with its members'.
public struct AdditiveRegression: Sendable {
  /// Backfitting stops when no function moves by more than this share of the output's spread.
  static let tolerance = 1e-6
  /// At most this many sweeps over the inputs.
  static let maximumSweeps = 50

  private let smoothers: [LocalLinearSmoother]

  /// Prepares one smoother per input.
  ///
  /// - Parameter inputs: Each input's values at the points, all of one length (two or more).
  public init(inputs: [[Double]]) {
    precondition(!inputs.isEmpty, "an additive fit needs at least one input")
    precondition(Set(inputs.map(\.count)).count == 1, "every input needs one value per point")
    smoothers = inputs.map(LocalLinearSmoother.init(input:))
  }

  /// The fitted conditional mean at every point.
  ///
  /// Each input's span is chosen by cross-validation in the first sweep, on its partial
  /// residual, and kept, so the sweeps converge to one fixed point of linear smoothers.
  ///
  /// - Parameter output: The output at each point.
  /// - Returns: The fitted values, in the points' order.
  public func fit(_ output: [Double]) -> [Double] {
    let count = output.count
    let mean = output.reduce(0, +) / Double(count)
    if smoothers.count == 1 {
      return smoothers[0].fit(output).fitted
    }
    let spread = output.map { abs($0 - mean) }.max() ?? 0
    var parts = [[Double]](
      repeating: [Double](repeating: 0, count: count), count: smoothers.count)
    var spans = [Double](repeating: 1, count: smoothers.count)
    for sweep in 0..<Self.maximumSweeps {
      var largestMove = 0.0
      for (index, smoother) in smoothers.enumerated() {
        var residual = output.map { $0 - mean }
        for (other, part) in parts.enumerated() where other != index {
          for point in 0..<count { residual[point] -= part[point] }
        }
        var part: [Double]
        if sweep == 0 {
          (part, spans[index]) = smoother.fit(residual)
        } else {
          part = smoother.smooth(residual, span: spans[index]).fitted
        }
        // Centred, so the mean stays in the constant and the parts are identified.
        let centre = part.reduce(0, +) / Double(count)
        for point in 0..<count {
          part[point] -= centre
          largestMove = max(largestMove, abs(part[point] - parts[index][point]))
        }
        parts[index] = part
      }
      if largestMove <= Self.tolerance * spread { break }
    }
    var fitted = [Double](repeating: mean, count: count)
    for part in parts {
      for point in 0..<count { fitted[point] += part[point] }
    }
    return fitted
  }
}
