/// Places labels at the first of their candidate positions that is free, so labels never overlap.
///
/// Each label offers positions in order of preference (right of a marker line, then left, then
/// lower); the placer takes the first that lies inside the bounds and keeps `gap` from every box
/// placed or reserved before. A label with no free position is reported, and the chart moves it
/// to a note below the plot rather than draw it over another. Greedy first-fit is enough for the
/// handful of labels a chart has (Christensen, Marks & Shieber 1995 compare it with costlier
/// point-feature placement methods); each placement is O(placed boxes).
package struct LabelPlacer: Sendable {
  /// Where labels may go.
  package var bounds: ChartRect
  /// The space kept between two labels.
  package var gap: Double
  /// The boxes placed or reserved so far.
  package private(set) var occupied: [ChartRect] = []

  /// Creates a placer for labels inside `bounds`.
  package init(bounds: ChartRect, gap: Double = 2) {
    self.bounds = bounds
    self.gap = gap
  }

  /// Marks `box` as taken without checking it (axis labels, the legend).
  package mutating func reserve(_ box: ChartRect) { occupied.append(box) }

  /// Whether `box` is inside the bounds and clear of every taken box.
  package func isFree(_ box: ChartRect) -> Bool {
    bounds.contains(box) && !occupied.contains { $0.overlaps(box, margin: gap) }
  }

  /// Takes the first free candidate and returns its index, or nil if none is free.
  package mutating func place(_ candidates: [ChartRect]) -> Int? {
    guard let index = candidates.firstIndex(where: isFree) else { return nil }
    occupied.append(candidates[index])
    return index
  }
}
