/// Places categories (rows of a bar chart, cells of a heat map) in equal bands along a pixel
/// interval.
///
/// A band is `bandwidth` wide with `padding` of the step left empty between bands, half of it
/// before the first and after the last, as in the band scales of Vega and d3.
package struct BandScale: Sendable, Hashable {
  /// The number of bands.
  package var count: Int
  /// The start of the pixel interval.
  package var start: Double
  /// The end of the pixel interval.
  package var end: Double
  /// The share of each step left empty, in [0, 1).
  package var padding: Double

  /// A scale of `count` bands over [start, end].
  package init(count: Int, range start: Double, _ end: Double, padding: Double = 0) {
    precondition(count >= 0, "a band scale needs a non-negative count, got \(count)")
    precondition(padding >= 0 && padding < 1, "band padding must be in [0, 1), got \(padding)")
    self.count = count
    self.start = start
    self.end = end
    self.padding = padding
  }

  /// The distance between the starts of two neighbouring bands.
  package var step: Double { count == 0 ? 0 : (end - start) / Double(count) }

  /// The width of one band.
  package var bandwidth: Double { step * (1 - padding) }

  /// Where band `index` starts.
  package func bandStart(_ index: Int) -> Double {
    start + Double(index) * step + step * padding / 2
  }

  /// The centre of band `index`.
  package func centre(_ index: Int) -> Double { bandStart(index) + bandwidth / 2 }

  /// The position of a fractional index: 0 is the centre of the first band, 1 of the second.
  package func position(atIndex index: Double) -> Double {
    start + (index + 0.5) * step
  }
}
