import CareSimCharts
import CareSimCore

/// The report of `caresim breakeven`: the net benefit against the parameter, with the root and
/// its confidence interval: a ``BreakEvenResult`` laid out and put in words.
struct BreakEvenReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: BreakEvenResult

  func render() -> String {
    let name = phrases.parameter(result.parameter)
    let perspective = result.perspective
    let probes = result.probesByValue
    let x = probes.map(\.value)
    var markers: [ChartMarker] = [.horizontal(y: 0, label: phrases["run.payback.zero"])]
    let finding: String
    // The chart's reading says how to read it; the finding stands in the summary above it.
    let reading: String
    func amount(_ number: Double) -> String { phrases.value(number, of: result.parameter) }
    switch result.outcome {
    case .root(let root, let lower, let upper):
      markers.append(
        .vertical(x: root, label: phrases.format("breakeven.marker", amount(root))))
      finding = phrases.format(
        "breakeven.found", phrases.name(perspective), name, amount(root),
        amount(lower), amount(upper), amount(result.current))
      reading = phrases.format("breakeven.chart.reading", phrases.name(perspective))
    case .noSignChange(let low, let high):
      finding = phrases.format(
        result.noneInValidRange ? "breakeven.noneInValidRange" : "breakeven.none",
        phrases.name(perspective), name, amount(low),
        amount(high), amount(result.current))
      reading = phrases.format("breakeven.chart.reading.none", phrases.name(perspective))
    }
    let chart = LineChart(
      title: phrases.format("breakeven.chart.title", phrases.label(perspective)),
      xAxis: ChartAxis(phrases.parameterLabel(result.parameter)), yAxis: phrases.netBenefitAxis,
      series: [LineSeries(phrases["breakeven.chart.probes"], x: x, y: probes.map(\.netBenefit))],
      bands: [
        ChartBand(
          phrases["breakeven.chart.band"], x: x, lower: probes.map(\.lower95),
          upper: probes.map(\.upper95), around: phrases["breakeven.chart.probes"])
      ],
      markers: markers)
    return HTMLPage(
      analysis: phrases, title: phrases.format("breakeven.title", name), summary: [finding],
      sections: [
        HTMLPage.Section(
          phrases["breakeven.section"],
          [.chart(svg: chart.svg(locale: phrases.locale), reading: reading)])
      ], provenance: result.provenance
    ).render()
  }
}
