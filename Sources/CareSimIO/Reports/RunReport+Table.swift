import CareSimCore

extension RunReport {
  /// The short human summary printed on stdout after a run.
  public func table() -> String {
    let parameters = scenario.parameters
    var text = "CareSim \(Self.version): \(scenario.metadata.title)\n"
    text += "\(parameters.residents) residents, \(parameters.months) months, "
    text += "\(summary.replications) replications, seed \(seed); discounted at "
    text += "\(ReportFormat.percent(parameters.discounting.costs)) (costs) and "
    text += "\(ReportFormat.percent(parameters.discounting.effects)) (effects) a year\n\n"
    text += "Discounted totals for the whole population, mean over replications; "
    text += "the difference is with minus without, with its 5th and 95th percentile.\n"

    var table = TextTable(header: [
      "line", "without", "with", "difference", "diff p5", "diff p95", "net after split", "P(loss)",
    ])
    for metric in OutcomeSummary.totalMetrics {
      func format(_ value: Double) -> String {
        metric == .qalys ? ReportFormat.decimal(value, places: 1) : ReportFormat.euros(value)
      }
      let difference = summary.total(.difference, metric, discounted: true)
      var net = ""
      var loss = ""
      if let funder = metric.funder, funder != .intervention,
        let perspective = Perspective(rawValue: funder == .informal ? 3 : funder.rawValue)
      {
        net = ReportFormat.euros(summary.netBenefit(perspective).mean)
        loss = ReportFormat.percent(summary.probabilityOfLoss[perspective.rawValue])
      }
      table.append([
        metric == .qalys ? "QALYs" : metric.description,
        format(summary.total(.control, metric, discounted: true).mean),
        format(summary.total(.intervention, metric, discounted: true).mean),
        format(difference.mean), format(difference.p5), format(difference.p95), net, loss,
      ])
    }
    let society = summary.netBenefit(.society)
    table.append([
      "society", "", "", "", "", "", ReportFormat.euros(society.mean),
      ReportFormat.percent(summary.probabilityOfLoss[Perspective.society.rawValue]),
    ])
    text += table.rendered
    text += "\nNet benefit to society: \(ReportFormat.euros(society.mean)) "
    text += "(p5 \(ReportFormat.euros(society.p5)), p95 \(ReportFormat.euros(society.p95))); "
    text += "with QALYs at \(ReportFormat.euros(parameters.valuePerQALY)) each: "
    text += "\(ReportFormat.euros(summary.netMonetaryBenefit.mean))\n"
    if let financial = summary.financialBenefitCostRatio,
      let social = summary.socialBenefitCostRatio
    {
      text += "Benefit/cost ratio: financial \(ReportFormat.decimal(financial, places: 2)), "
      text += "social (with QALYs) \(ReportFormat.decimal(social, places: 2))\n"
    } else {
      text += "Benefit/cost ratio: not defined (the intervention costs nothing)\n"
    }
    return text
  }
}
