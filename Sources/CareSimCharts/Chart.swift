/// A chart that renders itself as one self-contained `<svg>` element for a report page.
///
/// A chart is a value: its title, axes (with units), series and legend, and nothing that depends
/// on the machine. Rendering is a pure function of the value and the locale, so the same chart
/// gives the same bytes everywhere, and golden files can pin them.
///
/// Every chart's SVG has a viewBox and `width="100%"`, so it scales to a phone; `role="img"`,
/// an `aria-label` and a `<title>` for screen readers; class names on its parts (`mark` and
/// `mark-line`, `mark-bar`, … on every drawn data mark; `chart-axis`, `chart-grid`,
/// `chart-legend`, `chart-tick`, … on the rest) so a browser test can tell data from furniture;
/// and every text inside the viewBox, apart from every other text. All class names but `mark`
/// carry a `chart-` or `mark-` prefix, because a page's CSS reaches into inline SVG: a page rule
/// for `.note` once enlarged a chart's note until it overflowed.
public protocol Chart: Sendable {
  /// The chart's title, drawn above it and read as its accessible name.
  var title: String { get }

  /// The chart as an `<svg>` element, numbers written in `locale`.
  func svg(locale: ReportLocale) -> String
}

/// The size of a chart, in the user units of its viewBox (CSS pixels at 100% width of a 520 px
/// column).
///
/// The width is fixed and the height follows from the content (title lines, legend rows, rows of
/// a bar chart), so a chart never squeezes its labels. 520 units suits a memo column and a phone:
/// on a 390 px phone, 12-unit tick labels still read at 8 px or more.
public struct ChartSize: Sendable, Hashable {
  /// The width of the viewBox.
  public var width: Double
  /// The height of the plotting area of charts that have one free (lines, areas, heat maps).
  public var plotHeight: Double

  /// A size `width` wide with a plot `plotHeight` high.
  public init(width: Double = 520, plotHeight: Double = 230) {
    precondition(width >= 240, "a chart needs at least 240 units of width, got \(width)")
    precondition(plotHeight >= 60, "a plot needs at least 60 units of height, got \(plotHeight)")
    self.width = width
    self.plotHeight = plotHeight
  }

  /// The default size: 520 wide, plot 230 high.
  public static let standard = ChartSize()
}

/// A chart drawn in the steps every kind shares: the title and legend at the top, a layout that
/// measures axes and labels and returns the frame, the kind's marks on that frame, the notes
/// below; and the SVG element around it all, with the estimated boxes of its texts for tests.
///
/// A kind says only what differs: its legend, its layout, its marks and its description.
package protocol RenderableChart: Chart {
  /// What the layout measures and the marks are drawn on: a plot with its scales, rows, panels.
  associatedtype Frame

  /// The kind's name in the class of the `<svg>` element (`chart chart-line`).
  static var kind: String { get }

  /// The fewest legend entries for which the legend is drawn (by default two: one series needs
  /// no legend).
  static var legendMinimumCount: Int { get }

  /// The width of the viewBox.
  var width: Double { get }

  /// The legend's entries, drawn under the title.
  func legend(formatter: ReportNumberFormatter) -> [LegendItem]

  /// Measures axes, labels and margins below the canvas's header and returns the frame.
  func layout(on canvas: ChartCanvas, formatter: ReportNumberFormatter) -> Frame

  /// Draws the marks, axes and notes on `frame`, and returns the y below everything drawn.
  func draw(_ frame: Frame, on canvas: inout ChartCanvas, formatter: ReportNumberFormatter)
    -> Double

  /// A sentence on what the chart shows, read after its title as its accessible name.
  func description(of frame: Frame, formatter: ReportNumberFormatter) -> String
}

extension RenderableChart {
  package static var legendMinimumCount: Int { 2 }

  /// The chart as an `<svg>` element, numbers written in `locale`.
  public func svg(locale: ReportLocale) -> String { render(locale: locale).svg }

  /// The chart's SVG and the estimated box of every text in it.
  package func render(locale: ReportLocale) -> RenderedChart {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle(title)
    canvas.drawLegend(legend(formatter: formatter), minimumCount: Self.legendMinimumCount)
    let frame = layout(on: canvas, formatter: formatter)
    let bottom = draw(frame, on: &canvas, formatter: formatter)
    return canvas.finished(
      kind: Self.kind, title: title, description: description(of: frame, formatter: formatter),
      height: bottom)
  }
}

/// A rendered chart: the SVG text and, for tests, the estimated box of every text in it.
package struct RenderedChart: Sendable {
  /// The `<svg>` element.
  package var svg: String
  /// The viewBox width.
  package var width: Double
  /// The viewBox height.
  package var height: Double
  /// The estimated box of each `<text>`, in drawing order, with its content.
  package var texts: [(text: String, box: ChartRect)]
}
