/// The drawing surface of one chart: a writer, the boxes of the texts drawn so far, the title and
/// legend at the top, notes at the bottom, and the `<svg>` element around it all.
///
/// Charts draw every text through `text(_:…)`, which records its estimated box; the golden tests
/// check that no two recorded boxes overlap and that all lie inside the viewBox, and the browser
/// check confirms it with real fonts.
package struct ChartCanvas: Sendable {
  /// The viewBox width.
  package let width: Double
  /// The markup of the chart's contents.
  package var writer = SVGWriter()
  /// The texts drawn so far, with their estimated boxes.
  package private(set) var texts: [(text: String, box: ChartRect)] = []
  /// The first free y below the title and legend.
  package private(set) var headerBottom = ChartStyle.padding

  /// A canvas `width` units wide.
  package init(width: Double) { self.width = width }

  /// The width available between the paddings.
  package var innerWidth: Double { width - 2 * ChartStyle.padding }

  /// Draws a text and records its box.
  ///
  /// - Parameters:
  ///   - content: The text; cut with an ellipsis to `maxWidth` if given, the full text then
  ///     becoming its tooltip.
  ///   - x: The anchor position.
  ///   - y: The baseline.
  ///   - size: The font size.
  ///   - anchor: Which part of the text sits at `x`.
  ///   - bold: Whether the text is bold.
  ///   - className: The class of the `<text>` element.
  ///   - fill: The text colour.
  ///   - halo: Whether to outline the text in white (for labels over data).
  ///   - maxWidth: The widest the text may be.
  ///   - tooltip: A tooltip for the text, if it is not cut.
  ///   - keepInside: Whether to move the text sideways, if needed, to keep it inside the
  ///     paddings (a title centred on a plot that is not centred in the chart).
  /// - Returns: The box of the drawn text.
  @discardableResult
  package mutating func text(
    _ content: String, x: Double, y: Double, size: Double, anchor: TextAnchor = .start,
    bold: Bool = false, className: String, fill: String = ChartPalette.ink, halo: Bool = false,
    maxWidth: Double? = nil, tooltip: String? = nil, keepInside: Bool = false
  ) -> ChartRect {
    var shown = content
    var title = tooltip
    if let maxWidth {
      shown = TextMetrics.truncated(content, maxWidth: maxWidth, size: size, bold: bold)
      if shown != content { title = content }
    }
    var x = x
    var box = TextMetrics.box(shown, x: x, y: y, size: size, anchor: anchor, bold: bold)
    if keepInside {
      let shift =
        max(0, ChartStyle.padding - box.x) - max(0, box.maxX - (width - ChartStyle.padding))
      x += shift
      box.x += shift
    }
    texts.append((shown, box))
    let anchorText = anchor == .start ? nil : anchor.rawValue
    var attributes: [(String, any SVGAttributeValue)] = [("class", className), ("x", x), ("y", y)]
    if let anchorText { attributes.append(("text-anchor", anchorText)) }
    if size != ChartStyle.labelSize { attributes.append(("font-size", size)) }
    if bold { attributes.append(("font-weight", "bold")) }
    if fill != ChartPalette.ink { attributes.append(("fill", fill)) }
    if halo {
      for (name, value) in ChartStyle.halo { attributes.append((name, value)) }
    }
    writer.text(shown, attributes, tooltip: title)
    return box
  }

  /// Draws the title in bold, wrapped to at most three lines, and moves the header below it.
  package mutating func drawTitle(_ title: String) {
    guard !title.isEmpty else { return }
    let size = ChartStyle.titleSize
    let lines = TextMetrics.wrapped(
      title, maxWidth: innerWidth, size: size, bold: true, maxLines: 3)
    let isCut = lines.joined(separator: " ") != title
    var baseline = ChartStyle.padding + TextMetrics.ascent * size
    for (index, line) in lines.enumerated() {
      text(
        line, x: ChartStyle.padding, y: baseline, size: size, bold: true, className: "chart-title",
        tooltip: isCut && index == lines.count - 1 ? title : nil)
      baseline += ChartStyle.lineStep + 3
    }
    headerBottom = baseline - ChartStyle.lineStep - 3 + TextMetrics.descent * size + 6
  }

  /// Draws the legend in rows below the title, if it has `minimumCount` entries (by default
  /// two: one series needs no legend), and moves the header below it.
  ///
  /// A legend sits above the plot, never over the data; entries flow left to right and wrap.
  package mutating func drawLegend(_ items: [LegendItem], minimumCount: Int = 2) {
    guard items.count >= max(1, minimumCount) else { return }
    let size = ChartStyle.labelSize
    let swatchWidth = 26.0
    let itemGap = 16.0
    var x = ChartStyle.padding
    var rowTop = headerBottom + 2
    writer.open("g", ["class": "chart-legend"])
    for item in items {
      let room = innerWidth - swatchWidth - 6
      let label = TextMetrics.truncated(item.label, maxWidth: room, size: size)
      let itemWidth = swatchWidth + 6 + TextMetrics.width(label, size: size)
      if x > ChartStyle.padding && x + itemWidth > width - ChartStyle.padding {
        x = ChartStyle.padding
        rowTop += ChartStyle.lineStep
      }
      let middle = rowTop + ChartStyle.lineStep / 2
      item.swatch.draw(into: &writer, x: x, y: middle, width: swatchWidth)
      text(
        label, x: x + swatchWidth + 6, y: TextMetrics.baseline(centredOn: middle, size: size),
        size: size, className: "chart-legend-label", tooltip: label == item.label ? nil : item.label
      )
      x += itemWidth + itemGap
    }
    writer.close("g")
    headerBottom = rowTop + ChartStyle.lineStep + 4
  }

  /// Writes "No data" in the middle of `area`, for a chart with nothing to draw.
  ///
  /// The text is not a mark, so the browser check still rejects a page that shows an empty
  /// chart; the reader of such a page at least learns why it is blank.
  package mutating func drawNoData(in area: ChartRect, locale: ReportLocale) {
    let size = ChartStyle.labelSize
    text(
      locale.noData, x: area.midX, y: TextMetrics.baseline(centredOn: area.midY, size: size),
      size: size, anchor: .middle, className: "chart-no-data", fill: ChartPalette.softInk,
      keepInside: true)
  }

  /// Moves the header bottom down to `y` (for charts that put more above the plot).
  package mutating func reserveHeader(to y: Double) { headerBottom = max(headerBottom, y) }

  /// Draws `notes` as lines of small text from `top`, and returns the y below them.
  ///
  /// Labels that found no free place in the plot come here, so nothing is hidden or overlapped.
  package mutating func drawNotes(_ notes: [String], from top: Double) -> Double {
    var baseline = top + TextMetrics.ascent * ChartStyle.tickSize
    for note in notes {
      for line in TextMetrics.wrapped(
        note, maxWidth: innerWidth, size: ChartStyle.tickSize, maxLines: 3)
      {
        text(
          line, x: ChartStyle.padding, y: baseline, size: ChartStyle.tickSize,
          className: "chart-note",
          fill: ChartPalette.softInk)
        baseline += Self.noteStep
      }
    }
    return notes.isEmpty
      ? top : baseline - Self.noteStep + TextMetrics.descent * ChartStyle.tickSize
  }

  /// The distance between the baselines of two note lines: the text's height and 4 units, so
  /// that boxes rounded outward to whole pixels do not touch.
  package static var noteStep: Double {
    (TextMetrics.ascent + TextMetrics.descent) * ChartStyle.tickSize + 4
  }

  /// The finished chart: the `<svg>` element `height` high around what was drawn.
  ///
  /// - Parameters:
  ///   - kind: The chart kind, for the class name (`chart chart-line`).
  ///   - title: The accessible title.
  ///   - description: A sentence on what the chart shows, appended to the accessible name.
  ///   - height: The content's bottom; the padding is added.
  /// - Returns: The `<svg>` element and the boxes of its texts.
  package func finished(
    kind: String, title: String, description: String, height: Double
  ) -> RenderedChart {
    let total = (height + ChartStyle.padding).rounded(.up)
    let label = [title, description].filter { !$0.isEmpty }.joined(separator: ". ")
    var root = SVGWriter()
    root.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg",
        "viewBox": "0 0 \(SVGNumber.format(width)) "
          + SVGNumber.format(total), "width": "100%", "role": "img", "aria-label": label,
        "class": "chart chart-\(kind)", "font-family": ChartStyle.fontFamily,
        "font-size": ChartStyle.labelSize, "fill": ChartPalette.ink,
      ])
    var svg = root.output
    svg += "<title>\(XMLText.escaped(label))</title>\n"
    svg += writer.output
    svg += "</svg>\n"
    return RenderedChart(svg: svg, width: width, height: total, texts: texts)
  }
}
