/// A parameter whose distribution's mean is not its value in the scenario.
///
/// A probabilistic sensitivity analysis compares the mean over its sets with the scenario at its
/// own values (the base). The two differ by chance and by the model's curvature; where a
/// distribution is deliberately skewed away from its value (an assumption that the true value is
/// likelier above it, say), they differ on that account too, and a reader who sees the gap should
/// be told which parameter makes it.
public struct OffCentreParameter: Sendable, Equatable {
  public var path: String
  /// The parameter's value in the scenario: what the base runs at.
  public var value: Double
  /// The mean of its distribution: what the sets average around.
  public var distributionMean: Double

  public init(path: String, value: Double, distributionMean: Double) {
    self.path = path
    self.value = value
    self.distributionMean = distributionMean
  }

  /// How far, in standard deviations of its distribution, a mean may lie from its value and still
  /// count as centred on it: a tenth moves the sets' mean by less than a tenth of what the
  /// parameter's own spread does, and leaves out the rounding of a file's figures (a calibrated
  /// value written to four digits beside its posterior's mean).
  public static let centredWithin = 0.1

  /// The parameters among `parameters` whose distribution's mean lies more than
  /// ``centredWithin`` of its standard deviation from the value, in their order.
  public static func among(
    _ parameters: [(path: String, value: Double, distribution: ParameterDistribution)]
  ) -> [OffCentreParameter] {
    parameters.compactMap { path, value, distribution in
      let mean = distribution.mean
      guard abs(mean - value) > centredWithin * distribution.variance.squareRoot() else {
        return nil
      }
      return OffCentreParameter(path: path, value: value, distributionMean: mean)
    }
  }
}
