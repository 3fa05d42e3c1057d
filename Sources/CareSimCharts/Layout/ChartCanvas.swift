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
      title, maxWidth: innerWidth, size: size, bold: true, maxLines: ChartStyle.Header.titleLines)
    let isCut = lines.joined(separator: " ") != title
    var baseline = ChartStyle.padding + TextMetrics.ascent * size
    for (index, line) in lines.enumerated() {
      text(
        line, x: ChartStyle.padding, y: baseline, size: size, bold: true, className: "chart-title",
        tooltip: isCut && index == lines.count - 1 ? title : nil)
      baseline += ChartStyle.lineStep + ChartStyle.Header.titleLineGap
    }
    headerBottom =
      baseline - ChartStyle.lineStep - ChartStyle.Header.titleLineGap + TextMetrics.descent * size
      + ChartStyle.Header.belowTitle
  }

  /// Draws the legend in rows below the title, if it has `minimumCount` entries (by default
  /// two: one series needs no legend), and moves the header below it.
  ///
  /// A legend sits above the plot, never over the data; entries flow left to right and wrap.
  package mutating func drawLegend(_ items: [LegendItem], minimumCount: Int = 2) {
    guard items.count >= max(1, minimumCount) else { return }
    let size = ChartStyle.labelSize
    let swatchWidth = ChartStyle.Header.swatchWidth
    let swatchGap = ChartStyle.Header.swatchGap
    var x = ChartStyle.padding
    var rowTop = headerBottom + ChartStyle.Header.aboveLegend
    writer.open("g", ["class": "chart-legend"])
    for item in items {
      let room = innerWidth - swatchWidth - swatchGap
      let label = TextMetrics.truncated(item.label, maxWidth: room, size: size)
      let itemWidth = swatchWidth + swatchGap + TextMetrics.width(label, size: size)
      if x > ChartStyle.padding && x + itemWidth > width - ChartStyle.padding {
        x = ChartStyle.padding
        rowTop += ChartStyle.lineStep
      }
      let middle = rowTop + ChartStyle.lineStep / 2
      item.swatch.draw(into: &writer, x: x, y: middle, width: swatchWidth)
      text(
        label, x: x + swatchWidth + swatchGap,
        y: TextMetrics.baseline(centredOn: middle, size: size),
        size: size, className: "chart-legend-label", tooltip: label == item.label ? nil : item.label
      )
      x += itemWidth + ChartStyle.Header.legendEntryGap
    }
    writer.close("g")
    headerBottom = rowTop + ChartStyle.lineStep + ChartStyle.Header.belowLegend
  }

  /// Draws gridlines behind the data, each from (x1, y1) to (x2, y2).
  package mutating func drawGridLines(
    _ lines: [(x1: Double, y1: Double, x2: Double, y2: Double)]
  ) {
    writer.open(
      "g",
      [
        "class": "chart-grid", "stroke": ChartPalette.grid,
        "stroke-width": ChartStyle.Axes.lineWidth,
      ])
    for line in lines {
      writer.element("line", ["x1": line.x1, "y1": line.y1, "x2": line.x2, "y2": line.y2])
    }
    writer.close("g")
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

  /// Draws an axis title centred on `x`, a gap below `bottom` and kept inside the paddings, and
  /// returns the y below it (`bottom` if the title is empty).
  package mutating func drawAxisTitle(
    _ title: String, centredOn x: Double, below bottom: Double,
    gap: Double = ChartStyle.Axes.titleGap
  ) -> Double {
    guard !title.isEmpty else { return bottom }
    let size = ChartStyle.labelSize
    let baseline = bottom + gap + TextMetrics.ascent * size
    text(
      title, x: x, y: baseline, size: size, anchor: .middle, className: "chart-axis-title",
      fill: ChartPalette.softInk, maxWidth: innerWidth, keepInside: true)
    return baseline + TextMetrics.descent * size
  }

  /// Draws an axis title above a plot with its baseline at `y`, from the left padding (or, with
  /// `anchor: .end`, ending at the right padding); nothing if the title is empty.
  ///
  /// A y axis is titled above its plot, to be read without turning the page and to take no room
  /// from the plot's width.
  package mutating func drawTitleAbove(_ title: String, y: Double, anchor: TextAnchor = .start) {
    guard !title.isEmpty else { return }
    text(
      title, x: anchor == .end ? width - ChartStyle.padding : ChartStyle.padding, y: y,
      size: ChartStyle.labelSize, anchor: anchor, className: "chart-axis-title",
      fill: ChartPalette.softInk, maxWidth: innerWidth)
  }

  /// Draws `notes` as lines of small text a gap below `bottom`, and returns the y below them
  /// (below the gap if there are none).
  ///
  /// Labels that found no free place in the plot come here, so nothing is hidden or overlapped.
  package mutating func drawNotes(_ notes: [String], below bottom: Double) -> Double {
    let top = bottom + ChartStyle.Header.aboveNotes
    var baseline = top + TextMetrics.ascent * ChartStyle.tickSize
    for note in notes {
      for line in TextMetrics.wrapped(
        note, maxWidth: innerWidth, size: ChartStyle.tickSize,
        maxLines: ChartStyle.Header.noteLines)
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
    TextMetrics.lineHeight(ChartStyle.tickSize) + ChartStyle.Header.noteLineGap
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
