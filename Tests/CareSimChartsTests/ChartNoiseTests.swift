import Testing

@testable import CareSimCharts

/// No chart draws floating-point noise: a quantity that does not vary is stated, not drawn as a
/// colour scale or a stretched axis, and no label or tick needs more than six significant digits.
///
/// The data are the issue's: the Zvw's net benefit over a grid, equal but for the 15th digit
/// (−€369,959.893563442 and −€369,959.893563441), and the Wlz's, exactly constant (€619,051.4).
@Suite struct ChartNoiseTests {
  static let zvw = -369_959.893_563_442
  static let zvwNoisy = -369_959.893_563_441
  static let wlz = 619_051.4

  /// Values that differ only in their last digits, in a fixed order.
  static func noisy(_ count: Int, around value: Double) -> [Double] {
    (0..<count).map { $0 % 2 == 0 ? value : value.nextUp.nextUp }
  }

  /// The most significant digits of any number in a drawn text (tooltips left out).
  static func mostDigits(_ chart: any Chart, locale: ReportLocale) -> (Int, String) {
    var most = (0, "")
    for text in SVGElements(chart, locale: locale).named("text") {
      for number in numbers(in: text.text) {
        let digits = number.filter(\.isNumber).drop { $0 == "0" }.count
        if digits > most.0 { most = (digits, text.text) }
      }
    }
    return most
  }

  /// The runs of digits in `text` joined by grouping or decimal marks ("369,959.89" is one).
  static func numbers(in text: String) -> [String] {
    var runs: [String] = []
    var current = ""
    var pending = ""
    for character in text {
      if character.isNumber {
        current += pending + String(character)
        pending = ""
      } else if !current.isEmpty && (character == "," || character == "." || character == "\u{A0}")
        && pending.isEmpty
      {
        pending = String(character)
      } else {
        if !current.isEmpty { runs.append(current) }
        current = ""
        pending = ""
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  static let euros = ChartAxis("Net benefit", unit: "€", format: .euros)

  static var charts: [(String, any Chart)] {
    let grid = TernaryGrid(divisions: 4)
    let months = (0...24).map(Double.init)
    return [
      (
        "heat map",
        HeatMap(
          title: "Zvw", xAxis: ChartAxis("Cost factor"), yAxis: ChartAxis("Substitution"),
          colorAxis: euros, x: [0.8, 1, 1.2], y: [0, 0.15, 0.3],
          values: [[zvw, zvwNoisy, zvw], [zvwNoisy, zvw, zvwNoisy], [zvw, zvw, zvwNoisy]])
      ),
      (
        "constant heat map",
        HeatMap(
          title: "Wlz", xAxis: ChartAxis("Cost factor"), yAxis: ChartAxis("Substitution"),
          colorAxis: euros, x: [0.8, 1, 1.2], y: [0, 0.15],
          values: [[wlz, wlz, wlz], [wlz, wlz, wlz]])
      ),
      (
        "ternary",
        TernaryHeatMap(
          title: "Zvw", corners: (top: "a", bottomLeft: "b", bottomRight: "c"), colorAxis: euros,
          grid: grid, values: noisy(grid.cells.count, around: zvw))
      ),
      (
        "line",
        LineChart(
          title: "Wlz", xAxis: ChartAxis("Month"), yAxis: euros,
          series: [LineSeries("Wlz", x: months, y: noisy(months.count, around: wlz))])
      ),
      (
        "stacked area",
        StackedAreaChart(
          title: "Residents", xAxis: ChartAxis("Month"), yAxis: ChartAxis("Residents"), x: months,
          layers: [.init("At home", values: noisy(months.count, around: 1_000.000_000_01))])
      ),
      (
        "small multiples",
        SmallMultiples(
          title: "Wlz", xAxis: ChartAxis("Month"), yAxis: euros,
          panels: [
            .init("A", series: [LineSeries("Wlz", x: months, y: noisy(months.count, around: wlz))])
          ])
      ),
      (
        "scatter",
        ScatterChart(
          title: "Plane", xAxis: ChartAxis("QALYs"), yAxis: euros,
          points: noisy(10, around: zvw).enumerated().map {
            ChartPoint(x: 0.1 + 1e-15 * Double($0.offset), y: $0.element)
          })
      ),
      (
        "bars",
        DivergingBarChart(
          title: "Who pays", valueAxis: euros,
          bars: noisy(3, around: zvw).map { .init("Zvw", $0) }, negativeLabel: "Pays",
          positiveLabel: "Saves")
      ),
      (
        "tornado",
        TornadoChart(
          title: "Tornado", valueAxis: euros, base: zvw,
          rows: [
            .init("Cost factor", low: zvwNoisy, high: zvw), .init("Share", low: zvw, high: zvw),
          ])
      ),
      (
        "dot plot",
        DotPlot(
          title: "Targets", valueAxis: euros,
          rows: [
            .init("a", value: wlz, lower: wlz, upper: wlz.nextUp, status: "In"),
            .init("b", value: wlz.nextUp, status: "In"),
          ], statuses: ["In"])
      ),
    ]
  }

  /// Every kind, in both languages: no label or tick with more than six significant digits.
  @Test(arguments: [ReportLocale.en, .nl])
  func noLabelCarriesNoiseDigits(_ locale: ReportLocale) {
    for (name, chart) in Self.charts {
      let (digits, text) = Self.mostDigits(chart, locale: locale)
      #expect(digits <= NiceTicks.significantDigits, "\(name): \"\(text)\"")
    }
  }

  /// A heat map or ternary map whose values do not vary draws no colour scale and no contour:
  /// its cells take one neutral colour and the bar's place says "Same everywhere:" and the value.
  @Test func aMapThatDoesNotVaryIsStated() throws {
    for (name, chart) in Self.charts.prefix(3) {
      for locale in ReportLocale.allCases {
        let document = SVGElements(chart, locale: locale)
        #expect(document.withClass("chart-colorbar").isEmpty, "\(name)")
        #expect(document.withClass("mark-contour").isEmpty, "\(name)")
        let cells = Set(
          (document.withClass("mark-cell") + document.withClass("mark")).compactMap {
            $0.attributes["fill"]
          })
        #expect(cells.count <= 1, "\(name): \(cells)")
        let notes = document.withClass("chart-note").map(\.text)
        #expect(notes.first == ChartPhrases(locale).sameEverywhere, "\(name)")
      }
    }
    let notes = SVGElements(Self.charts[0].1).withClass("chart-note").map(\.text)
    #expect(notes == ["Same everywhere:", "−€369,960"])
    let dutch = SVGElements(Self.charts[1].1, locale: .nl).withClass("chart-note").map(\.text)
    #expect(dutch == ["Overal gelijk:", "€\u{A0}619.051"])
  }

  /// An axis over values that do not vary is not stretched over their noise: its ticks lie at
  /// round values around them, a tenth of the value either way.
  @Test func anAxisOverOneValueIsNotStretched() throws {
    let ticks = NiceTicks(covering: Self.wlz, Self.wlz.nextUp.nextUp, targetCount: 5)
    #expect(ticks.lower <= Self.wlz * 0.9 + 1 && ticks.upper >= Self.wlz * 1.1 - 1)
    let zvw = NiceTicks(covering: Self.zvw, Self.zvwNoisy, targetCount: 5)
    #expect(zvw.upper - zvw.lower >= Self.zvw.magnitude / 5)
    // Just above the noise floor the step is a unit of the sixth significant digit, not finer.
    let narrow = NiceTicks(covering: 619_051.2, 619_052.9, targetCount: 5)
    #expect(narrow.step == 1)
    #expect(NiceTicks.isUniform(Self.zvw, Self.zvwNoisy))
    #expect(NiceTicks.isUniform(619_051.2, 619_051.9))
    #expect(!NiceTicks.isUniform(619_051.2, 619_052.9))
    #expect(NiceTicks.isUniform(0, 0))
    #expect(!NiceTicks.isUniform(0, 1e-300))
  }
}
