/// Areas stacked over a numeric x axis: how residents divide over states month by month.
///
/// Layers are stacked in order from the bottom; with `normalised` each month's values are
/// divided by their total, so the chart shows shares up to 100%. Each layer is also named inside
/// its area where it is thick enough, so the chart reads in greyscale without matching colours
/// to the legend. Non-finite values count as zero.
public struct StackedAreaChart: Chart, RenderableChart {
  /// One layer: a name and a value at each x.
  public struct Layer: Sendable, Hashable {
    /// The name in the legend and inside the area.
    public var name: String
    /// The values at the chart's x positions.
    public var values: [Double]

    /// A layer named `name` with `values`.
    public init(_ name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  /// The title above the chart.
  public var title: String
  /// The horizontal axis.
  public var xAxis: ChartAxis
  /// The vertical axis (format `.percent` when normalised).
  public var yAxis: ChartAxis
  /// The x positions, ascending.
  public var x: [Double]
  /// The layers, bottom first; each has one value per x.
  public var layers: [Layer]
  /// Whether to divide each column by its total, showing shares.
  public var normalised: Bool
  /// The chart's width and plot height.
  public var size: ChartSize

  /// A stacked area chart; see the properties.
  public init(
    title: String, xAxis: ChartAxis, yAxis: ChartAxis, x: [Double], layers: [Layer],
    normalised: Bool = false, size: ChartSize = .standard
  ) {
    for layer in layers {
      precondition(
        layer.values.count == x.count,
        "layer \(layer.name) has \(layer.values.count) values for \(x.count) x positions")
    }
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.x = x
    self.layers = layers
    self.normalised = normalised
    self.size = size
  }

  /// The colours of the layers: Okabe–Ito from the palette, ordered so neighbours differ in
  /// lightness (blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black).
  package static let layerColors: [RGBColor] = [
    0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0x56b4e9, 0xcc79a7, 0xf0e442, 0x000000,
  ].map { RGBColor(hex: $0) }

  /// The colour of layer `index`.
  package static func color(_ index: Int) -> RGBColor { layerColors[index % layerColors.count] }

  /// The cumulative tops of the layers: `stacks[layer][column]`.
  package var stacks: [[Double]] {
    var running = [Double](repeating: 0, count: x.count)
    var totals = [Double](repeating: 0, count: x.count)
    for layer in layers {
      for (column, value) in layer.values.enumerated() where value.isFinite {
        totals[column] += max(value, 0)
      }
    }
    return layers.map { layer in
      for (column, value) in layer.values.enumerated() {
        let value = value.isFinite ? max(value, 0) : 0
        running[column] += normalised ? (totals[column] > 0 ? value / totals[column] : 0) : value
      }
      return running
    }
  }

  package static let kind = "stacked-area"

  package var width: Double { size.width }

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    layers.enumerated().map { LegendItem($1.name, .area(color: Self.color($0).hex, opacity: 1)) }
  }

  /// The plot, and the stacks its layers are drawn between.
  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> (
    xy: XYFrame, stacks: [[Double]]
  ) {
    let stacks = stacks
    var axis = yAxis
    if normalised && axis.domain == nil { axis.domain = 0...1 }
    axis.includesZero = true
    let frame = XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: x, yAxis: axis, yValues: stacks.last ?? [],
      plotHeight: size.plotHeight, formatter: formatter, tightX: true)
    return (frame, stacks)
  }

  package func draw(
    _ frame: (xy: XYFrame, stacks: [[Double]]), on canvas: inout ChartCanvas,
    formatter: ReportNumberFormatter
  ) -> Double {
    frame.xy.drawGrid(on: &canvas)
    if frame.stacks.last?.contains(where: { $0 > 0 }) ?? false {
      drawAreas(stacks: frame.stacks, frame: frame.xy, on: &canvas)
    } else {
      canvas.drawNoData(in: frame.xy.plot, locale: formatter.locale)
    }
    drawLayerNames(stacks: frame.stacks, frame: frame.xy, on: &canvas)
    return frame.xy.drawAxes(on: &canvas, xTitle: xAxis.label, yTitle: yAxis.label)
  }

  package func description(
    of frame: (xy: XYFrame, stacks: [[Double]]), formatter: ReportNumberFormatter
  ) -> String {
    ChartPhrases(formatter.locale).stackedArea(
      y: yAxis.label, x: xAxis.label, layers: layers.map(\.name))
  }
}
