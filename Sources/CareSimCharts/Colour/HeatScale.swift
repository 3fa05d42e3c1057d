/// Maps values to colours for heat maps, and draws the colour bar that explains it.
///
/// Values of both signs get the diverging ramp, symmetric around zero so that white means zero
/// and equal distances from zero look equally strong; values of one sign get the sequential
/// ramp over their range. Values that do not vary (``uniformValue(_:)``) get no ramp: every cell
/// takes one neutral colour and the bar's place says in words that the value is the same
/// everywhere, so rounding noise is never drawn as colour.
package struct HeatScale: Sendable {
  /// The value drawn at the bottom of the colour bar.
  package var lower: Double
  /// The value drawn at the top.
  package var upper: Double
  /// The ramp.
  package var ramp: ColorRamp
  /// Whether the ramp diverges around zero.
  package var isDiverging: Bool
  /// The one value every cell holds, if the values do not vary.
  package var uniform: Double?

  /// The colour of every cell of a map whose values do not vary: a light neutral grey, lighter
  /// than the grey of a missing value.
  package static let uniformColor = RGBColor(hex: 0xE4E4E4)

  /// A scale for `values` (non-finite ones ignored).
  package init(values: [Double]) {
    uniform = Self.uniformValue(values)
    let finite = values.filter(\.isFinite)
    let low = finite.min() ?? 0
    let high = finite.max() ?? 1
    if low < 0 && high > 0 {
      let bound = max(-low, high)
      (lower, upper, ramp, isDiverging) = (-bound, bound, .diverging, true)
    } else {
      (lower, upper, ramp, isDiverging) = (low, high > low ? high : low + 1, .sequential, false)
    }
  }

  /// The one value `values` hold, if their spread is below what their magnitude makes
  /// meaningful; nil when they vary, or hold no finite value.
  ///
  /// A colour scale over such values would draw rounding noise: sums of the same costs in another
  /// order differ in the 15th digit. Below a relative spread of 1e-9 (a millionth of a cent on a
  /// million euros) the values are one value, and a page states it instead of drawing it; so are
  /// values that differ by less than a unit of their sixth significant digit, the last a chart
  /// label writes (``NiceTicks/isUniform(_:_:)``), which a scale could not label apart.
  package static func uniformValue(_ values: [Double]) -> Double? {
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return nil }
    guard NiceTicks.isUniform(low, high) else { return nil }
    return finite.count == values.count ? (low + high) / 2 : nil
  }

  /// The colour of `value`; grey for a non-finite value.
  package func color(_ value: Double) -> RGBColor {
    guard value.isFinite else { return RGBColor(hex: 0xBDBDBD) }
    guard uniform == nil else { return Self.uniformColor }
    return ramp.color(at: (value / 2 - lower / 2) / (upper / 2 - lower / 2))
  }

  /// The width the colour bar and its labels take, for `format` in `formatter`'s locale.
  package func barWidth(format: ValueFormat, formatter: ReportNumberFormatter, height: Double)
    -> Double
  {
    if let lines = uniformNote(format: format, formatter: formatter) {
      return lines.map { TextMetrics.width($0, size: ChartStyle.tickSize) }.max() ?? 0
    }
    return ChartStyle.ColourBar.width + ChartStyle.ColourBar.labelGap
      + ticks(format: format, formatter: formatter, height: height).maxWidth
  }

  /// The ticks of the colour bar.
  package func ticks(format: ValueFormat, formatter: ReportNumberFormatter, height: Double)
    -> AxisTicks
  {
    AxisTicks.fitting(
      lower: lower, upper: upper, fixed: true, length: height, horizontal: false, format: format,
      formatter: formatter)
  }

  /// The lines that stand in for the colour bar when the values do not vary: "Same
  /// everywhere:" and the value; nil when they vary.
  package func uniformNote(format: ValueFormat, formatter: ReportNumberFormatter) -> [String]? {
    uniform.map {
      [ChartPhrases(formatter.locale).sameEverywhere, formatter.format($0, as: format)]
    }
  }

  /// Draws the colour bar from `top` to `top + height` with its left edge at `x`, and its tick
  /// labels to the right; or, for values that do not vary, the note that says so.
  package func drawBar(
    on canvas: inout ChartCanvas, x: Double, top: Double, height: Double, format: ValueFormat,
    formatter: ReportNumberFormatter
  ) {
    typealias Style = ChartStyle.ColourBar
    if let lines = uniformNote(format: format, formatter: formatter) {
      var baseline = top + TextMetrics.ascent * ChartStyle.tickSize
      for line in lines {
        canvas.text(
          line, x: x, y: baseline, size: ChartStyle.tickSize, className: "chart-note",
          fill: ChartPalette.softInk)
        baseline += ChartCanvas.noteStep
      }
      return
    }
    let segments = 48
    let step = height / Double(segments)
    canvas.writer.open("g", ["class": "chart-legend chart-colorbar"])
    for index in 0..<segments {
      let t = (Double(index) + 0.5) / Double(segments)
      let color = ramp.color(at: t).hex
      canvas.writer.element(
        "rect",
        [
          "x": x, "y": top + height - Double(index + 1) * step, "width": Style.width,
          "height": step + Style.segmentOverlap, "fill": color, "stroke": "none",
        ])
    }
    canvas.writer.element(
      "rect",
      [
        "x": x, "y": top, "width": Style.width, "height": height, "fill": "none",
        "stroke": ChartPalette.axis, "stroke-width": Style.outlineWidth,
      ])
    let ticks = ticks(format: format, formatter: formatter, height: height)
    let scale = LinearScale(domain: lower, upper, range: top + height, top)
    // The offsets are added up before x: 14 + 4 is exact, where x + 14 + 4 would round twice.
    let tickEnd = x + (Style.width + Style.tickLength)
    let labelStart = x + (Style.width + Style.labelGap)
    for (value, label) in zip(ticks.nice.values, ticks.labels) {
      let y = scale.position(value)
      canvas.writer.element(
        "line",
        ["x1": x + Style.width, "y1": y, "x2": tickEnd, "y2": y, "stroke": ChartPalette.axis])
      guard !label.isEmpty else { continue }
      canvas.text(
        label, x: labelStart,
        y: TextMetrics.baseline(centredOn: y, size: ChartStyle.tickSize),
        size: ChartStyle.tickSize, className: "chart-tick")
    }
    canvas.writer.close("g")
  }
}
