/// Two-way sensitivity: two parameters on a grid, every cell on common random numbers.
public struct TwoWaySensitivity: Sendable {
  public var x: Axis
  public var y: Axis
  /// Per cell, x outer and y inner: `cells[i * y.values.count + j]` is at `x.values[i]`,
  /// `y.values[j]`.
  public var cells: [PointEstimate]

  /// A parameter and its values.
  public struct Axis: Sendable, Equatable {
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  /// The grid from its cells' estimates, `x` major (as ``evaluate(x:y:settings:with:)`` orders
  /// them): evaluated here, or merged from shards.
  public init(x: Axis, y: Axis, cells: [PointEstimate]) {
    precondition(cells.count == x.values.count * y.values.count, "an estimate per cell")
    self.x = x
    self.y = y
    self.cells = cells
  }

  /// The result at `x.values[i]` and `y.values[j]`.
  public func cell(x i: Int, y j: Int) -> PointEstimate { cells[i * y.values.count + j] }

  /// Evaluates every cell together, so that they share work.
  ///
  /// - Parameters:
  ///   - x: The first parameter.
  ///   - y: The second parameter.
  ///   - settings: The scenario at each cell, x outer and y inner.
  ///   - evaluator: Runs the settings against the base.
  /// - Returns: The results, with the settings in the order given.
  public static func evaluate(
    x: Axis, y: Axis, settings: [ScenarioParameters], with evaluator: WhatIfEvaluator
  ) -> TwoWaySensitivity {
    precondition(settings.count == x.values.count * y.values.count, "one setting per cell")
    return TwoWaySensitivity(x: x, y: y, cells: evaluator.estimates(of: settings))
  }
}
