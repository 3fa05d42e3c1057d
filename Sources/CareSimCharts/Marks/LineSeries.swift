/// One line of a line chart: a named sequence of points, drawn in order.
///
/// A point with a non-finite coordinate leaves a gap in the line rather than a spike or a trap.
public struct LineSeries: Sendable, Hashable {
  /// The name shown in the legend.
  public var name: String
  /// The points, in drawing order.
  public var points: [ChartPoint]

  /// A series named `name` through `points`.
  public init(_ name: String, points: [ChartPoint]) {
    self.name = name
    self.points = points
  }

  /// A series named `name` through (x[i], y[i]); the two arrays must have the same length.
  public init(_ name: String, x: [Double], y: [Double]) {
    precondition(x.count == y.count, "series \(name): \(x.count) x values, \(y.count) y values")
    self.init(name, points: zip(x, y).map { ChartPoint(x: $0, y: $1) })
  }
}

/// A shaded range around a line: the P5–P95 fan of a mean, say.
public struct ChartBand: Sendable, Hashable {
  /// The name shown in the legend ("P5–P95").
  public var name: String
  /// The band's lower and upper edge at each x.
  public var points: [BandPoint]
  /// The series whose colour the band takes, or nil for grey.
  public var series: String?

  /// A band named `name` through `points`, in the colour of the series named `series`.
  public init(_ name: String, points: [BandPoint], around series: String? = nil) {
    self.name = name
    self.points = points
    self.series = series
  }

  /// A band from lower[i] to upper[i] at x[i]; the arrays must have the same length.
  public init(
    _ name: String, x: [Double], lower: [Double], upper: [Double], around series: String? = nil
  ) {
    precondition(
      x.count == lower.count && x.count == upper.count,
      "band \(name): \(x.count) x values, \(lower.count) lower, \(upper.count) upper")
    self.init(
      name,
      points: x.indices.map { BandPoint(x: x[$0], lower: lower[$0], upper: upper[$0]) },
      around: series)
  }
}

/// The edges of a band at one x.
public struct BandPoint: Sendable, Hashable {
  /// The horizontal value.
  public var x: Double
  /// The lower edge.
  public var lower: Double
  /// The upper edge.
  public var upper: Double

  /// The band from `lower` to `upper` at `x`.
  public init(x: Double, lower: Double, upper: Double) {
    self.x = x
    self.lower = lower
    self.upper = upper
  }

  /// Whether x and both edges are finite; other points leave a gap.
  package var isFinite: Bool { x.isFinite && lower.isFinite && upper.isFinite }
}

/// A labelled line across the plot: a vertical one at an x (the break-even month) or a
/// horizontal one at a y (a minimum quality of life).
public enum ChartMarker: Sendable, Hashable {
  /// A vertical line at `x`, labelled.
  case vertical(x: Double, label: String)
  /// A horizontal line at `y`, labelled.
  case horizontal(y: Double, label: String)
}
