import CareSimCharts
import CareSimCore

/// The report of `caresim psa`: the cost-effectiveness plane, the acceptability curve and each
/// perspective's net benefit across the parameter sets: a ``PSAResult`` laid out and put in words.
struct PSAReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: PSAResult

  func render() -> String {
    let references = QALYReferenceValue.allCases.map(\.euros)
    let points = result.plane.map { ChartPoint(x: $0.qalyGain, y: $0.cost) }
    let mean = result.planeMean
    let plane = ScatterChart(
      title: phrases["psa.plane.title"],
      xAxis: ChartAxis(phrases["psa.plane.qalys"], includesZero: true),
      yAxis: ChartAxis(phrases["psa.plane.cost"], unit: "€", format: .euros, includesZero: true),
      points: points, pointsLabel: phrases["psa.plane.sets"],
      highlight: .init(
        ChartPoint(x: mean.qalyGain, y: mean.cost), label: phrases["psa.plane.mean"]),
      slopes: references.map {
        .init($0, label: phrases.format("psa.plane.wtp", phrases.euros($0)))
      })
    let ceac = LineChart(
      title: phrases["psa.ceac.title"],
      xAxis: ChartAxis(phrases["psa.ceac.x"], unit: "€", format: .euros),
      yAxis: ChartAxis(phrases["psa.ceac.y"], format: .percent, domain: 0...1),
      series: [
        LineSeries(
          phrases["label.society"], x: result.acceptability.map(\.willingnessToPay),
          y: result.acceptability.map(\.probability))
      ],
      markers: references.map { .vertical(x: $0, label: phrases.euros($0)) })
    let statuses = [phrases["psa.status.gains"], phrases["psa.status.loses"]]
    let distribution = DotPlot(
      title: phrases["psa.spread.title"], valueAxis: phrases.netBenefitAxis,
      rows: result.spreads.map { spread in
        DotPlot.Row(
          phrases.label(spread.perspective), value: spread.mean, lower: spread.p5,
          upper: spread.p95, reference: spread.base,
          status: spread.mean >= 0 ? statuses[0] : statuses[1])
      },
      statuses: statuses, referenceLabel: phrases["psa.spread.base"])
    let central = phrases.percent(result.probabilityCostEffective(at: .middleBurden))
    var summary = [
      phrases.format(
        "psa.summary.sets", phrases.count(result.samples.count), central,
        phrases.percent(result.probabilityCostEffective(at: .lowBurden)),
        phrases.percent(result.probabilityCostEffective(at: .highBurden)))
    ]
    for spread in result.spreads {
      summary.append(
        phrases.format(
          "psa.summary.perspective", phrases.name(spread.perspective), phrases.euros(spread.mean),
          phrases.euros(spread.p5), phrases.euros(spread.p95),
          phrases.percent(spread.probabilityOfGain), phrases.euros(spread.base)))
    }
    summary.append(
      phrases.format("psa.summary.error", phrases.euros(result.meanWithinSampleStandardError)))
    if let society = result.spreads.first(where: { $0.perspective == .society }),
      society.baseStandardError.isFinite
    {
      summary.append(
        phrases.format("psa.summary.baseError", phrases.euros(society.baseStandardError)))
    }
    if !result.offCentre.isEmpty {
      let parameters = result.offCentre.map {
        phrases.format(
          "psa.offCentre.parameter", phrases.parameter($0.path),
          phrases.value($0.value, of: $0.path), phrases.value($0.distributionMean, of: $0.path))
      }
      summary.append(
        phrases.format(
          "psa.summary.offCentre", count: result.offCentre.count,
          parameters.joined(separator: "; "), phrases.count(result.offCentre.count)))
    }
    let below = result.setsCostEffective(atWillingnessToPay: QALYReferenceValue.middleBurden.euros)
    return HTMLPage(
      analysis: phrases, title: phrases["psa.title"], summary: summary,
      sections: [
        HTMLPage.Section(
          phrases["psa.plane"],
          [
            .chart(
              svg: plane.svg(locale: phrases.locale),
              reading: phrases.format(
                "psa.plane.reading", phrases.count(below), phrases.count(points.count))),
            .chart(
              svg: ceac.svg(locale: phrases.locale),
              reading: phrases.format("psa.ceac.reading", central)),
          ]),
        HTMLPage.Section(
          phrases["psa.spread"],
          [
            .chart(
              svg: distribution.svg(locale: phrases.locale), reading: phrases["psa.spread.reading"])
          ]),
      ], provenance: result.provenance
    ).render()
  }
}
