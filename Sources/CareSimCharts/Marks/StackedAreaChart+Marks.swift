extension StackedAreaChart {
  /// Draws each layer as an area between its stack and the one below, bottom layer first.
  func drawAreas(stacks: [[Double]], frame: XYFrame, on canvas: inout ChartCanvas) {
    let bottomEdge = [Double](repeating: 0, count: x.count)
    for (index, layer) in layers.enumerated() {
      let upper = stacks[index]
      let lower = index == 0 ? bottomEdge : stacks[index - 1]
      var points = x.indices.map { (frame.x.position(x[$0]), frame.y.position(upper[$0])) }
      points += x.indices.reversed().map { (frame.x.position(x[$0]), frame.y.position(lower[$0])) }
      canvas.writer.element(
        "path",
        [
          "class": "mark mark-area", "d": PathData.polygon(points).text,
          "fill": Self.color(index).hex, "stroke": "#ffffff",
          "stroke-width": ChartStyle.Areas.outlineWidth, "stroke-linejoin": "round",
        ], tooltip: layer.name)
    }
  }

  /// Names each layer inside its area, at the thickest place where the whole label fits.
  func drawLayerNames(stacks: [[Double]], frame: XYFrame, on canvas: inout ChartCanvas) {
    guard x.count >= 2 else { return }
    typealias Style = ChartStyle.Areas
    let size = ChartStyle.tickSize
    let xs = x.map { frame.x.position($0) }
    var placer = LabelPlacer(bounds: frame.plot.outset(by: -Style.labelInset))
    for (index, layer) in layers.enumerated() {
      let upper = stacks[index].map { frame.y.position($0) }
      let lower = (index == 0 ? [Double](repeating: 0, count: x.count) : stacks[index - 1]).map {
        frame.y.position($0)
      }
      let width = TextMetrics.width(layer.name, size: size)
      let height = TextMetrics.lineHeight(size)
      // Columns by thickness, thickest first; ties keep their x order.
      let order = x.indices.sorted { (lower[$0] - upper[$0], -$0) > (lower[$1] - upper[$1], -$1) }
      for column in order.prefix(12)
      where lower[column] - upper[column] >= height + Style.columnClearance {
        let centre = min(
          max(xs[column], frame.plot.x + width / 2 + Style.labelMargin),
          frame.plot.maxX - width / 2 - Style.labelMargin)
        let top = Self.interpolate(
          xs, upper, from: centre - width / 2, to: centre + width / 2, max: true)
        let bottom = Self.interpolate(
          xs, lower, from: centre - width / 2, to: centre + width / 2, max: false)
        guard bottom - top >= height + Style.labelClearance else { continue }
        let baseline = TextMetrics.baseline(centredOn: (top + bottom) / 2, size: size)
        let box = TextMetrics.box(layer.name, x: centre, y: baseline, size: size, anchor: .middle)
        guard placer.place([box]) != nil else { continue }
        canvas.text(
          layer.name, x: centre, y: baseline, size: size, anchor: .middle,
          className: "chart-area-label", fill: Self.color(index).readableText.hex)
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
