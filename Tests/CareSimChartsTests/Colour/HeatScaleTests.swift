import CareSimCharts
import Testing

/// Values to heat-map colours: diverging around zero for both signs, sequential for one.
@Suite struct HeatScaleTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  /// Both signs: symmetric around zero, white at zero, the ends at the ramp's ends.
  @Test func bothSignsDivergeSymmetricallyAroundZero() {
    let heat = HeatScale(values: [-3, 1, .nan, -.infinity])
    #expect(heat.isDiverging)
    #expect(heat.lower == -3 && heat.upper == 3)
    #expect(heat.ramp == .diverging)
    #expect(heat.color(0).hex == "#f7f7f7")
    #expect(heat.color(-3) == ColorRamp.diverging.color(at: 0))
    #expect(heat.color(3) == ColorRamp.diverging.color(at: 1))
    // Equal distances from zero sit at equal distances from the middle of the ramp.
    #expect(heat.color(1) == ColorRamp.diverging.color(at: 2.0 / 3))
    #expect(heat.color(-1) == ColorRamp.diverging.color(at: 1.0 / 3))
  }

  /// One sign (zero counts as neither): viridis over the values' own range.
  @Test(arguments: [[2.0, 5, 8], [-8, -5, -2], [0, 3, 6]])
  func oneSignIsSequentialOverItsRange(values: [Double]) throws {
    let heat = HeatScale(values: values)
    let low = try #require(values.min())
    let high = try #require(values.max())
    #expect(!heat.isDiverging && heat.ramp == .sequential)
    #expect(heat.lower == low && heat.upper == high)
    #expect(heat.color(low).hex == "#440154")
    #expect(heat.color(high).hex == "#fde725")
    #expect(heat.color((low + high) / 2) == ColorRamp.sequential.color(at: 0.5))
  }

  @Test func degenerateValuesStillGiveARange() {
    let constant = HeatScale(values: [4, 4])
    #expect(constant.lower == 4 && constant.upper == 5)
    for empty in [HeatScale(values: []), HeatScale(values: [.nan, .infinity])] {
      #expect(empty.lower == 0 && empty.upper == 1 && !empty.isDiverging)
    }
  }

  @Test func nonFiniteValuesAreGrey() {
    let heat = HeatScale(values: [-1, 1])
    for value in [Double.nan, .infinity, -.infinity] {
      #expect(heat.color(value).hex == "#bdbdbd")
    }
  }

  /// The bar's ticks lie inside its range, and its width holds the widest label.
  @Test func colourBarTicksAndWidth() {
    let heat = HeatScale(values: [-1234, 5678])
    let ticks = heat.ticks(format: .euros, formatter: Self.formatter, height: 230)
    #expect(ticks.nice.lower == heat.lower && ticks.nice.upper == heat.upper)
    #expect(ticks.nice.values.allSatisfy { $0 >= heat.lower && $0 <= heat.upper })
    #expect(
      heat.barWidth(format: .euros, formatter: Self.formatter, height: 230)
        == ChartStyle.ColourBar.width + ChartStyle.ColourBar.labelGap + ticks.maxWidth)
  }

  /// The bar is 48 segments filling its height bottom to top, an outline, and a tick and label
  /// per tick value.
  @Test func colourBarDrawsItsSegmentsAndTicks() throws {
    let heat = HeatScale(values: [0, 100])
    var canvas = ChartCanvas(width: 520)
    heat.drawBar(
      on: &canvas, x: 400, top: 50, height: 240, format: .number, formatter: Self.formatter)
    let document = SVGElements(canvas.writer.output)
    #expect(document.isWellFormed)
    let rects = document.named("rect")
    #expect(rects.count == 49)
    let segments = rects.dropLast()
    #expect(segments.first?.attributes["y"] == "285")
    #expect(segments.last?.attributes["y"] == "50")
    #expect(segments.first?.attributes["fill"] == heat.ramp.color(at: 0.5 / 48).hex)
    #expect(rects.last?.attributes["fill"] == "none")
    let ticks = heat.ticks(format: .number, formatter: Self.formatter, height: 240)
    #expect(document.named("line").count == ticks.nice.values.count)
    #expect(canvas.texts.map(\.text) == ticks.labels.filter { !$0.isEmpty })
  }

  /// Values that differ only in their last digits (sums in another order) are one value, which a
  /// page states, and so are values that differ only beyond their sixth significant digit; values
  /// that differ in it are not.
  @Test func valuesWithinRoundingNoiseAreOneValue() {
    #expect(HeatScale.uniformValue([654_445.524367467, 654_445.524367467]) == 654_445.524367467)
    let noisy = [-264_397.672496608, -264_397.672496607, -264_397.672496606]
    let uniform = HeatScale.uniformValue(noisy)
    #expect(uniform.map { abs($0 + 264_397.672496607) < 1e-6 } == true)
    #expect(HeatScale.uniformValue([0, 0, 0]) == 0)
    #expect(HeatScale.uniformValue([619_051, 619_052]) == nil)
    #expect(HeatScale.uniformValue([1, 1 + 1e-8]) != nil)
    #expect(HeatScale.uniformValue([1, 1 + 1e-5]) == nil)
    #expect(HeatScale.uniformValue([]) == nil)
    #expect(HeatScale.uniformValue([3, .nan]) == nil)
  }
}
