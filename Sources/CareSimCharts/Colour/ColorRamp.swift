/// A continuous colour scale for heat maps, from piecewise-linear stops in sRGB.
///
/// Both ramps have relative luminance monotone on each side, so order survives greyscale print
/// and colour-vision deficiency (tested in `ColorRampTests`):
/// - `sequential` is viridis (van der Walt, S. & Smith, N. (2015). A better default colormap for
///   Matplotlib. SciPy 2015; stops sampled from matplotlib's `_viridis_data`), dark purple to
///   yellow, luminance rising throughout.
/// - `diverging` runs orange–white–blue around zero, with ColorBrewer's stops (Harrower, M. &
///   Brewer, C. A. (2003). ColorBrewer.org: an online tool for selecting colour schemes for maps.
///   The Cartographic Journal 40(1), 27–37): the orange arm of PuOr below zero, the blue arm of
///   RdBu above, both marked colour-blind safe there. Orange marks losses (below zero) and blue
///   gains, as the bars do (`ChartPalette.negative`, `.positive`).
package struct ColorRamp: Sendable, Hashable {
  /// The colours at equally spaced positions from 0 to 1.
  package var stops: [RGBColor]

  /// A ramp through `stops`, at least two.
  package init(stops: [RGBColor]) {
    precondition(stops.count >= 2, "a colour ramp needs two stops, got \(stops.count)")
    self.stops = stops
  }

  /// The colour at `t` in [0, 1] (clamped; NaN gives the middle).
  package func color(at t: Double) -> RGBColor {
    let t = t.isNaN ? 0.5 : min(max(t, 0), 1)
    let scaled = t * Double(stops.count - 1)
    let index = min(Int(scaled.rounded(.down)), stops.count - 2)  // scaled is in [0, count - 1]
    return stops[index].mixed(with: stops[index + 1], scaled - Double(index))
  }

  /// Viridis, dark purple (low) to yellow (high).
  package static let sequential = ColorRamp(
    stops: [
      0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b,
      0xfde725,
    ].map { RGBColor(hex: $0) })

  /// Orange (below zero) through near-white (zero) to blue (above zero).
  package static let diverging = ColorRamp(
    stops: [
      0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3,
      0x2166ac, 0x053061,
    ].map { RGBColor(hex: $0) })
}
