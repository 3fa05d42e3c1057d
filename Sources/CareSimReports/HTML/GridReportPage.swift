import CareSimCharts
import CareSimCore

/// The report of `caresim grid`: a heat map per perspective with the break-even line, and the
/// chance that society gains: a ``GridResult`` laid out and put in words.
///
/// A map whose values do not vary (``HeatScale/uniformValue(_:)``) is stated in a sentence, not
/// drawn.
struct GridReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: GridResult

  func render() -> String {
    let (x, y) = (result.x, result.y)
    var blocks: [HTMLPage.Block] = []
    var summary: [String] = []
    for perspective in Perspective.allCases {
      let positive = result.cellsGaining(perspective)
      let cells = result.cells.count
      let chart = HeatMap(
        title: phrases.format("grid.heat.title", phrases.label(perspective)),
        xAxis: ChartAxis(phrases.parameterLabel(x.name)),
        yAxis: ChartAxis(phrases.parameterLabel(y.name)),
        colorAxis: ChartAxis(phrases["axis.netBenefit"], unit: "€", format: .euros),
        x: x.values, y: y.values, values: result.netBenefitMap(perspective),
        contour: HeatMap.Contour(level: 0, label: phrases["run.payback.zero"]))
      // In how many cells the perspective gains, in the words of `phrase`: a chart's reading
      // (`grid.reading`, its cells and shading) or the summary's (`grid.summary`, combinations).
      func gains(_ phrase: String) -> String {
        positive == 0
          ? phrases.sentence("\(phrase).never", subject: perspective)
          : positive == cells
            ? phrases.sentence("\(phrase).always", subject: perspective)
            : phrases.sentence(
              "\(phrase).some", subject: perspective, phrases.count(positive), phrases.count(cells))
      }
      let reading = gains("grid.reading")
      summary.append(gains("grid.summary"))
      if let uniform = HeatScale.uniformValue(chart.values.flatMap { $0 }) {
        blocks.append(
          .paragraph(
            phrases.format(
              "grid.heat.uniform", phrases.label(perspective), phrases.euros(uniform))))
      } else {
        blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
      }
    }
    let chance = HeatMap(
      title: phrases["grid.chance.title"], xAxis: ChartAxis(phrases.parameterLabel(x.name)),
      yAxis: ChartAxis(phrases.parameterLabel(y.name)),
      colorAxis: ChartAxis(phrases["grid.chance.axis"], format: .percent, domain: 0...1),
      x: x.values, y: y.values, values: result.map(\.societyProbabilityOfGain),
      contour: HeatMap.Contour(level: 0.5, label: phrases["grid.chance.half"]))
    if let uniform = HeatScale.uniformValue(chance.values.flatMap { $0 }) {
      blocks.append(.paragraph(phrases.format("grid.chance.uniform", phrases.percent(uniform))))
    } else {
      blocks.append(
        .chart(svg: chance.svg(locale: phrases.locale), reading: phrases["grid.chance.reading"]))
    }
    return HTMLPage(
      analysis: phrases, title: phrases["grid.title"],
      summary: [
        phrases.format(
          "grid.summary", phrases.parameter(x.name), phrases.parameter(y.name),
          phrases.count(x.values.count), phrases.count(y.values.count))
      ] + summary,
      sections: [
        HTMLPage.Section(phrases["grid.section"], [.paragraph(phrases["grid.intro"])] + blocks)
      ], provenance: result.provenance
    ).render()
  }
}
