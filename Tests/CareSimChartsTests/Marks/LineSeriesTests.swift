import CareSimCharts
import Testing

/// Series, bands and marker lines built from parallel arrays.
@Suite struct LineSeriesTests {
  @Test func seriesPairTheirCoordinates() {
    let series = LineSeries("Wmo", x: [0, 1, 2], y: [5, .nan, 7])
    #expect(series.name == "Wmo")
    #expect(series.points.map(\.x) == [0, 1, 2])
    #expect(series.points.map(\.isFinite) == [true, false, true])
    #expect(series == LineSeries("Wmo", points: series.points))
    #expect(LineSeries("empty", x: [], y: []).points.isEmpty)
  }

  @Test func bandsPairTheirEdges() {
    let band = ChartBand("P5–P95", x: [0, 1], lower: [1, .nan], upper: [3, 4], around: "Wmo")
    #expect(band.series == "Wmo")
    #expect(band.points[0] == BandPoint(x: 0, lower: 1, upper: 3))
    #expect(band.points.map(\.isFinite) == [true, false])
    #expect(ChartBand("grey", points: []).series == nil)
  }

  /// A band point is finite only if its x and both edges are.
  @Test(arguments: [
    (0.0, 1.0, 2.0, true), (.nan, 1, 2, false), (0, -.infinity, 2, false), (0, 1, .nan, false),
  ])
  func bandPointsNeedThreeFiniteValues(x: Double, lower: Double, upper: Double, finite: Bool) {
    #expect(BandPoint(x: x, lower: lower, upper: upper).isFinite == finite)
  }

  @Test func markersCompareByPlaceAndLabel() {
    #expect(ChartMarker.vertical(x: 12, label: "a") == .vertical(x: 12, label: "a"))
    #expect(ChartMarker.vertical(x: 12, label: "a") != .horizontal(y: 12, label: "a"))
  }
}
