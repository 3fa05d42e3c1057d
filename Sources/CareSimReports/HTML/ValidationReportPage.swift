import CareSimCharts
import CareSimCore
import JSON5

/// The report of `caresim validate-study`: each published figure against CareSim's estimate with
/// its 95% interval, as a share of the published figure, coloured by status: a
/// ``ValidationResult`` laid out and put in words.
struct ValidationReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: ValidationResult

  /// The statuses in the order the page lists them.
  static let statuses: [FigureComparison.Status] = [
    .reproduced, .agrees, .gap, .failed, .holds, .differs,
  ]

  func label(_ status: FigureComparison.Status) -> String {
    phrases["validation.status.\(status.rawValue)"]
  }

  /// What the page calls a figure: its Dutch name on a Dutch page, where the validation file
  /// gives one, its English name otherwise.
  func name(_ figure: ValidationResult.Figure) -> String {
    figure.name(dutch: phrases.locale == .nl)
  }

  /// The study in the page's language, as ``name(_:)`` names a figure.
  var study: String { result.study(dutch: phrases.locale == .nl) }

  func render() -> String {
    var rows: [DotPlot.Row] = []
    var table: [[HTMLTable.Cell]] = []
    for figure in result.figures {
      if let relative = figure.relativeToPublished {
        rows.append(
          DotPlot.Row(
            name(figure), value: relative.mean, lower: relative.lower95, upper: relative.upper95,
            reference: 1, status: label(figure.status)))
      }
      table.append([
        .text(name(figure)), .number(phrases.decimal(figure.published, digits: 4)),
        .number(phrases.decimal(figure.mean, digits: 4)),
        .number(
          "\(phrases.decimal(figure.lower95, digits: 4)) – \(phrases.decimal(figure.upper95, digits: 4))"
        ),
        .text(label(figure.status)),
      ])
    }
    let summary = [
      phrases.format(
        "validation.summary", study, String(result.figures.count),
        Self.statuses.filter { result.count($0) > 0 }.map { "\(result.count($0)) \(label($0))" }
          .joined(separator: ", "))
    ]
    var blocks: [HTMLPage.Block] = []
    if !rows.isEmpty {
      let labels = Self.statuses.map(label)
      let chart = DotPlot(
        title: phrases["validation.chart.title"],
        valueAxis: ChartAxis(phrases["validation.chart.axis"], format: .percent),
        rows: rows, statuses: labels.filter { label in rows.contains { $0.status == label } },
        referenceLabel: phrases["validation.chart.published"])
      blocks.append(
        .chart(svg: chart.svg(locale: phrases.locale), reading: phrases["validation.chart.reading"])
      )
    }
    blocks.append(
      .table(
        HTMLTable(
          header: [
            .text(phrases["validation.table.figure"]),
            .number(phrases["validation.table.published"]),
            .number(phrases["validation.table.caresim"]),
            .number(phrases["validation.table.interval"]),
            .text(phrases["validation.table.status"]),
          ], rows: table)))
    return HTMLPage(
      analysis: phrases, title: phrases.format("validation.title", study),
      summary: summary, sections: [HTMLPage.Section(phrases["validation.section"], blocks)],
      provenance: result.provenance
    ).render()
  }
}
