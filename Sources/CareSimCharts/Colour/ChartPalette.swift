/// The colours, dash patterns and marker shapes of chart series, chosen to survive colour
/// blindness and greyscale print.
///
/// Categorical colours are Okabe and Ito's set, distinguishable under the common forms of colour
/// vision deficiency (Okabe, M. & Ito, K. (2008). Color Universal Design (CUD): How to make
/// figures and presentations that are friendly to colorblind people. https://jfly.uni-koeln.de/color/).
/// They are ordered for white paper: strong colours first, yellow (contrast 1.2:1 on white) last.
/// Colour alone never carries the distinction (WCAG 2.2 success criterion 1.4.1, "Use of
/// Color"): each line series also gets its own dash pattern and marker shape, so a greyscale
/// print still tells them apart.
public enum ChartPalette {
  /// Okabe–Ito colours in series order: blue, vermillion, bluish green, reddish purple, orange,
  /// sky blue, black, yellow.
  public static let categorical: [String] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442",
  ]

  /// SVG `stroke-dasharray` values in series order; the first is solid.
  public static let dashes: [String] = [
    "", "7 3", "2 2.5", "9 3 2 3", "4 4", "12 3", "1 3", "6 2 2 2",
  ]

  /// The colour of series `index` (cycling after eight).
  public static func color(_ index: Int) -> String {
    categorical[Int(index.magnitude % UInt(categorical.count))]
  }

  /// The dash pattern of series `index`; empty means solid.
  public static func dash(_ index: Int) -> String {
    dashes[Int(index.magnitude % UInt(dashes.count))]
  }

  /// The marker shape of series `index`.
  package static func marker(_ index: Int) -> MarkerShape {
    MarkerShape.allCases[Int(index.magnitude % UInt(MarkerShape.allCases.count))]
  }

  /// Text and axis lines: near-black on white, contrast 17:1.
  package static let ink = "#1a1a1a"
  /// Secondary text (axis titles, notes), contrast 10:1 on white.
  package static let softInk = "#3d3d3d"
  /// Axis lines and tick marks.
  package static let axis = "#595959"
  /// Gridlines: light enough to recede behind the data, dark enough to survive a photocopier.
  package static let grid = "#dcdcdc"
  /// The zero line and reference lines.
  package static let reference = "#262626"
  /// The colour of a band that belongs to no series.
  package static let unassigned = "#8c8c8c"
  /// The colour of a value below zero in bars: Okabe–Ito vermillion.
  package static let negative = "#d55e00"
  /// The colour of a value above zero in bars: Okabe–Ito blue.
  package static let positive = "#0072b2"
}
