import CareSimCharts

/// Small fixed data for every chart kind, shared by the golden tests and the gallery.
///
/// The data are made with polynomials only (no `sin`, `exp` or `log`, whose last bits differ
/// between C libraries), so the golden SVGs are the same on every machine.
enum ChartFixtures {
  /// Every fixture chart by name, in gallery order.
  static let all: [(name: String, chart: any RenderableChart)] = [
    ("line", line),
    ("diverging-bars", divergingBars),
    ("tornado", tornado),
    ("stacked-area", stackedArea),
    ("heat-map", heatMap),
    ("scatter", scatter),
    ("dot-plot", dotPlot),
    ("dot-plot-band", dotPlotWithBand),
    ("ternary", ternary),
    ("small-multiples", smallMultiples),
  ]

  static let months = (0...36).map(Double.init)

  /// The frame `chart` is drawn on: laid out below its title and legend, as `render` does.
  static func frame<C: RenderableChart>(of chart: C, locale: ReportLocale = .en) -> C.Frame {
    let formatter = ReportNumberFormatter(locale: locale)
    var canvas = ChartCanvas(width: chart.width)
    canvas.drawTitle(chart.title)
    canvas.drawLegend(chart.legend(formatter: formatter), minimumCount: C.legendMinimumCount)
    return chart.layout(on: canvas, formatter: formatter)
  }

  /// A canvas `width` wide with a title drawn, as a kind's layout sees it.
  static func canvas(width: Double = 520) -> ChartCanvas {
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle("A title")
    return canvas
  }

  /// Cumulative net benefit to society per resident with its P5–P95 fan, a second perspective,
  /// the break-even month and a budget line.
  static let line: LineChart = {
    let society = months.map { m in -1200 + 110 * m - 0.9 * m * m }
    let municipality = months.map { m in -1500 + 60 * m - 0.2 * m * m }
    return LineChart(
      title: "Cumulative net benefit per resident, by perspective",
      xAxis: ChartAxis("Month"),
      yAxis: ChartAxis("Net benefit", unit: "€ per resident, discounted", format: .euros),
      series: [
        LineSeries("Society (mean)", x: months, y: society),
        LineSeries("Municipality, Wmo (mean)", x: months, y: municipality),
      ],
      bands: [
        ChartBand(
          "Society P5–P95", x: months,
          lower: zip(months, society).map { m, v in v - 150 - 18 * m },
          upper: zip(months, society).map { m, v in v + 150 + 18 * m }, around: "Society (mean)")
      ],
      markers: [
        .vertical(x: 12, label: "Break-even: month 12"),
        .horizontal(y: 1000, label: "Target €1,000"),
      ])
  }()

  /// Who pays and who saves, per funder, over ten years.
  static let divergingBars = DivergingBarChart(
    title: "Who pays and who saves: net amount per resident over ten years",
    valueAxis: ChartAxis("Net saving", unit: "€ per resident, discounted", format: .euros),
    bars: [
      .init("Long-term care (Wlz)", 4_520_496.971399667 / 1000),
      .init("Municipality (Wmo)", -1834.5),
      .init("Health insurance (Zvw)", 812),
      .init("Informal carers, valued at replacement cost", -655.25),
      .init("Intervention budget", -2100),
    ],
    negativeLabel: "Pays more", positiveLabel: "Saves")

  /// One-way sensitivity of the net benefit to six parameters around a base of €1,850.
  static let tornado = TornadoChart(
    title: "Net benefit per resident when one parameter moves to the end of its range",
    valueAxis: ChartAxis("Net benefit", unit: "€ per resident", format: .euros),
    base: 1850,
    rows: [
      .init(
        "Uptake of the intervention", low: 400, high: 3100, lowSetting: "20%", highSetting: "60%"),
      .init(
        "Discount rate for costs", low: 2150, high: 1500, lowSetting: "1.5%", highSetting: "4%"),
      .init(
        "Monthly price per participant", low: 2900, high: 800, lowSetting: "€40",
        highSetting: "€120"),
      .init("Effect on nursing-home admission (hazard ratio)", low: 3600, high: -250),
      .init("Carer burden relief", low: 1700, high: 2050),
      .init("Mortality", low: 1850, high: 1850),
    ])

  /// Share of residents per state over 36 months.
  static let stackedArea: StackedAreaChart = {
    let home = months.map { m in 1000 - 14 * m + 0.1 * m * m }
    let homeCare = months.map { m in 8 * m - 0.05 * m * m }
    let nursingHome = months.map { m in 3 * m }
    let died = months.map { m in 3 * m - 0.05 * m * m + 0.0 }
    return StackedAreaChart(
      title: "Where residents live, month by month",
      xAxis: ChartAxis("Month"), yAxis: ChartAxis("Share of residents", format: .percent),
      x: months,
      layers: [
        .init("At home", values: home), .init("At home with care", values: homeCare),
        .init("Nursing home", values: nursingHome), .init("Died", values: died),
      ],
      normalised: true)
  }()

  /// Net benefit over price × uptake, with the break-even line.
  static let heatMap: HeatMap = {
    let prices = stride(from: 40.0, through: 120, by: 10).map { $0 }
    let uptakes = stride(from: 0.1, through: 0.7, by: 0.05).map { $0 }
    let values = uptakes.map { u in prices.map { p in 9000 * u - 45 * p - 1500 * u * u } }
    return HeatMap(
      title: "Net benefit by price and uptake",
      xAxis: ChartAxis("Price", unit: "€ per participant per month", format: .euros),
      yAxis: ChartAxis("Uptake", format: .percent),
      colorAxis: ChartAxis("Net benefit", unit: "€ per resident", format: .euros),
      x: prices, y: uptakes, values: values)
  }()

  /// A cost-effectiveness plane of 400 runs from a fixed-seed generator, with three
  /// willingness-to-pay lines.
  static let scatter: ScatterChart = {
    var state: UInt64 = 42
    func uniform() -> Double {
      // SplitMix64 (Steele, Lea & Flood 2014), inlined so the fixture needs only the test file.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Double((z ^ (z >> 31)) >> 11) / 9_007_199_254_740_992
    }
    func normal() -> Double { (0..<12).reduce(0) { sum, _ in sum + uniform() } - 6 }
    let points = (0..<400).map { _ in
      let q = 0.06 + 0.05 * normal()
      return ChartPoint(x: q, y: 1400 + 900 * normal() + 12_000 * q)
    }
    return ScatterChart(
      title: "Cost-effectiveness plane: 400 runs of the probabilistic sensitivity analysis",
      xAxis: ChartAxis("QALYs gained", unit: "per resident"),
      yAxis: ChartAxis("Extra cost", unit: "€ per resident", format: .euros),
      points: points, highlight: .init(ChartPoint(x: 0.06, y: 2120), label: "Mean"),
      slopes: [
        .init(20_000, label: "€20k per QALY"), .init(50_000, label: "€50k per QALY"),
        .init(80_000, label: "€80k per QALY"),
      ])
  }()

  /// Published figures against the model's estimates.
  static let dotPlot = DotPlot(
    title: "Model estimates against published figures",
    valueAxis: ChartAxis("Share of residents", format: .percent),
    rows: [
      .init(
        "Nursing-home admission within 2 years", value: 0.112, lower: 0.094, upper: 0.131,
        reference: 0.12, status: "Within interval"),
      .init(
        "Uses home care after 1 year", value: 0.34, lower: 0.31, upper: 0.37, reference: 0.29,
        status: "Near"),
      .init(
        "Informal carer reports high burden (Ervaren Druk door Informele Zorg)", value: 0.215,
        lower: 0.18, upper: 0.25, reference: 0.41, status: "Outside"),
      .init(
        "Died within 2 years", value: 0.087, lower: 0.075, upper: 0.1, reference: 0.09,
        status: "Within interval"),
    ],
    statuses: ["Within interval", "Near", "Outside"])

  /// Distances of calibration targets from their national figures, in standard errors, with the
  /// ±2 band: one row inside, one outside on each side, one not measured, one whose whisker
  /// crosses the band's edge.
  static let dotPlotWithBand = DotPlot(
    title: "Fitted targets: distance from the national figure",
    valueAxis: ChartAxis(
      "Distance", unit: "standard errors of the national figure", domain: -4...4),
    rows: [
      .init(
        "Remaining life expectancy at 80, both sexes (years)", value: 0.4, lower: -0.1,
        upper: 0.9, reference: 0, status: "In the band"),
      .init(
        "Share of residents aged 80+ in a care or nursing home", value: -2.9, lower: -3.3,
        upper: -2.5, reference: 0, status: "Outside the band"),
      .init(
        "Zvw cost per resident-year, 65+", value: 1.8, lower: 1.2, upper: 2.4, reference: 0,
        status: "In the band"),
      .init(
        "Deaths a year per resident aged 80+", value: 3.25, lower: 2.75, upper: 3.75,
        reference: 0, status: "Outside the band"),
      .init(
        "Quality of life change at 75-95", value: .nan, reference: 0, status: "Not measured"),
    ],
    statuses: ["In the band", "Outside the band", "Not measured"],
    referenceLabel: "National figure",
    band: DotPlot.Band("±2 standard errors", lower: -2, upper: 2))

  /// Net benefit over the mix of care, with today's mix marked.
  static let ternary: TernaryHeatMap = {
    let grid = TernaryGrid(divisions: 10)
    let values = grid.cells.map { cell in
      let c = cell.centroid
      return 4000 * c.a - 3000 * c.c + 1500 * c.b * c.a - 600
    }
    return TernaryHeatMap(
      title: "Net benefit by the mix of care",
      corners: (top: "Informal care", bottomLeft: "Home care", bottomRight: "Nursing home"),
      colorAxis: ChartAxis("Net benefit", unit: "€ per resident", format: .euros),
      grid: grid, values: values,
      mark: .init(TernaryPoint(a: 0.5, b: 0.35, c: 0.15), label: "Today's mix"))
  }()

  /// The same trajectory for four municipalities.
  static let smallMultiples: SmallMultiples = {
    let names = ["Amsterdam", "Utrecht", "Zwolle", "Súdwest-Fryslân"]
    let panels = names.enumerated().map { index, name in
      let k = Double(index)
      let control = months.map { m in 0.82 - (0.004 + 0.0005 * k) * m }
      let intervention = months.map { m in 0.82 - (0.0028 + 0.0004 * k) * m }
      return SmallMultiples.Panel(
        name,
        series: [
          LineSeries("Usual care", x: months, y: control),
          LineSeries("Intervention", x: months, y: intervention),
        ],
        markers: index == 3 ? [.horizontal(y: 0.7, label: "Minimum 0.70")] : [])
    }
    return SmallMultiples(
      title: "Mean quality of life by municipality",
      xAxis: ChartAxis("Month"), yAxis: ChartAxis("Quality of life", unit: "EQ-5D utility"),
      panels: panels)
  }()
}
