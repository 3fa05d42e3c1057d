import CareSimCharts
import Testing

/// Rows of bars or dots keep their value labels inside the chart.
@Suite struct RowFrameTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  @Test(arguments: [320.0, 520, 760])
  func rowValueLabelsStayBetweenTheRowLabelsAndThePadding(width: Double) {
    let canvas = ChartFixtures.canvas(width: width)
    let values = [-2.5e6, 4e5, 3.1e6]
    let style = ChartNumberStyle(largest: 3.1e6, format: .euros, formatter: Self.formatter)
    let labels = values.map {
      [ValueLabel($0, style: style, formatter: Self.formatter, isLeft: $0 < 0)]
    }
    let frame = RowFrame(
      labels: ["Wlz", "Wmo", "A funder with a long name"], canvas: canvas,
      axis: ChartAxis("Net", format: .euros), values: values, valueLabels: labels,
      labelGap: ChartStyle.Rows.barLabelGap, top: canvas.headerBottom,
      minimumStep: ChartStyle.Rows.barStep, formatter: Self.formatter, style: style)
    for label in labels.joined() {
      let reach = label.reach(on: frame.axis.scale)
      #expect(reach >= frame.left - 0.01 && reach <= frame.right + 0.01, "\(label.text): \(reach)")
    }
    #expect(frame.left > ChartStyle.padding)
    #expect(frame.right == width - ChartStyle.padding)
    #expect(frame.middle(ofRow: 0) == frame.top + frame.rowStep / 2)
    #expect(frame.bottom == frame.top + 3 * frame.rowStep)
  }

  @Test func rowsWithoutLabelsKeepAnEmptyArea() {
    let canvas = ChartFixtures.canvas()
    let frame = RowFrame(
      labels: [], canvas: canvas, axis: ChartAxis("v"), values: [],
      labelGap: ChartStyle.Rows.dotLabelGap, top: 50, minimumStep: ChartStyle.Rows.dotStep,
      formatter: Self.formatter)
    #expect(frame.bottom == 50 + ChartStyle.Rows.emptyHeight)
  }

  /// Rows grow to hold a label on two lines; the area runs from the first row to the last.
  @Test func rowsGrowForTwoLineLabels() {
    let canvas = ChartFixtures.canvas(width: 320)
    let frame = RowFrame(
      labels: ["Wlz", "Informal carers, valued at replacement cost, in the second year"],
      canvas: canvas, axis: ChartAxis("v"), values: [0, 10],
      labelGap: ChartStyle.Rows.barLabelGap, top: 60, minimumStep: ChartStyle.Rows.barStep,
      formatter: Self.formatter)
    #expect(frame.rowStep > ChartStyle.Rows.barStep)
    #expect(frame.rowStep == frame.labels.rowStep(minimum: ChartStyle.Rows.barStep))
    #expect(frame.area.x == frame.left && frame.area.maxX == frame.right && frame.area.y == 60)
    #expect((frame.area.height - 2 * frame.rowStep).magnitude < 1e-9)
    #expect(frame.left == ChartStyle.padding + frame.labels.width + ChartStyle.Rows.barLabelGap)
  }

  /// Room kept on the right narrows the marks; the axis is drawn a little below the rows.
  @Test func rightInsetAndAxis() {
    let canvas = ChartFixtures.canvas()
    let frame = RowFrame(
      labels: ["a"], canvas: canvas, axis: ChartAxis("Share"), values: [0.2, 0.6],
      labelGap: ChartStyle.Rows.dotLabelGap, rightInset: ChartStyle.Rows.dotRightInset, top: 40,
      minimumStep: ChartStyle.Rows.dotStep, formatter: Self.formatter)
    #expect(frame.right == 520 - ChartStyle.padding - ChartStyle.Rows.dotRightInset)
    var drawing = canvas
    let bottom = frame.drawAxis(on: &drawing, axis: ChartAxis("Share"))
    let axisLine = SVGElements(drawing.writer.output).withClass("chart-axis").first
    #expect(axisLine != nil)
    #expect(bottom > frame.bottom + ChartStyle.Axes.rowOverhang)
  }
}

extension RowFrameTests {
  /// Rows that fit their own labels: a row with a one-line label is as high as the minimum step,
  /// a row with a longer label as high as its lines need, and the rows follow one another.
  @Test func rowsCanFitTheirOwnLabels() {
    let canvas = ChartFixtures.canvas(width: 520)
    let long = "The share of deaths at 80 or older of residents who lived in a care or nursing home"
    let labels = ["Short", long, "Short again"]
    func frame(fitting: Bool) -> RowFrame {
      RowFrame(
        labels: labels, canvas: canvas, axis: ChartAxis("Distance"), values: [0, 1],
        labelGap: ChartStyle.Rows.dotLabelGap, top: canvas.headerBottom,
        minimumStep: ChartStyle.Rows.dotStep, formatter: Self.formatter, rowsFitLabels: fitting)
    }
    let uniform = frame(fitting: false)
    let fitted = frame(fitting: true)
    let steps = fitted.labels.rowSteps(minimum: ChartStyle.Rows.dotStep)
    #expect(steps[0] == ChartStyle.Rows.dotStep && steps[2] == ChartStyle.Rows.dotStep)
    #expect(steps[1] == uniform.rowStep && steps[1] > steps[0])
    #expect(fitted.middle(ofRow: 0) == fitted.top + steps[0] / 2)
    #expect(fitted.middle(ofRow: 1) == fitted.top + steps[0] + steps[1] / 2)
    #expect(fitted.bottom == fitted.top + steps.reduce(0, +))
    #expect(fitted.bottom < uniform.bottom)
  }
}
