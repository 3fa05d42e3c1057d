/// One-way sensitivity: each parameter from low to high with the others at base, and its tornado.
///
/// Every setting runs the base's replications under the same seed (common random numbers), so the
/// swing of a bar is the parameter's effect, not noise.
public struct OneWaySensitivity: Sendable {
  /// A parameter, the values it was set to, and the scenario at each.
  public struct Axis: Sendable {
    /// The parameter's name, as the user gave it (a field path).
    public var name: String
    public var values: [Double]
    /// The scenario with the parameter at each value, in the order of `values`.
    public var settings: [ScenarioParameters]

    public init(name: String, values: [Double], settings: [ScenarioParameters]) {
      precondition(values.count == settings.count, "one setting per value")
      precondition(values.count >= 2, "a parameter needs a low and a high value")
      self.name = name
      self.values = values
      self.settings = settings
    }
  }

  /// A parameter's results at each of its values.
  public struct Parameter: Sendable, Equatable {
    public var name: String
    public var values: [Double]
    public var estimates: [PointEstimate]

    /// The results at the lowest and the highest value.
    public var atLow: PointEstimate { estimates[0] }
    public var atHigh: PointEstimate { estimates[estimates.count - 1] }
    public var low: Double { values[0] }
    public var high: Double { values[values.count - 1] }

    /// How far society's net benefit moves from the low to the high value.
    public var swing: Double { swing(for: .society) }

    /// How far a perspective's net benefit moves from the low to the high value.
    public func swing(for perspective: Perspective) -> Double {
      abs(atHigh.netBenefit(perspective).mean - atLow.netBenefit(perspective).mean)
    }
  }

  public var base: PointEstimate
  /// The parameters in the order given.
  public var parameters: [Parameter]

  /// The parameters ranked by the swing of society's net benefit, widest first (the tornado);
  /// equal swings keep the order given.
  public var tornado: [Parameter] { ranked(by: .society) }

  /// The parameters ranked by the swing of one perspective's net benefit, widest first.
  public func ranked(by perspective: Perspective) -> [Parameter] {
    Self.ranked(parameters) { $0.swing(for: perspective) }
  }

  /// Parameters ranked by a swing, widest first; equal swings keep the order given: the tornado's
  /// order, whatever holds the parameters (this analysis, or its result read back).
  public static func ranked<Item>(_ items: [Item], bySwing swing: (Item) -> Double) -> [Item] {
    items.enumerated().sorted { left, right in
      let (a, b) = (swing(left.element), swing(right.element))
      return a != b ? a > b : left.offset < right.offset
    }.map(\.element)
  }

  /// Evaluates every value of every parameter together (so that they share work), then the base.
  public static func evaluate(_ axes: [Axis], with evaluator: WhatIfEvaluator)
    -> OneWaySensitivity
  {
    let estimates = evaluator.estimates(of: axes.flatMap(\.settings))
    // After the points: evaluated together, they ran the base's replications alongside.
    return assembled(axes, estimates: estimates, base: evaluator.estimate(evaluator.base))
  }

  /// The analysis from its points' estimates, axis by axis and value by value, and the base's:
  /// evaluated here, or merged from shards.
  public static func assembled(
    _ axes: [Axis], estimates: [PointEstimate], base: PointEstimate
  ) -> OneWaySensitivity {
    precondition(
      estimates.count == axes.reduce(0) { $0 + $1.values.count }, "an estimate per value")
    var next = estimates.makeIterator()
    let parameters = axes.map { axis in
      Parameter(
        name: axis.name, values: axis.values,
        estimates: axis.values.map { _ in
          guard let estimate = next.next() else { preconditionFailure("an estimate per value") }
          return estimate
        })
    }
    return OneWaySensitivity(base: base, parameters: parameters)
  }
}
