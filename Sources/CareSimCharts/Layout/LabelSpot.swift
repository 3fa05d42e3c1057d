/// A place a label may take: where it is anchored and the box it would cover there.
///
/// Charts offer a label several spots in order of preference and draw it at the first that a
/// `LabelPlacer` finds free.
package struct LabelSpot: Sendable {
  /// The anchor position.
  package var x: Double
  /// The baseline.
  package var baseline: Double
  /// Which part of the label sits at `x`.
  package var anchor: TextAnchor
  /// The box the label covers here.
  package var box: ChartRect

  /// The spot of `label`, set in tick labels' size, anchored at (x, baseline).
  package init(_ label: String, x: Double, baseline: Double, anchor: TextAnchor) {
    self.x = x
    self.baseline = baseline
    self.anchor = anchor
    self.box = TextMetrics.box(
      label, x: x, y: baseline, size: ChartStyle.tickSize, anchor: anchor)
  }
}

extension ChartCanvas {
  /// Draws `label` over the data, in a white halo, at the first of `spots` that `placer` finds
  /// free, and takes that spot.
  ///
  /// - Returns: Whether a spot was free; if not, nothing is drawn and the chart notes the label
  ///   below the plot instead.
  package mutating func drawReferenceLabel(
    _ label: String, at spots: [LabelSpot], placer: inout LabelPlacer
  ) -> Bool {
    guard let chosen = placer.place(spots.map(\.box)) else { return false }
    let spot = spots[chosen]
    text(
      label, x: spot.x, y: spot.baseline, size: ChartStyle.tickSize, anchor: spot.anchor,
      className: "chart-reference-label", halo: true)
    return true
  }
}
