import CareSimCharts
import CareSimCore

/// The report of `caresim psa`: the cost-effectiveness plane, the acceptability curve and each
/// perspective's net benefit across the parameter sets.
struct PSAReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let number = AnalysisDocument.number
    let samples = try base.rows("samples")
    let spread = try base.rows("netBenefit")
    let curve = try base.rows("ceac")
    // Society's incremental cost is the programme's cost less all savings: minus its net benefit.
    let points = samples.map { row in
      ChartPoint(x: number(row, "qalyGain"), y: -number(row, "netBenefit.society"))
    }
    let meanQALYs = points.map(\.x).reduce(0, +) / Double(max(1, points.count))
    let meanCost = points.map(\.y).reduce(0, +) / Double(max(1, points.count))
    let plane = ScatterChart(
      title: phrases["psa.plane.title"],
      xAxis: ChartAxis(phrases["psa.plane.qalys"], includesZero: true),
      yAxis: ChartAxis(phrases["psa.plane.cost"], unit: "€", format: .euros, includesZero: true),
      points: points, pointsLabel: phrases["psa.plane.sets"],
      highlight: .init(ChartPoint(x: meanQALYs, y: meanCost), label: phrases["psa.plane.mean"]),
      slopes: [20_000, 50_000, 80_000].map {
        .init($0, label: phrases.format("psa.plane.wtp", phrases.euros($0)))
      })
    let below50 = points.filter { $0.y < 50_000 * $0.x }.count
    let ceac = LineChart(
      title: phrases["psa.ceac.title"],
      xAxis: ChartAxis(phrases["psa.ceac.x"], unit: "€", format: .euros),
      yAxis: ChartAxis(phrases["psa.ceac.y"], format: .percent, domain: 0...1),
      series: [
        LineSeries(
          phrases["label.society"], x: curve.map { number($0, "willingnessToPayPerQALY") },
          y: curve.map { number($0, "probabilityCostEffective") })
      ],
      markers: [20_000, 50_000, 80_000].map {
        .vertical(x: $0, label: phrases.euros($0))
      })
    func probability(at price: Double) -> Double {
      curve.first { number($0, "willingnessToPayPerQALY") == price }.map {
        number($0, "probabilityCostEffective")
      } ?? .nan
    }
    let statuses = [phrases["psa.status.gains"], phrases["psa.status.loses"]]
    let distribution = DotPlot(
      title: phrases["psa.spread.title"], valueAxis: base.netBenefitAxis,
      rows: spread.map { row in
        let perspective =
          Perspective.allCases.first { $0.description == row["perspective"]?.stringValue }
          ?? .society
        let mean = number(row, "mean")
        return DotPlot.Row(
          phrases.label(perspective), value: mean, lower: number(row, "p5"),
          upper: number(row, "p95"),
          reference: number(row, "base"), status: mean >= 0 ? statuses[0] : statuses[1])
      },
      statuses: statuses, referenceLabel: phrases["psa.spread.base"])
    var summary = [
      phrases.format(
        "psa.summary.sets", String(samples.count),
        phrases.percent(probability(at: 50_000)), phrases.percent(probability(at: 20_000)),
        phrases.percent(probability(at: 80_000)))
    ]
    for row in spread {
      guard let name = row["perspective"]?.stringValue,
        let perspective = Perspective.allCases.first(where: { $0.description == name })
      else { continue }
      summary.append(
        phrases.format(
          "psa.summary.perspective", phrases.name(perspective), phrases.euros(number(row, "mean")),
          phrases.euros(number(row, "p5")), phrases.euros(number(row, "p95")),
          phrases.percent(number(row, "probabilityOfGain")), phrases.euros(number(row, "base"))))
    }
    summary.append(
      phrases.format(
        "psa.summary.error", phrases.euros(base.number("meanWithinSampleStandardError.society"))))
    return base.page(
      title: phrases["psa.title"], summary: summary,
      sections: [
        HTMLPage.Section(
          phrases["psa.plane"],
          [
            .chart(
              svg: plane.svg(locale: phrases.locale),
              reading: phrases.format("psa.plane.reading", String(below50), String(points.count))),
            .chart(
              svg: ceac.svg(locale: phrases.locale),
              reading: phrases.format("psa.ceac.reading", phrases.percent(probability(at: 50_000)))),
          ]),
        HTMLPage.Section(
          phrases["psa.spread"],
          [
            .chart(
              svg: distribution.svg(locale: phrases.locale), reading: phrases["psa.spread.reading"])
          ]),
      ])
  }
}
