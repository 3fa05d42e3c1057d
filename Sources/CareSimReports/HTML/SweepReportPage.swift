import CareSimCharts
import CareSimCore

/// The report of `caresim sweep`: the tornado of society's net benefit, one per payer, and the
/// table of every parameter's two ends: a ``SweepResult`` laid out and put in words.
struct SweepReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: SweepResult

  func render() -> String {
    let society = result.baseNetBenefit(.society)
    var summary = [
      phrases.format(
        "sweep.summary.base", count: result.parameters.count,
        phrases.count(result.parameters.count),
        phrases.euros(society))
    ]
    // Where even the widest moves no money, the sentence below says so instead.
    if let widest = result.parameters.first, widest.societySwing != 0 {
      summary.append(
        phrases.format(
          "sweep.summary.widest", phrases.parameter(widest.name),
          phrases.value(widest.low, of: widest.name),
          phrases.euros(widest.netBenefit(atLow: .society)),
          phrases.value(widest.high, of: widest.name),
          phrases.euros(widest.netBenefit(atHigh: .society))))
    }
    // A parameter that moves no balance in money (the value of a QALY prices only the health
    // gained) sits at the table's foot with a swing of €0; the summary says why.
    let moneyless = result.parameters.filter { parameter in
      SweepResult.perspectives.allSatisfy { parameter.swing(for: $0) == 0 }
    }
    if !moneyless.isEmpty {
      summary.append(
        ReportPhrases.capitalised(
          phrases.format(
            "sweep.summary.moneyless", count: moneyless.count,
            ChartPhrases(phrases.locale).list(moneyless.map { phrases.parameter($0.name) }),
            phrases.euros(0))))
    }
    for perspective in RunResult.payers {
      if result.losesEverywhere(perspective) {
        summary.append(phrases.sentence("sweep.summary.alwaysLoses", subject: perspective))
      } else if result.gainsEverywhere(perspective) {
        summary.append(phrases.sentence("sweep.summary.alwaysGains", subject: perspective))
      }
    }
    var blocks: [HTMLPage.Block] = []
    for perspective in SweepResult.perspectives {
      let ranked = result.ranked(by: perspective)
      let chart = TornadoChart(
        title: phrases.format("sweep.tornado.title", phrases.label(perspective)),
        valueAxis: phrases.netBenefitAxis, base: result.baseNetBenefit(perspective),
        baseLabel: phrases["chart.base"],
        rows: ranked.prefix(15).map { parameter in
          TornadoChart.Row(
            phrases.parameterLabel(parameter.name), low: parameter.netBenefit(atLow: perspective),
            high: parameter.netBenefit(atHigh: perspective),
            lowSetting: phrases.value(parameter.low, of: parameter.name, short: true),
            highSetting: phrases.value(parameter.high, of: parameter.name, short: true))
        },
        lowLabel: phrases["chart.atLow"], highLabel: phrases["chart.atHigh"])
      let reading =
        ranked.first.map { widest in
          phrases.format(
            "sweep.tornado.reading", phrases.name(perspective), phrases.parameter(widest.name),
            phrases.euros(widest.swing(for: perspective)))
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
      rows: result.parameters.map { parameter in
        [
          .parameter(parameter.name, phrases),
          .number(phrases.value(parameter.low, of: parameter.name)),
          .number(phrases.value(parameter.high, of: parameter.name)),
          .number(phrases.exactEuros(parameter.netBenefit(atLow: .society))),
          .number(phrases.exactEuros(parameter.netBenefit(atHigh: .society))),
          .number(phrases.exactEuros(parameter.societySwing)),
        ]
      })
    return HTMLPage(
      analysis: phrases, title: phrases["sweep.title"], summary: summary,
      sections: [
        HTMLPage.Section(phrases["sweep.tornado"], [.paragraph(phrases["sweep.intro"])] + blocks),
        HTMLPage.Section(phrases["sweep.table"], [.table(table)]),
      ], provenance: result.provenance
    ).render()
  }
}
