import CareSimCharts
import Testing

/// The plot of a chart with an x and a y value axis: placed below the header, its scales on
/// its edges, its end labels inside the chart.
@Suite struct XYFrameTests {
  static let formatter = ReportNumberFormatter(locale: .en)
  static let months = (0...36).map(Double.init)

  static func frame(
    yTitle: String = "Net benefit", width: Double = 520, tightX: Bool = false,
    yValues: [Double] = [-1500, 2400]
  ) -> (XYFrame, ChartCanvas) {
    let canvas = ChartFixtures.canvas(width: width)
    let frame = XYFrame.layout(
      canvas: canvas, xAxis: ChartAxis("Month"), xValues: months,
      yAxis: ChartAxis(yTitle, format: .euros), yValues: yValues, plotHeight: 230,
      formatter: formatter, tightX: tightX)
    return (frame, canvas)
  }

  /// The plot starts below the header and the y axis title's line, if there is one.
  @Test func plotSitsBelowTheHeader() {
    let (titled, canvas) = Self.frame()
    #expect(titled.plot.y == canvas.headerBottom + ChartStyle.Axes.plotTopWithTitle)
    let (untitled, _) = Self.frame(yTitle: "")
    #expect(untitled.plot.y == canvas.headerBottom + ChartStyle.Axes.plotTopWithoutTitle)
    #expect(titled.plot.height == 230)
  }

  /// The scales run along the plot's edges, y upward.
  @Test func scalesSpanThePlot() {
    let (frame, _) = Self.frame()
    #expect(frame.x.rangeStart == frame.plot.x && frame.x.rangeEnd == frame.plot.maxX)
    #expect(frame.y.rangeStart == frame.plot.maxY && frame.y.rangeEnd == frame.plot.y)
    #expect(frame.y.domainLower <= -1500 && frame.y.domainUpper >= 2400)
    #expect(frame.plot.x >= ChartStyle.padding + frame.yTicks.maxWidth)
  }

  /// A tight x axis ends at the data (months not simulated are not suggested); a loose one at
  /// the next tick.
  @Test func tightXEndsAtTheData() {
    let (tight, _) = Self.frame(tightX: true)
    #expect(tight.x.domainLower == 0 && tight.x.domainUpper == 36)
    let (loose, _) = Self.frame()
    #expect(loose.x.domainUpper > 36)
    #expect(loose.x.domainUpper == loose.xTicks.nice.values.last)
  }

  /// At every width the x tick labels, centred on their ticks, stay inside the paddings.
  @Test(arguments: [240.0, 320, 520, 760])
  func endLabelsStayInside(width: Double) {
    let (frame, _) = Self.frame(width: width, yValues: [0, 4.2e6])
    for (value, labelWidth) in zip(frame.xTicks.nice.values, frame.xTicks.widths) {
      let position = frame.x.position(value)
      #expect(position - labelWidth / 2 >= ChartStyle.padding - 1e-9)
      #expect(position + labelWidth / 2 <= width - ChartStyle.padding + 1e-9)
    }
  }

  /// A plot placed by the caller (a panel of small multiples) keeps its left edge and width.
  @Test func aPlacedPlotKeepsItsPlace() {
    let frame = XYFrame.layout(
      canvas: ChartFixtures.canvas(), xAxis: ChartAxis("x"), xValues: [0, 10],
      yAxis: ChartAxis("y"), yValues: [0, 1], plotHeight: 100, formatter: Self.formatter,
      top: 77, plotLeft: 50, plotWidth: 150)
    #expect(frame.plot == ChartRect(x: 50, y: 77, width: 150, height: 100))
  }

  /// Gridlines run at the y ticks, and the x ticks too when asked; the zero line is drawn only
  /// when the y range holds zero inside it; y labels can be left out.
  @Test func gridAndAxes() {
    let (frame, _) = Self.frame()
    var canvas = ChartCanvas(width: 520)
    frame.drawGrid(on: &canvas)
    #expect(SVGElements(canvas.writer.output).named("line").count == frame.yTicks.nice.values.count)
    var both = ChartCanvas(width: 520)
    frame.drawGrid(on: &both, vertical: true)
    let lines = frame.yTicks.nice.values.count + frame.xTicks.nice.values.count
    #expect(SVGElements(both.writer.output).named("line").count == lines)
    var axes = ChartCanvas(width: 520)
    frame.drawAxes(on: &axes, xTitle: "Month", yTitle: "Net benefit")
    #expect(SVGElements(axes.writer.output).withClass("chart-zero").count == 1)
    let ticks = axes.texts.filter { $0.text != "Month" && $0.text != "Net benefit" }
    let labelled = (frame.xTicks.labels + frame.yTicks.labels).filter { !$0.isEmpty }
    #expect(ticks.count == labelled.count)
    var bare = ChartCanvas(width: 520)
    let (positive, _) = Self.frame(yValues: [100, 2400])
    positive.drawAxes(on: &bare, xTitle: "", yTitle: "Net benefit", yLabels: false)
    #expect(SVGElements(bare.writer.output).withClass("chart-zero").isEmpty)
    #expect(bare.texts.map(\.text) == positive.xTicks.labels.filter { !$0.isEmpty })
  }
}
