/// A heat map over a triangle of three shares that sum to one, such as the mix of informal care,
/// home care and nursing-home care, with a marked point (today's mix).
///
/// The triangle's corners are the pure mixes; each small triangle is coloured by the outcome at
/// its centroid. Gridlines every 20% run parallel to the sides, and the ticks on each side give
/// the share of the corner that side runs toward, counter-clockwise (bottom: toward the right
/// corner; right side: toward the top; left side: toward the bottom left), as in the ternary
/// diagrams of soil science and petrology.
public struct TernaryHeatMap: Chart, RenderableChart {
  /// A labelled point on the triangle.
  public struct Mark: Sendable, Hashable {
    /// Where the point is.
    public var point: TernaryPoint
    /// Its label.
    public var label: String

    /// A point at `point` labelled `label`.
    public init(_ point: TernaryPoint, label: String) {
      self.point = point
      self.label = label
    }
  }

  /// The title above the chart.
  public var title: String
  /// The names of the three corners: top (a), bottom left (b), bottom right (c).
  public var corners: (top: String, bottomLeft: String, bottomRight: String)
  /// What a cell's tooltip and the chart's description name each share by ("Wmo 93%"), where a
  /// corner's name says more than its share ("Wmo pays all"); the corners' names when nil.
  public var shares: (top: String, bottomLeft: String, bottomRight: String)?
  /// What the colours mean: the outcome, with its unit and format.
  public var colorAxis: ChartAxis
  /// The cells.
  public var grid: TernaryGrid
  /// One value per cell of `grid`, in its order.
  public var values: [Double]
  /// A marked point, if any.
  public var mark: Mark?
  /// The chart's width; the triangle's size follows from it.
  public var width: Double

  /// A ternary heat map; see the properties.
  public init(
    title: String, corners: (top: String, bottomLeft: String, bottomRight: String),
    shares: (top: String, bottomLeft: String, bottomRight: String)? = nil,
    colorAxis: ChartAxis, grid: TernaryGrid, values: [Double], mark: Mark? = nil,
    width: Double = ChartSize.standard.width
  ) {
    precondition(
      values.count == grid.cells.count,
      "\(values.count) values for \(grid.cells.count) cells of the ternary grid")
    self.title = title
    self.corners = corners
    self.shares = shares
    self.colorAxis = colorAxis
    self.grid = grid
    self.values = values
    self.mark = mark
    self.width = width
  }

  package static let kind = "ternary"

  package static let legendMinimumCount = 1

  package func legend(formatter: ReportNumberFormatter) -> [LegendItem] {
    mark.map { [LegendItem($0.label, .marker(color: ChartPalette.ink, shape: .circle))] } ?? []
  }

  package func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> TernaryFrame {
    TernaryFrame(self, canvas: canvas, formatter: formatter)
  }

  package func draw(
    _ frame: TernaryFrame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter
  ) -> Double {
    let geometry = frame.geometry
    drawCells(frame: frame, formatter: formatter, on: &canvas)
    drawGrid(geometry: geometry, on: &canvas)
    drawTicks(frame: frame, formatter: formatter, on: &canvas)
    let bottom = drawCornerNames(frame: frame, on: &canvas)
    canvas.drawTitleAbove(colorAxis.label, y: frame.titleBaseline, anchor: .end)
    frame.heat.drawBar(
      on: &canvas, x: width - ChartStyle.padding - frame.barWidth, top: geometry.top.y,
      height: geometry.base - geometry.top.y, format: colorAxis.format, formatter: formatter)
    if !values.contains(where: \.isFinite) {
      canvas.drawNoData(
        in: ChartRect(
          x: geometry.left, y: geometry.top.y + geometry.height / 2, width: geometry.side,
          height: geometry.height / 2),
        locale: formatter.locale)
    }
    let phrases = ChartPhrases(formatter.locale)
    var notes: [String] = []
    if let mark, !drawMark(mark, frame: frame, on: &canvas) {
      notes.append(phrases.markedPointNote(mark.label))
    }
    notes.append(phrases.ternaryTicks)
    return canvas.drawNotes(notes, below: bottom)
  }

  package func description(of frame: TernaryFrame, formatter: ReportNumberFormatter) -> String {
    let names = shares ?? corners
    return ChartPhrases(formatter.locale).ternary(
      value: colorAxis.label, corners: [names.top, names.bottomLeft, names.bottomRight])
  }
}
