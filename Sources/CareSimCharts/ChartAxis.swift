/// An axis of a chart: what it measures, in which unit, and how its numbers are written.
///
/// The title and unit are kept apart so the unit is never forgotten: the axis reads
/// "Net benefit (€ per resident)". The format decides the tick labels (`€250k`, `81%`, `0.85`).
public struct ChartAxis: Sendable, Hashable {
  /// What the axis measures: "Month", "Net benefit".
  public var title: String
  /// The unit, shown in parentheses after the title; nil when the title says it or the ticks do.
  public var unit: String?
  /// How values on the axis are written.
  public var format: ValueFormat
  /// A fixed range instead of one fitted to the data (for example [0, 1] for shares).
  public var domain: ClosedRange<Double>?
  /// Whether the fitted range must include zero (bars, cost-effectiveness planes).
  public var includesZero: Bool
  /// A fixed distance between ticks (12 for months by year), instead of a nice one; labels that
  /// would then collide are thinned.
  public var tickStep: Double?

  /// An axis titled `title`, in `unit`, with values written as `format`.
  public init(
    _ title: String, unit: String? = nil, format: ValueFormat = .number,
    domain: ClosedRange<Double>? = nil, includesZero: Bool = false, tickStep: Double? = nil
  ) {
    self.title = title
    self.unit = unit
    self.format = format
    self.domain = domain
    self.includesZero = includesZero
    self.tickStep = tickStep
  }

  /// The title with its unit: "Net benefit (€ per resident)".
  public var label: String {
    guard let unit, !unit.isEmpty else { return title }
    return title.isEmpty ? unit : "\(title) (\(unit))"
  }

  /// The data range the axis covers for `values`: the fixed domain, or the finite values'
  /// extent (with zero if asked), or nil if there are none.
  package func extent(of values: [Double]) -> (lower: Double, upper: Double, fixed: Bool)? {
    if let domain { return (domain.lowerBound, domain.upperBound, true) }
    var lower = Double.infinity
    var upper = -Double.infinity
    for value in values where value.isFinite {
      lower = min(lower, value)
      upper = max(upper, value)
    }
    if includesZero {
      lower = min(lower, 0)
      upper = max(upper, 0)
    }
    return lower <= upper ? (lower, upper, false) : nil
  }
}

/// A point of a line or scatter chart.
public struct ChartPoint: Sendable, Hashable {
  /// The horizontal value.
  public var x: Double
  /// The vertical value.
  public var y: Double

  /// The point (x, y).
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Whether both coordinates are finite; other points leave a gap.
  package var isFinite: Bool { x.isFinite && y.isFinite }
}
