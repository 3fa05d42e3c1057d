import CareSimCharts
import Testing

/// The ternary heat map's triangle: as large as the width leaves, centred in its room, the
/// colour bar to its right.
@Suite struct TernaryFrameTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func frame(width: Double) -> (TernaryFrame, ChartCanvas) {
    let grid = TernaryGrid(divisions: 4)
    let chart = TernaryHeatMap(
      title: "Net benefit by the mix of care",
      corners: (top: "Informal care", bottomLeft: "Home care", bottomRight: "Nursing home"),
      colorAxis: ChartAxis("Net benefit", format: .euros), grid: grid,
      values: grid.cells.map { 4000 * $0.centroid.a - 3000 * $0.centroid.c }, width: width)
    let canvas = ChartFixtures.canvas(width: width)
    return (TernaryFrame(chart, canvas: canvas, formatter: formatter), canvas)
  }

  @Test(arguments: [240.0, 320, 520, 760, 2000])
  func theTriangleFitsItsRoom(width: Double) {
    let (frame, canvas) = Self.frame(width: width)
    let g = frame.geometry
    typealias Style = ChartStyle.Ternary
    #expect(g.side >= Style.minimumSide && g.side <= Style.maximumSide)
    #expect(frame.roomWidth == width - 2 * ChartStyle.padding - frame.barWidth - Style.colourBarGap)
    #expect((g.base - (frame.top + g.height)).magnitude < 1e-9)
    #expect(frame.top > frame.apexLabelBaseline && frame.apexLabelBaseline > frame.titleBaseline)
    #expect(frame.titleBaseline > canvas.headerBottom)
    // Centred in the room left by the side tick labels, which fit unless the side is the least.
    let margin = frame.tickLabelWidth + Style.tickLabelGap
    let leftGap = g.left - (ChartStyle.padding + margin)
    let rightGap = ChartStyle.padding + frame.roomWidth - margin - (g.left + g.side)
    #expect((leftGap - rightGap).magnitude < 1e-9)
    if g.side > Style.minimumSide { #expect(leftGap >= -1e-9) }
  }

  @Test func wideChartsStopAtTheLongestSide() {
    let (frame, _) = Self.frame(width: 2000)
    #expect(frame.geometry.side == ChartStyle.Ternary.maximumSide)
    let (narrow, _) = Self.frame(width: 320)
    #expect(narrow.geometry.side < ChartStyle.Ternary.maximumSide)
  }

  /// The colour bar is sized for the triangle's height, so its ticks fit that height.
  @Test func theBarIsSizedForTheTriangle() {
    let (frame, _) = Self.frame(width: 520)
    #expect(
      frame.barWidth
        == frame.heat.barWidth(
          format: .euros, formatter: Self.formatter, height: frame.geometry.height))
    #expect(frame.tickLabelWidth == TextMetrics.width("80%", size: ChartStyle.tickSize))
  }
}
