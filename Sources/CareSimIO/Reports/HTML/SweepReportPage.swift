import CareSimCharts
import CareSimCore

/// The report of `caresim sweep`: the tornado of society's net benefit, one per payer, and the
/// table of every parameter's two ends.
struct SweepReportPage: Sendable {
  let base: AnalysisDocument

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    base = try AnalysisDocument(files: files, locale: locale)
  }

  func render() throws(ReportInputError) -> String {
    let phrases = base.phrases
    let rows = try base.rows("tornado")
    let baseRow = try base.rows("base").first ?? [:]
    let points = try base.rows("sweep")
    let number = AnalysisDocument.number
    let society = number(baseRow, "netBenefit.society")
    var summary = [
      phrases.format(
        "sweep.summary.base", String(rows.count), phrases.euros(society))
    ]
    if let widest = rows.first {
      summary.append(
        phrases.format(
          "sweep.summary.widest", widest["parameter"]?.stringValue ?? "",
          base.value(number(widest, "low")),
          phrases.euros(number(widest, "netBenefit.society.atLow")),
          base.value(number(widest, "high")),
          phrases.euros(number(widest, "netBenefit.society.atHigh"))))
    }
    for perspective in Funder.payers.compactMap(Perspective.init(funder:)) {
      let values = points.map { number($0, "netBenefit.\(perspective)") }
      if values.allSatisfy({ $0 < 0 }) {
        summary.append(phrases.format("sweep.summary.alwaysLoses", phrases.name(perspective)))
      } else if values.allSatisfy({ $0 > 0 }) {
        summary.append(phrases.format("sweep.summary.alwaysGains", phrases.name(perspective)))
      }
    }
    var blocks: [HTMLPage.Block] = []
    for perspective in [Perspective.society] + Funder.payers.compactMap(Perspective.init(funder:)) {
      let ranked = rows.sorted { left, right in
        abs(
          number(left, "netBenefit.\(perspective).atHigh")
            - number(left, "netBenefit.\(perspective).atLow"))
          > abs(
            number(right, "netBenefit.\(perspective).atHigh")
              - number(right, "netBenefit.\(perspective).atLow"))
      }
      let chart = TornadoChart(
        title: phrases.format("sweep.tornado.title", phrases.label(perspective)),
        valueAxis: base.netBenefitAxis, base: number(baseRow, "netBenefit.\(perspective)"),
        baseLabel: phrases["chart.base"],
        rows: ranked.prefix(15).map { row in
          TornadoChart.Row(
            row["parameter"]?.stringValue ?? "",
            low: number(row, "netBenefit.\(perspective).atLow"),
            high: number(row, "netBenefit.\(perspective).atHigh"),
            lowSetting: base.value(number(row, "low")), highSetting: base.value(number(row, "high"))
          )
        },
        lowLabel: phrases["chart.atLow"], highLabel: phrases["chart.atHigh"])
      let widest = ranked.first
      let reading =
        widest.map { row in
          phrases.format(
            "sweep.tornado.reading", phrases.name(perspective), row["parameter"]?.stringValue ?? "",
            phrases.euros(
              abs(
                number(row, "netBenefit.\(perspective).atHigh")
                  - number(row, "netBenefit.\(perspective).atLow"))))
        } ?? ""
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    let table = HTMLTable(
      caption: phrases["sweep.table.caption"],
      header: [
        .text(phrases["table.parameter"]), .number(phrases["table.low"]),
        .number(phrases["table.high"]),
        .number(phrases["sweep.table.atLow"]), .number(phrases["sweep.table.atHigh"]),
        .number(phrases["sweep.table.swing"]),
      ],
      rows: rows.map { row in
        [
          .text(row["parameter"]?.stringValue ?? ""), .number(base.value(number(row, "low"))),
          .number(base.value(number(row, "high"))),
          .number(phrases.exactEuros(number(row, "netBenefit.society.atLow"))),
          .number(phrases.exactEuros(number(row, "netBenefit.society.atHigh"))),
          .number(phrases.exactEuros(number(row, "swing.society"))),
        ]
      })
    return base.page(
      title: phrases["sweep.title"], summary: summary,
      sections: [
        HTMLPage.Section(phrases["sweep.tornado"], [.paragraph(phrases["sweep.intro"])] + blocks),
        HTMLPage.Section(phrases["sweep.table"], [.table(table)]),
      ])
  }
}
