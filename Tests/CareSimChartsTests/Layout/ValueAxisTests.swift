import CareSimCharts
import Testing

/// A horizontal value axis under rows: fitted to its values and width, its end labels inside.
@Suite struct ValueAxisTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  /// The axis covers the values (and zero, when asked), within [left, right], with every tick
  /// label inside too.
  @Test(arguments: [
    ([-1834.5, 4520.5], false), ([3.0, 7], true), ([-2.5e6, -1e5], true), ([0.25], false),
  ])
  func coversItsValuesWithinItsWidth(values: [Double], includesZero: Bool) {
    let axis = ValueAxis(
      axis: ChartAxis("Net", format: .euros, includesZero: includesZero), values: values,
      left: 140, right: 508, formatter: Self.formatter)
    let scale = axis.scale
    let covered = values + (includesZero ? [0] : [])
    #expect(covered.allSatisfy { $0 >= scale.domainLower && $0 <= scale.domainUpper })
    #expect(scale.rangeStart >= 140 && scale.rangeEnd <= 508)
    for (value, width) in zip(axis.ticks.nice.values, axis.ticks.widths) where width > 0 {
      #expect(scale.position(value) - width / 2 >= 140 - ChartStyle.Axes.overflowTolerance)
      #expect(scale.position(value) + width / 2 <= 508 + ChartStyle.Axes.overflowTolerance)
    }
  }

  /// A fixed domain is kept as given; with no finite value the axis runs from 0 to 1.
  @Test func fixedAndEmptyDomains() {
    let fixed = ValueAxis(
      axis: ChartAxis("Distance", domain: -4...4), values: [100], left: 100, right: 400,
      formatter: Self.formatter)
    #expect(fixed.scale.domainLower == -4 && fixed.scale.domainUpper == 4)
    let empty = ValueAxis(
      axis: ChartAxis("v"), values: [.nan], left: 100, right: 400, formatter: Self.formatter)
    #expect(empty.scale.domainLower == 0 && empty.scale.domainUpper == 1)
  }

  /// Labels beyond the marks' ends narrow the range by their overflow.
  @Test func endLabelsNarrowTheRange() {
    let axis = ValueAxis(
      axis: ChartAxis("v"), values: [0, 100], left: 100, right: 400, formatter: Self.formatter
    ) { scale in (left: 0, right: scale.rangeEnd > 380 ? 20 : 0) }
    #expect(axis.scale.rangeEnd == 380)
    // The first tick's label, "0", is centred on the start and narrows it by half its width.
    let zero = TextMetrics.width("0", size: ChartStyle.tickSize)
    #expect((axis.scale.rangeStart - (100 + zero / 2)).magnitude < 1e-9)
  }

  /// Overflow that no narrowing cures stops after a few rounds (the documentation says twice).
  @Test func narrowingStops() {
    let axis = ValueAxis(
      axis: ChartAxis("v"), values: [0, 100], left: 100, right: 400, formatter: Self.formatter
    ) { _ in (left: 10, right: 0) }
    withKnownIssue("ValueAxis narrows three times for an overflow that stays; its doc says twice") {
      #expect(axis.scale.rangeStart == 120)
    }
    #expect(axis.scale.rangeStart == 130)
  }

  @Test func zeroLineOnlyInsideTheDomain() {
    for (values, drawn) in [([-5.0, 5], true), ([1.0, 5], false), ([0.0, 5], true)] {
      let axis = ValueAxis(
        axis: ChartAxis("v"), values: values, left: 100, right: 400, formatter: Self.formatter)
      var canvas = ChartCanvas(width: 520)
      axis.drawZero(on: &canvas, top: 10, bottom: 90)
      #expect(SVGElements(canvas.writer.output).withClass("chart-zero").count == (drawn ? 1 : 0))
    }
  }

  /// The axis draws a line, a tick and gridline per value and its kept labels, then its title,
  /// and returns the y below the title.
  @Test func axisDrawsTicksLabelsAndTitle() {
    let axis = ValueAxis(
      axis: ChartAxis("Net saving", format: .euros), values: [-2000, 4000], left: 100, right: 500,
      formatter: Self.formatter)
    var canvas = ChartCanvas(width: 520)
    axis.drawGrid(on: &canvas, top: 20, bottom: 200)
    let bottom = axis.drawAxis(on: &canvas, axis: ChartAxis("Net saving"), at: 210)
    let document = SVGElements(canvas.writer.output)
    let count = axis.ticks.nice.values.count
    #expect(document.withClass("chart-grid").count == 1)
    #expect(document.named("line").count == count + 1 + count)
    let labels = axis.ticks.labels.filter { !$0.isEmpty }
    #expect(canvas.texts.map(\.text) == labels + ["Net saving"])
    #expect(bottom >= canvas.texts.map(\.box.maxY).max() ?? .infinity)
  }
}
