/// Maps a data interval linearly onto a pixel interval.
///
/// The pixel interval may run backwards (a y axis maps larger values upward, to smaller y).
package struct LinearScale: Sendable, Hashable {
  /// The data value drawn at `rangeStart`.
  package var domainLower: Double
  /// The data value drawn at `rangeEnd`.
  package var domainUpper: Double
  /// Where `domainLower` is drawn.
  package var rangeStart: Double
  /// Where `domainUpper` is drawn.
  package var rangeEnd: Double

  /// A scale from [domainLower, domainUpper] onto [rangeStart, rangeEnd].
  ///
  /// An empty domain is widened by one unit, so every value has a position.
  package init(domain lower: Double, _ upper: Double, range start: Double, _ end: Double) {
    self.domainLower = lower
    self.domainUpper = upper > lower ? upper : lower + 1
    self.rangeStart = start
    self.rangeEnd = end
  }

  /// A scale over the range of `ticks`.
  package init(ticks: NiceTicks, range start: Double, _ end: Double) {
    self.init(domain: ticks.lower, ticks.upper, range: start, end)
  }

  /// The position of `value`; values outside the domain extrapolate.
  package func position(_ value: Double) -> Double {
    // Each side is divided before subtracting, so a domain near ±1e308 cannot overflow.
    let t = (value / 2 - domainLower / 2) / (domainUpper / 2 - domainLower / 2)
    return rangeStart + t * (rangeEnd - rangeStart)
  }

  /// The position of `value`, clamped to the range.
  package func clampedPosition(_ value: Double) -> Double {
    let position = position(value)
    return min(max(position, min(rangeStart, rangeEnd)), max(rangeStart, rangeEnd))
  }

  /// The length in pixels of one data unit (signed).
  package var pixelsPerUnit: Double {
    (rangeEnd - rangeStart) / (domainUpper - domainLower)
  }
}
