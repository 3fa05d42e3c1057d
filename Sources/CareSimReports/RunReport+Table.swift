import CareSimCore
import CareSimOutput

extension RunReport {
  /// The short human summary printed on stdout after a run.
  public func table() -> String {
    let parameters = scenario.parameters
    var text = "CareSim \(CareSimVersion.current): \(scenario.metadata.title)\n"
    text += "\(ReportFormat.count(parameters.residents)) residents"
    if let entrants = parameters.entrants, entrants.perMonth > 0 {
      text += " and \(ReportFormat.count(entrants.count(months: parameters.months))) who join them"
    }
    text += ", \(parameters.months) months, "
    text += "\(ReportFormat.count(summary.replications)) replications, seed \(seed)\n"
    text += "Costs discounted at \(ReportFormat.percent(parameters.discounting.costs)) a year, "
    text += "QALYs at \(ReportFormat.percent(parameters.discounting.effects)). Amounts in euros: "
    text += "totals for the whole population over the horizon, means over replications.\n"
    text += "Funding split of the programme's cost: "
    text +=
      Funder.payers.map { "\($0) \(ReportFormat.percent(parameters.fundingSplit[$0]))" }
      .joined(separator: ", ") + "\n\n"

    var table = TextTable(header: [
      "line", "without", "with", "difference", "diff p5", "diff p95", "programme share",
      "net benefit", "P(loss)",
    ])
    let cost = summary.total(.intervention, OutcomeMetric(.intervention), discounted: true).mean
    for metric in OutcomeSummary.totalMetrics {
      func format(_ value: Double) -> String {
        metric == .qalys ? ReportFormat.decimal(value, places: 1) : ReportFormat.euros(value)
      }
      let difference = summary.total(.difference, metric, discounted: true)
      var share = ""
      var net = ""
      var loss = ""
      if let perspective = metric.funder.flatMap(Perspective.init(funder:)) {
        share = ReportFormat.euros(
          cost * (perspective.funder.map { parameters.fundingSplit[$0] } ?? 0))
        net = ReportFormat.euros(summary.netBenefit(perspective).mean)
        loss = ReportFormat.percent(summary.probabilityOfLoss[perspective.rawValue])
      }
      table.append([
        metric == .qalys ? "QALYs" : metric.description,
        format(summary.total(.control, metric, discounted: true).mean),
        format(summary.total(.intervention, metric, discounted: true).mean),
        format(difference.mean), format(difference.p5), format(difference.p95), share, net, loss,
      ])
    }
    let society = summary.netBenefit(.society)
    table.append([
      "society", "", "", "", "", "", ReportFormat.euros(cost), ReportFormat.euros(society.mean),
      ReportFormat.percent(summary.probabilityOfLoss[Perspective.society.rawValue]),
    ])
    text += table.rendered
    text += "difference: with minus without, per replication (positive: the programme's arm costs "
    text += "more); p5 and p95 across replications.\n"
    text += "net benefit: the funder's saving (without minus with) less its share of the "
    text += "programme's cost; positive: the funder gains.\n\n"
    text += "Net benefit to society: \(ReportFormat.euros(society.mean)) "
    text += "(p5 \(ReportFormat.euros(society.p5)), p95 \(ReportFormat.euros(society.p95))); "
    text += "with QALYs at \(ReportFormat.euros(parameters.valuePerQALY)) each: "
    text += "\(ReportFormat.euros(summary.netMonetaryBenefit.mean))\n"
    if let financial = summary.financialBenefitCostRatio,
      let social = summary.socialBenefitCostRatio
    {
      // What each ratio counts, since the table's society line counts informal care too.
      text += "Benefit/cost ratio, financial: \(ReportFormat.decimal(financial, places: 2)) "
      text += "(the savings of the Wmo, Zvw and Wlz per euro of programme cost)\n"
      text += "Benefit/cost ratio, social: \(ReportFormat.decimal(social, places: 2)) (with "
      text += "informal care, and QALYs at \(ReportFormat.euros(parameters.valuePerQALY)) each)\n"
    } else {
      text += "Benefit/cost ratio: not defined (the intervention costs nothing)\n"
    }
    text += placeOfDeathLine + "\n"
    // The warnings in the report's words, so that the terminal and the page say the same.
    return text + ReportPhrases.terminalLines(warnings)
  }

  /// Where the control arm's residents who die at 80 or older live when they die, against CBS's
  /// figure, in whole percents (CBS's precision): a line of at most 100 columns.
  var placeOfDeathLine: String {
    func percent(_ share: Double) -> String { ReportFormat.decimal(share * 100, places: 0) + "%" }
    let national = "CBS \(PlaceOfDeath.National.year): "
    let share = PlaceOfDeath.National.shareInInstitution80Plus
    guard let row = placeOfDeath.row(.all, "80+"), row.deaths > 0 else {
      return "Without the programme, no resident dies at 80+ (\(national)\(percent(share)) do so "
        + "living in a nursing home)."
    }
    return "Without the programme, \(percent(row.shareInInstitution)) of those who die at 80+ "
      + "live in a nursing home at death (\(national)\(percent(share)))."
  }
}
