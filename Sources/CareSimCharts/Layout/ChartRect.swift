/// An axis-aligned rectangle in the chart's user units (y grows downward, as in SVG).
package struct ChartRect: Sendable, Hashable {
  /// The left edge.
  package var x: Double
  /// The top edge.
  package var y: Double
  /// The width, non-negative.
  package var width: Double
  /// The height, non-negative.
  package var height: Double

  /// Creates a rectangle from its top-left corner and size.
  package init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The right edge.
  package var maxX: Double { x + width }
  /// The bottom edge.
  package var maxY: Double { y + height }
  /// The horizontal centre.
  package var midX: Double { x + width / 2 }
  /// The vertical centre.
  package var midY: Double { y + height / 2 }

  /// Whether the two rectangles share more than `margin` in both directions.
  package func overlaps(_ other: ChartRect, margin: Double = 0) -> Bool {
    min(maxX, other.maxX) - max(x, other.x) > -margin
      && min(maxY, other.maxY) - max(y, other.y) > -margin
  }

  /// Whether `other` lies inside this rectangle.
  package func contains(_ other: ChartRect) -> Bool {
    other.x >= x - 1e-9 && other.maxX <= maxX + 1e-9 && other.y >= y - 1e-9
      && other.maxY <= maxY + 1e-9
  }

  /// The rectangle grown by `amount` on every side (shrunk if negative).
  package func outset(by amount: Double) -> ChartRect {
    ChartRect(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
  }
}
