import CareSimCharts
import CareSimCore

/// The report of `caresim breakeven`: the net benefit against the parameter, with the root and
/// its confidence interval.
struct BreakEvenReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let number = AnalysisDocument.number
    let probes = try base.rows("probes").sorted {
      number($0, base.parameter) < number($1, base.parameter)
    }
    let name = base.parameter
    let perspective =
      Perspective.allCases.first {
        $0.description == base.document.value(at: "perspective")?.stringValue
      } ?? .society
    let root = base.number("root")
    let x = probes.map { number($0, name) }
    let y = probes.map { number($0, "netBenefit.\(perspective)") }
    let error = probes.map { number($0, "netBenefitStandardError.\(perspective)") }
    var markers: [ChartMarker] = [.horizontal(y: 0, label: phrases["run.payback.zero"])]
    let finding: String
    if root.isFinite {
      markers.append(
        .vertical(x: root, label: phrases.format("breakeven.marker", base.value(root))))
      finding = phrases.format(
        "breakeven.found", phrases.name(perspective), name, base.value(root),
        base.value(base.number("lower95")), base.value(base.number("upper95")),
        base.value(base.number("current")))
    } else {
      finding = phrases.format(
        "breakeven.none", phrases.name(perspective), name,
        base.value(base.number("searched.low")), base.value(base.number("searched.high")),
        base.value(base.number("current")))
    }
    let chart = LineChart(
      title: phrases.format("breakeven.chart.title", phrases.label(perspective)),
      xAxis: ChartAxis(name), yAxis: base.netBenefitAxis,
      series: [LineSeries(phrases["breakeven.chart.probes"], x: x, y: y)],
      bands: [
        ChartBand(
          phrases["breakeven.chart.band"], x: x, lower: zip(y, error).map { $0 - 1.96 * $1 },
          upper: zip(y, error).map { $0 + 1.96 * $1 }, around: phrases["breakeven.chart.probes"])
      ],
      markers: markers)
    return base.page(
      title: phrases.format("breakeven.title", name), summary: [finding],
      sections: [
        HTMLPage.Section(
          phrases["breakeven.section"],
          [.chart(svg: chart.svg(locale: phrases.locale), reading: finding)])
      ])
  }
}

extension AnalysisDocument {
  /// The parameter a break-even search solved for.
  var parameter: String { document.value(at: "parameter")?.stringValue ?? "" }
}
