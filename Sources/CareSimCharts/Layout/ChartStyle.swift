/// The type sizes and spacing every chart shares, in viewBox units.
///
/// Sizes are chosen for reading on paper and phones: the smallest text (ticks) is 12 units,
/// 8 CSS px on a 390 px phone and 9 pt on an A4 page.
package enum ChartStyle {
  /// The margin around the chart.
  package static let padding = 12.0
  /// The chart title, bold.
  package static let titleSize = 16.0
  /// Legend entries, axis titles, labels of rows and markers.
  package static let labelSize = 13.0
  /// Tick labels, value labels and notes.
  package static let tickSize = 12.0
  /// The height of a legend row and the step between title lines.
  package static let lineStep = 19.0
  /// The font stack: system faces first, DejaVu Sans (whose widths the layout assumes) last.
  package static let fontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', "
    + "'DejaVu Sans', sans-serif"
  /// The white outline behind labels drawn over data, so they stay readable.
  package static let halo: [(String, any SVGAttributeValue)] = [
    ("paint-order", "stroke"), ("stroke", "#ffffff"), ("stroke-width", 3.5),
    ("stroke-linejoin", "round"),
  ]
}
