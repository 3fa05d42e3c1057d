import CareSimCharts
import Testing

/// Series colours, dashes and markers that survive colour blindness and greyscale print.
@Suite struct ChartPaletteTests {
  static let white = RGBColor(hex: 0xFFFFFF)

  /// Eight series differ in colour, dash and marker alike; the first is solid.
  @Test func eightSeriesDifferInEveryChannel() {
    #expect(Set(ChartPalette.categorical).count == 8)
    #expect(Set(ChartPalette.dashes).count == 8)
    #expect(Set((0..<8).map(ChartPalette.marker)).count == MarkerShape.allCases.count)
    #expect(ChartPalette.dash(0).isEmpty)
    #expect(ChartPalette.categorical.allSatisfy { RGBColor(css: $0) != nil })
  }

  /// Past eight the styles cycle, and no index (negative included) traps.
  @Test(arguments: [0, 3, 7, 8, 15, 1000, -1, -9, Int.min])
  func stylesCycle(index: Int) {
    let cycled = Int(index.magnitude % 8)
    #expect(ChartPalette.color(index) == ChartPalette.categorical[cycled])
    #expect(ChartPalette.dash(index) == ChartPalette.dashes[cycled])
    #expect(ChartPalette.marker(index) == MarkerShape.allCases[cycled])
  }

  /// Bars below and above zero take the first two series colours: vermillion and blue.
  @Test func barColoursAreSeriesColours() {
    #expect(ChartPalette.negative == ChartPalette.categorical[1])
    #expect(ChartPalette.positive == ChartPalette.categorical[0])
    #expect(ChartPalette.negative != ChartPalette.positive)
  }

  /// The contrasts on white the palette promises: ink 17:1, soft ink 10:1; yellow, the faintest
  /// series colour, last (its comment says 1.2:1; by WCAG's formula it is 1.3:1).
  @Test func contrastsOnWhite() throws {
    let ink = try #require(RGBColor(css: ChartPalette.ink))
    let softInk = try #require(RGBColor(css: ChartPalette.softInk))
    #expect(ink.contrast(with: Self.white) >= 17)
    #expect(softInk.contrast(with: Self.white) >= 10)
    let contrasts = ChartPalette.categorical.compactMap(RGBColor.init(css:)).map {
      $0.contrast(with: Self.white)
    }
    #expect(contrasts.last == contrasts.min())
    #expect(try #require(contrasts.last) < 1.5)
    // Gridlines recede: lighter than the axis, which is lighter than the reference lines.
    let grid = try #require(RGBColor(css: ChartPalette.grid)).relativeLuminance
    let axis = try #require(RGBColor(css: ChartPalette.axis)).relativeLuminance
    let reference = try #require(RGBColor(css: ChartPalette.reference)).relativeLuminance
    #expect(grid > axis && axis > reference)
  }
}
