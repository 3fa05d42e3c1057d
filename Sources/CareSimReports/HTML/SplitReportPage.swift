import CareSimCharts
import CareSimCore

/// The report of `caresim split`: each payer's balance over every split of the programme's cost
/// (a ternary heat map), the notable splits, and how they move when a parameter moves: a
/// ``SplitResult`` laid out and put in words.
struct SplitReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: SplitResult

  func render() -> String {
    let payers = Funder.payers
    let grid = TernaryGrid(divisions: 10)
    let fair = result.baseSplit(.fairShare)
    let mark = fair.map { split in
      TernaryHeatMap.Mark(
        TernaryPoint(a: split[.wmo], b: split[.zvw], c: split[.wlz]),
        label: phrases["split.fairShare"])
    }
    var blocks: [HTMLPage.Block] = []
    for (index, payer) in payers.enumerated() {
      // The chart's corners are the payers in order: a payer's share at a cell is its
      // coordinate, and its balance is linear in it, so its value at the centroid is exact.
      let values = grid.cells.map { cell in
        result.expectedBalance(
          payer, share: [cell.centroid.a, cell.centroid.b, cell.centroid.c][index])
      }
      let breakEven = result.breakEvenShare(payer)
      let chart = TernaryHeatMap(
        title: phrases.format("split.ternary.title", phrases.label(payer)),
        corners: (
          top: phrases["split.corner.wmo"], bottomLeft: phrases["split.corner.zvw"],
          bottomRight: phrases["split.corner.wlz"]
        ),
        shares: (
          top: phrases.label(Funder.wmo), bottomLeft: phrases.label(Funder.zvw),
          bottomRight: phrases.label(Funder.wlz)
        ),
        colorAxis: ChartAxis(phrases["axis.netBenefit"], unit: "€", format: .euros),
        grid: grid, values: values, mark: mark)
      let perspective = Perspective(funder: payer) ?? .society
      let reading =
        breakEven >= 1
        ? phrases.sentence("split.ternary.always", subject: perspective)
        : breakEven <= 0
          ? phrases.sentence("split.ternary.never", subject: perspective)
          : phrases.sentence(
            "split.ternary.upTo", subject: perspective, phrases.percent(breakEven))
      blocks.append(.chart(svg: chart.svg(locale: phrases.locale), reading: reading))
    }
    let table = HTMLTable(
      caption: phrases["split.table.caption"],
      header: [
        .text(phrases["split.table.setting"]), .text(phrases["split.table.split"]),
        .number(phrases["label.wmo"]), .number(phrases["label.zvw"]), .number(phrases["label.wlz"]),
      ] + payers.map { .number(phrases.format("split.table.net", phrases.label($0))) }
        + payers.map { .number(phrases.format("split.table.loss", phrases.label($0))) },
      rows: result.findings.map { finding in
        let name =
          finding.parameter.map {
            "\(phrases.parameterLabel($0)) = \(phrases.value(finding.value, of: $0))"
          }
          ?? phrases["split.table.base"]
        let split = phrases["split.candidate.\(finding.candidate.rawValue)"]
        guard let shares = finding.split else {
          return [.text(name), .text(phrases.format("split.table.none", split))]
            + Array(repeating: .number("—"), count: 3 * payers.count)
        }
        return [.text(name), .text(split)]
          + payers.map { .number(phrases.percent(shares[$0])) }
          + payers.map { .number(phrases.exactEuros(finding.netBenefit[$0])) }
          + payers.map { payer in
            let loss = finding.probabilityOfLoss[payer]
            return .number(loss.isNaN ? "—" : phrases.percent(loss))
          }
      })
    var summary = [
      phrases.format(
        "split.summary.savings", phrases.euros(result.meanCost),
        payers.map { "\(phrases.label($0)) \(phrases.euros(result.meanSavings[$0]))" }.joined(
          separator: ", "))
    ]
    // Where every payer can break even, the range of shares each can take says more than the
    // fair share alone: any split within them that makes 100% leaves no payer behind.
    if let wmo = result.acceptableShares(.wmo), let zvw = result.acceptableShares(.zvw),
      let wlz = result.acceptableShares(.wlz)
    {
      summary.append(
        phrases.format(
          "split.summary.evenRange", phrases.percent(wmo.lowerBound),
          phrases.percent(wmo.upperBound), phrases.percent(zvw.lowerBound),
          phrases.percent(zvw.upperBound), phrases.percent(wlz.lowerBound),
          phrases.percent(wlz.upperBound)))
    } else {
      summary.append(
        result.baseSplit(.allBreakEven) != nil
          ? phrases["split.summary.evenExists"] : phrases["split.summary.noEven"])
    }
    if let fair {
      summary.append(
        phrases.format(
          "split.summary.fair", phrases.percent(fair[.wmo]), phrases.percent(fair[.zvw]),
          phrases.percent(fair[.wlz])))
    }
    return HTMLPage(
      analysis: phrases, title: phrases["split.title"], summary: summary,
      sections: [
        HTMLPage.Section(phrases["split.ternary"], [.paragraph(phrases["split.intro"])] + blocks),
        HTMLPage.Section(phrases["split.table"], [.table(table)]),
      ], provenance: result.provenance
    ).render()
  }
}
