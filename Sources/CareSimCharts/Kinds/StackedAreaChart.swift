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

  /// The chart as an `<svg>` element.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart with the estimated boxes of its texts.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: size.width)
    canvas.drawTitle(title)
    canvas.drawLegend(
      layers.enumerated().map { LegendItem($1.name, .area(color: Self.color($0).hex, opacity: 1)) })
    let stacks = stacks
    var axis = yAxis
    if normalised && axis.domain == nil { axis.domain = 0...1 }
    axis.includesZero = true
    let frame = XYFrame.layout(
      canvas: canvas, xAxis: xAxis, xValues: x, yAxis: axis,
      yValues: stacks.last ?? [], plotHeight: size.plotHeight, formatter: formatter,
      tightX: true)
    frame.drawGrid(on: &canvas)
    let bottomEdge = [Double](repeating: 0, count: x.count)
    let hasData = stacks.last?.contains { $0 > 0 } ?? false
    if !hasData { canvas.drawNoData(in: frame.plot, locale: locale) }
    for (index, layer) in layers.enumerated() where hasData {
      let upper = stacks[index]
      let lower = index == 0 ? bottomEdge : stacks[index - 1]
      var points = x.indices.map { (frame.x.position(x[$0]), frame.y.position(upper[$0])) }
      points += x.indices.reversed().map { (frame.x.position(x[$0]), frame.y.position(lower[$0])) }
      canvas.writer.element(
        "path",
        [
          "class": "mark mark-area", "d": PathData.polygon(points).text,
          "fill": Self.color(index).hex,
          "stroke": "#ffffff", "stroke-width": 0.75, "stroke-linejoin": "round",
        ], tooltip: layer.name)
    }
    drawLayerNames(stacks: stacks, frame: frame, on: &canvas)
    let bottom = frame.drawAxes(on: &canvas, xAxis: xAxis, yAxis: axis)
    return canvas.finished(
      kind: "stacked-area", title: title,
      description: ChartPhrases(locale).stackedArea(
        y: axis.label, x: xAxis.label, layers: layers.map(\.name)), height: bottom)
  }

  /// Names each layer inside its area, at the thickest place where the whole label fits.
  private func drawLayerNames(stacks: [[Double]], frame: XYFrame, on canvas: inout ChartCanvas) {
    guard x.count >= 2 else { return }
    let size = ChartStyle.tickSize
    let xs = x.map { frame.x.position($0) }
    var placer = LabelPlacer(bounds: frame.plot.outset(by: -2))
    for (index, layer) in layers.enumerated() {
      let upper = stacks[index].map { frame.y.position($0) }
      let lower = (index == 0 ? [Double](repeating: 0, count: x.count) : stacks[index - 1]).map {
        frame.y.position($0)
      }
      let width = TextMetrics.width(layer.name, size: size)
      let height = (TextMetrics.ascent + TextMetrics.descent) * size
      // Columns by thickness, thickest first; ties keep their x order.
      let order = x.indices.sorted { (lower[$0] - upper[$0], -$0) > (lower[$1] - upper[$1], -$1) }
      for column in order.prefix(12) where lower[column] - upper[column] >= height + 4 {
        let centre = min(
          max(xs[column], frame.plot.x + width / 2 + 3), frame.plot.maxX - width / 2 - 3)
        let top = Self.interpolate(
          xs, upper, from: centre - width / 2, to: centre + width / 2, max: true)
        let bottom = Self.interpolate(
          xs, lower, from: centre - width / 2, to: centre + width / 2, max: false)
        guard bottom - top >= height + 2 else { continue }
        let baseline = TextMetrics.baseline(centredOn: (top + bottom) / 2, size: size)
        let box = TextMetrics.box(layer.name, x: centre, y: baseline, size: size, anchor: .middle)
        guard placer.place([box]) != nil else { continue }
        canvas.text(
          layer.name, x: centre, y: baseline, size: size, anchor: .middle,
          className: "chart-area-label",
          fill: Self.color(index).readableText.hex)
        break
      }
    }
  }

  /// The largest (`max`) or smallest y of the piecewise-linear edge through (xs, ys) over
  /// [from, to]: the tightest bound of the area across a label's width.
  private static func interpolate(
    _ xs: [Double], _ ys: [Double], from: Double, to: Double, max useMax: Bool
  ) -> Double {
    func at(_ position: Double) -> Double {
      guard let next = xs.firstIndex(where: { $0 >= position }) else { return ys[ys.count - 1] }
      guard next > 0 else { return ys[0] }
      let t = (position - xs[next - 1]) / (xs[next] - xs[next - 1])
      return ys[next - 1] + t * (ys[next] - ys[next - 1])
    }
    var values = [at(from), at(to)]
    for (position, y) in zip(xs, ys) where position > from && position < to { values.append(y) }
    return useMax ? values.max() ?? 0 : values.min() ?? 0
  }
}
