import CareSimCharts
import Testing

/// Lines, bands and labelled marker lines on an x–y plot.
@Suite struct XYMarksTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  /// A frame over months 0–36 and values 0–100.
  static let frame = XYFrame.layout(
    canvas: ChartFixtures.canvas(), xAxis: ChartAxis("Month"), xValues: [0, 36],
    yAxis: ChartAxis("Value"), yValues: [0, 100], plotHeight: 230, formatter: formatter,
    tightX: true)

  static func drawn(_ draw: (inout ChartCanvas) -> Void) -> (SVGElements, ChartCanvas) {
    var canvas = ChartCanvas(width: 520)
    draw(&canvas)
    return (SVGElements(canvas.writer.output), canvas)
  }

  @Test func runsSplitAtNonFiniteElements() {
    let values: [Double] = [1, .nan, 2, 3, .infinity, .nan, 4]
    #expect(XYMarks.runs(values, isFinite: \.isFinite).map(Array.init) == [[1], [2, 3], [4]])
    #expect(XYMarks.runs([1.0, 2], isFinite: \.isFinite).count == 1)
    #expect(XYMarks.runs([Double.nan], isFinite: \.isFinite).isEmpty)
    #expect(XYMarks.runs([Double](), isFinite: \.isFinite).isEmpty)
  }

  @Test func valuesCollectEveryCoordinate() {
    let values = XYMarks.values(
      series: [LineSeries("a", x: [0, 1], y: [5, 6])],
      bands: [ChartBand("b", x: [2], lower: [-1], upper: [9])],
      markers: [.vertical(x: 40, label: "v"), .horizontal(y: 100, label: "h")])
    #expect(values.x == [0, 1, 2, 40])
    #expect(values.y == [5, 6, -1, 9, 100])
  }

  @Test func bandsTakeTheirSeriesColour() {
    let names = ["Society", "Wmo"]
    #expect(
      XYMarks.color(of: ChartBand("b", points: [], around: "Wmo"), among: names)
        == ChartPalette.color(1))
    #expect(
      XYMarks.color(of: ChartBand("b", points: [], around: "Zvw"), among: names)
        == ChartPalette.unassigned)
    #expect(XYMarks.color(of: ChartBand("b", points: []), among: names) == ChartPalette.unassigned)
  }

  /// A gap splits the line into subpaths; a short series has a marker on each finite point.
  @Test func linesBreakAtGapsAndMarkShortSeries() throws {
    let series = LineSeries("a", x: [0, 1, 2, 3, 4], y: [10, 20, .nan, 40, 50])
    let (document, _) = Self.drawn { canvas in
      XYMarks.drawLine(series, index: 1, count: 2, frame: Self.frame, on: &canvas)
    }
    let line = try #require(document.withClass("mark-line").first)
    #expect(line.attributes["d"]?.filter { $0 == "M" }.count == 2)
    #expect(line.attributes["stroke"] == ChartPalette.color(1))
    #expect(line.attributes["stroke-dasharray"] == ChartPalette.dash(1))
    #expect(document.withClass("mark-point").count == 4)
  }

  /// A long series carries six markers, whatever its length.
  @Test(arguments: [13, 37, 500])
  func longSeriesCarrySixMarkers(count: Int) {
    let x = (0..<count).map { 36 * Double($0) / Double(count - 1) }
    let series = LineSeries("a", x: x, y: x.map { $0 * 2 })
    for index in 0..<3 {
      let (document, _) = Self.drawn { canvas in
        XYMarks.drawLine(series, index: index, count: 3, frame: Self.frame, on: &canvas)
      }
      #expect(document.withClass("mark-point").count == 6)
    }
  }

  @Test func nothingFiniteDrawsNothing() {
    let (document, _) = Self.drawn { canvas in
      XYMarks.drawLine(
        LineSeries("a", x: [0, 1], y: [.nan, .nan]), index: 0, count: 1, frame: Self.frame,
        on: &canvas)
      XYMarks.drawBand(
        ChartBand("b", x: [0], lower: [.nan], upper: [1]), color: "#000000", frame: Self.frame,
        on: &canvas)
    }
    #expect(document.all.count == 1)  // the wrapping <svg> only
  }

  /// A band is one path, one closed piece per run of finite points, named in its tooltip.
  @Test func bandsCloseEachRun() throws {
    let band = ChartBand(
      "P5–P95", x: [0, 1, 2, 3, 4], lower: [0, 1, .nan, 3, 4], upper: [5, 6, 7, 8, 9])
    let (document, _) = Self.drawn { canvas in
      XYMarks.drawBand(band, color: "#0072b2", frame: Self.frame, on: &canvas)
    }
    let path = try #require(document.withClass("mark-band").first)
    #expect(path.attributes["d"]?.filter { $0 == "Z" }.count == 2)
    #expect(path.attributes["fill-opacity"] == "0.2")
    #expect(document.named("title").first?.text == "P5–P95")
  }

  /// Marker lines cross the plot with their labels in it; a non-finite one is skipped, and a
  /// label with no free spot becomes a note.
  @Test func markerLabelsFindRoomOrBecomeNotes() {
    let markers: [ChartMarker] =
      [.vertical(x: .nan, label: "skipped"), .horizontal(y: 50, label: "Target")]
      + Array(repeating: .vertical(x: 18, label: "Break-even: month 18"), count: 11)
    var notes: [String] = []
    let (document, canvas) = Self.drawn { canvas in
      notes = XYMarks.drawMarkers(markers, frame: Self.frame, on: &canvas)
    }
    #expect(document.withClass("chart-reference").count == 12)
    #expect(notes == ["Break-even: month 18"])
    let labels = document.withClass("chart-reference-label").map(\.text)
    #expect(labels.count == 11 && labels.first == "Target")
    let plot = Self.frame.plot
    #expect(canvas.texts.allSatisfy { plot.contains($0.box) })
  }
}
