import CareSimCharts
import CareSimCore

/// The report of `caresim split`: each payer's balance over every split of the programme's cost
/// (a ternary heat map), the notable splits, and how they move when a parameter moves.
struct SplitReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let number = AnalysisDocument.number
    let findings = try base.rows("findings")
    let cost = base.number("meanCost")
    let payers = Funder.payers
    var savings: [Funder: Double] = [:]
    for payer in payers { savings[payer] = base.number("meanSavings.\(payer)") }
    // A payer's expected balance is linear in its share: saving − share × cost, so its value at a
    // cell's centroid is exact.
    let grid = TernaryGrid(divisions: 10)
    let baseFindings = findings.filter { $0["setting"]?.stringValue == "base" }
    let fair = baseFindings.first {
      $0["split"]?.stringValue == "fair share" && $0["status"]?.stringValue == "exists"
    }
    let mark = fair.map { row in
      TernaryHeatMap.Mark(
        TernaryPoint(
          a: number(row, "share.wmo"), b: number(row, "share.zvw"), c: number(row, "share.wlz")),
        label: phrases["split.fairShare"])
    }
    var blocks: [HTMLPage.Block] = []
    for (index, payer) in payers.enumerated() {
      let values = grid.cells.map { cell -> Double in
        let share = [cell.centroid.a, cell.centroid.b, cell.centroid.c][index]
        return (savings[payer] ?? .nan) - share * cost
      }
      let breakEven = cost > 0 ? (savings[payer] ?? .nan) / cost : .nan
      let chart = TernaryHeatMap(
        title: phrases.format("split.ternary.title", phrases.label(payer)),
        corners: (
          top: phrases["split.corner.wmo"], bottomLeft: phrases["split.corner.zvw"],
          bottomRight: phrases["split.corner.wlz"]
        ),
        colorAxis: ChartAxis(phrases["axis.netBenefit"], unit: "€", format: .euros),
        grid: grid, values: values, mark: mark)
      let perspective = Perspective(funder: payer) ?? .society
      let reading =
        breakEven >= 1
        ? phrases.format("split.ternary.always", phrases.name(perspective))
        : breakEven <= 0
          ? phrases.format("split.ternary.never", phrases.name(perspective))
          : phrases.format(
            "split.ternary.upTo", phrases.name(perspective), phrases.percent(breakEven))
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    let table = HTMLTable(
      caption: phrases["split.table.caption"],
      header: [
        .text(phrases["split.table.setting"]), .text(phrases["split.table.split"]),
        .number(phrases["label.wmo"]), .number(phrases["label.zvw"]), .number(phrases["label.wlz"]),
      ] + payers.map { .number(phrases.format("split.table.net", phrases.label($0))) },
      rows: findings.map { row in
        let setting = row["setting"]?.stringValue ?? ""
        let value = number(row, "value")
        let name =
          setting == "base" ? phrases["split.table.base"] : "\(setting) = \(base.value(value))"
        let exists = row["status"]?.stringValue == "exists"
        let split = phrases["split.candidate.\(row["split"]?.stringValue ?? "")"]
        return [.text(name), .text(exists ? split : phrases.format("split.table.none", split))]
          + payers.map { .number(exists ? phrases.percent(number(row, "share.\($0)")) : "—") }
          + payers.map {
            .number(exists ? phrases.exactEuros(number(row, "netBenefit.\($0)")) : "—")
          }
      })
    var summary = [
      phrases.format(
        "split.summary.savings", phrases.euros(cost),
        payers.map { "\(phrases.label($0)) \(phrases.euros(savings[$0] ?? .nan))" }.joined(
          separator: ", "))
    ]
    let evenBase = baseFindings.first { $0["split"]?.stringValue == "all break even" }
    summary.append(
      evenBase?["status"]?.stringValue == "exists"
        ? phrases["split.summary.evenExists"] : phrases["split.summary.noEven"])
    if let fair {
      summary.append(
        phrases.format(
          "split.summary.fair", phrases.percent(number(fair, "share.wmo")),
          phrases.percent(number(fair, "share.zvw")), phrases.percent(number(fair, "share.wlz"))))
    }
    return base.page(
      title: phrases["split.title"], summary: summary,
      sections: [
        HTMLPage.Section(phrases["split.ternary"], [.paragraph(phrases["split.intro"])] + blocks),
        HTMLPage.Section(phrases["split.table"], [.table(table)]),
      ])
  }
}
