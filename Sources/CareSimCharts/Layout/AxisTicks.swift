/// The ticks of one axis and their labels, chosen so the labels fit along the axis.
///
/// A horizontal axis needs the widest label plus a gap between tick positions, a vertical one a
/// line of text plus a gap. Starting from about one tick per 80 (horizontal) or 42 (vertical)
/// units, the tick count is lowered until the labels fit; if even two ticks do not fit, every
/// other label is left out (the ticks stay), so labels never overlap.
package struct AxisTicks: Sendable {
  /// The tick values and the axis range.
  package private(set) var nice: NiceTicks
  /// The label of each tick; empty where a label was left out to make room.
  package private(set) var labels: [String]
  /// The estimated width of each label.
  package private(set) var widths: [Double]

  /// The widest label.
  package var maxWidth: Double { widths.max() ?? 0 }

  /// Ticks for data in [lower, upper] along an axis `length` units long.
  ///
  /// - Parameters:
  ///   - lower: The smallest value to show.
  ///   - upper: The largest value to show.
  ///   - fixed: Whether [lower, upper] is the axis range as given, not widened to ticks.
  ///   - length: The length of the axis.
  ///   - horizontal: Whether labels sit side by side (x axis) rather than stacked (y axis).
  ///   - format: How the values are written.
  ///   - formatter: The locale's formatter.
  ///   - step: A fixed tick step instead of a nice one; labels are then only thinned.
  ///   - unit: The compact unit the chart's value labels use (see ``ChartNumberStyle``), or nil.
  /// - Returns: Ticks whose labels fit.
  package static func fitting(
    lower: Double, upper: Double, fixed: Bool, length: Double, horizontal: Bool,
    format: ValueFormat, formatter: ReportNumberFormatter, step: Double? = nil, unit: Int? = nil
  ) -> AxisTicks {
    if let step {
      var ticks = AxisTicks(
        NiceTicks(covering: lower, upper, step: step, fixed: fixed), format, formatter, unit)
      ticks.thin(length: length, horizontal: horizontal)
      return ticks
    }
    let spacing =
      horizontal ? ChartStyle.Axes.horizontalTickSpacing : ChartStyle.Axes.verticalTickSpacing
    // Clamped before the conversion, so no length, however absurd, can trap.
    let fitting = length / spacing
    var target = fitting.isFinite ? max(2, Int(min(max(fitting, 0), 10).rounded(.down)) + 1) : 2
    var ticks = AxisTicks(
      NiceTicks(covering: lower, upper, targetCount: target, fixed: fixed), format, formatter,
      unit)
    while !ticks.fits(length: length, horizontal: horizontal) && target > 2 {
      target -= 1
      ticks = AxisTicks(
        NiceTicks(covering: lower, upper, targetCount: target, fixed: fixed), format, formatter,
        unit)
    }
    ticks.thin(length: length, horizontal: horizontal)
    return ticks
  }

  private init(
    _ nice: NiceTicks, _ format: ValueFormat, _ formatter: ReportNumberFormatter, _ unit: Int?
  ) {
    self.nice = nice
    self.labels = formatter.tickLabels(nice.values, step: nice.step, as: format, unit: unit)
    self.widths = labels.map { TextMetrics.width($0, size: ChartStyle.tickSize) }
  }

  /// The distance in units between two neighbouring ticks.
  private func pixelStep(length: Double) -> Double {
    guard nice.values.count > 1 else { return length }
    return nice.step / 2 / (nice.upper / 2 - nice.lower / 2) * length
  }

  /// The distance labels need between their tick positions.
  private func needed(horizontal: Bool) -> Double {
    horizontal
      ? maxWidth + ChartStyle.Axes.labelGapAcross
      : TextMetrics.lineHeight(ChartStyle.tickSize) + ChartStyle.Axes.labelGapUp
  }

  private func fits(length: Double, horizontal: Bool) -> Bool {
    pixelStep(length: length) >= needed(horizontal: horizontal)
  }

  /// Leaves out labels until those kept are far enough apart.
  private mutating func thin(length: Double, horizontal: Bool) {
    let step = pixelStep(length: length)
    guard step > 0, step < needed(horizontal: horizontal) else { return }
    let every = Int(min(needed(horizontal: horizontal) / step, 1000).rounded(.up))
    for index in labels.indices where index % max(every, 1) != 0 {
      labels[index] = ""
      widths[index] = 0
    }
  }
}
