import CareSimCharts
import CareSimCore

/// The report of `caresim grid`: a heat map per perspective with the break-even line, and the
/// chance that society gains.
struct GridReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let rows = try base.rows("grid")
    guard let first = rows.first else { throw .unreadable("result.json") }
    // The two parameters are the columns that are neither results nor QALYs.
    let parameters = first.keys.filter {
      !$0.hasPrefix("netBenefit.") && !$0.hasPrefix("probabilityOfGain.") && $0 != "qalyGain"
    }.sorted()
    guard parameters.count == 2 else { throw .unreadable("result.json") }
    let number = AnalysisDocument.number
    // x and y in the order of the rows: x outer, y inner.
    let xName =
      rows.count > 1 && number(rows[0], parameters[0]) == number(rows[1], parameters[0])
      ? parameters[0] : parameters[1]
    let yName = xName == parameters[0] ? parameters[1] : parameters[0]
    let xs = unique(rows.map { number($0, xName) })
    let ys = unique(rows.map { number($0, yName) })
    guard xs.count * ys.count == rows.count else { throw .unreadable("result.json") }
    func grid(_ column: String) -> [[Double]] {
      ys.indices.map { j in xs.indices.map { i in number(rows[i * ys.count + j], column) } }
    }
    func axis(_ name: String) -> ChartAxis { ChartAxis(name) }
    var blocks: [HTMLPage.Block] = []
    var summary: [String] = []
    for perspective in AnalysisDocument.perspectives {
      let values = grid("netBenefit.\(perspective)")
      let flat = values.flatMap { $0 }
      let positive = flat.filter { $0 > 0 }.count
      let chart = HeatMap(
        title: phrases.format("grid.heat.title", phrases.label(perspective)),
        xAxis: axis(xName), yAxis: axis(yName),
        colorAxis: ChartAxis(phrases["axis.netBenefit"], unit: "€", format: .euros),
        x: xs, y: ys, values: values,
        contour: HeatMap.Contour(level: 0, label: phrases["run.payback.zero"]))
      let reading =
        positive == 0
        ? phrases.format("grid.reading.never", phrases.name(perspective))
        : positive == flat.count
          ? phrases.format("grid.reading.always", phrases.name(perspective))
          : phrases.format(
            "grid.reading.some", phrases.name(perspective), String(positive), String(flat.count))
      if perspective != .society || positive == 0 || positive == flat.count {
        summary.append(reading)
      }
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    let chance = HeatMap(
      title: phrases["grid.chance.title"], xAxis: axis(xName), yAxis: axis(yName),
      colorAxis: ChartAxis(phrases["grid.chance.axis"], format: .percent, domain: 0...1),
      x: xs, y: ys, values: grid("probabilityOfGain.society"),
      contour: HeatMap.Contour(level: 0.5, label: phrases["grid.chance.half"]))
    blocks.append(
      .chart(svg: chance.svg(locale: phrases.locale), reading: phrases["grid.chance.reading"]))
    return base.page(
      title: phrases["grid.title"],
      summary: [phrases.format("grid.summary", xName, yName, String(xs.count), String(ys.count))]
        + summary,
      sections: [
        HTMLPage.Section(phrases["grid.section"], [.paragraph(phrases["grid.intro"])] + blocks)
      ])
  }

  /// The distinct values, in the order they first appear.
  func unique(_ values: [Double]) -> [Double] {
    var seen: [Double] = []
    for value in values where !seen.contains(value) { seen.append(value) }
    return seen
  }
}
