import CareSimCore

/// The report of `caresim validate-study`: each published figure against CareSim's estimate with
/// its 95% interval, as a share of the published figure, coloured by status.
struct ValidationReportPage: Sendable {
  let phrases: ReportPhrases
  let document: JSONValue
  let provenance: ResultProvenance

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    phrases = ReportPhrases(locale)
    document = try files.json("validation.json")
    provenance = try ResultProvenance(decoding: "validation.json", in: files)
  }

  func render() throws(ReportInputError) -> String {
    guard let figures = document.value(at: "figures")?.arrayValue?.compactMap(\.objectValue) else {
      throw .unreadable("validation.json")
    }
    let number = AnalysisDocument.number
    let statuses = ["reproduced", "agrees", "gap", "failed", "holds", "differs"]
    let labels = statuses.map { phrases["validation.status.\($0)"] }
    var rows: [DotPlot.Row] = []
    var table: [[HTMLTable.Cell]] = []
    for figure in figures {
      let name = figure["name"]?.stringValue ?? ""
      let status = figure["status"]?.stringValue ?? ""
      let published = number(figure, "published")
      let label = statuses.firstIndex(of: status).map { labels[$0] } ?? status
      if figure["kind"]?.stringValue != "sign", published != 0, published.isFinite {
        rows.append(
          DotPlot.Row(
            name, value: number(figure, "mean") / published,
            lower: number(figure, "lower95") / published,
            upper: number(figure, "upper95") / published, reference: 1, status: label))
      }
      table.append([
        .text(name), .number(phrases.decimal(published, digits: 4)),
        .number(phrases.decimal(number(figure, "mean"), digits: 4)),
        .number(
          "\(phrases.decimal(number(figure, "lower95"), digits: 4)) – \(phrases.decimal(number(figure, "upper95"), digits: 4))"
        ),
        .text(label),
      ])
    }
    let counts = statuses.map { status in
      figures.filter { $0["status"]?.stringValue == status }.count
    }
    let summary = [
      phrases.format(
        "validation.summary", document.value(at: "study")?.stringValue ?? "", String(figures.count),
        zip(labels, counts).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
    ]
    var blocks: [HTMLPage.Block] = []
    if !rows.isEmpty {
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
      locale: phrases.locale,
      title: phrases.format("validation.title", document.value(at: "study")?.stringValue ?? ""),
      subtitle: phrases.format(
        "analysis.subtitle", provenance.scenarioTitle,
        phrases.numbers.decimal(Double(provenance.replications ?? 0), fractionDigits: 0)),
      summary: summary, sections: [HTMLPage.Section(phrases["validation.section"], blocks)],
      provenance: provenance
    ).render()
  }
}
