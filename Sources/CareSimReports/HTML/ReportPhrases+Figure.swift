import CareSimCharts
import CareSimCore

extension ReportPhrases {
  /// What a reader calls the figure at `path` of a result's document
  /// (`netBenefitAfterSplit.wmo.mean`, `totals.difference.informal.discounted.mean`,
  /// `grid[3].netBenefit.zvw`): "Net benefit for the municipality (Wmo), after the split".
  ///
  /// The names are built from the phrases that run reports name payers, funders and arms with,
  /// so that a figure reads as the report of its own result calls it; a scenario field (a PSA's
  /// sampled parameter, a grid's axis) reads by its schema label. A path none of these names
  /// stays as it is: `caresim diff` compares whatever a result's document holds.
  package func figureName(_ path: String) -> String {
    if let row = Self.tableRow(path) { return rowFigureName(row) }
    if let phrase = table["figure.\(path)"] { return phrase }
    // A sweep's tornado gives each figure at the parameter's low and at its high value.
    for end in ["atLow", "atHigh"] where path.hasSuffix(".\(end)") {
      return format("figure.\(end)", figureName(String(path.dropLast(end.count + 1))))
    }
    let parts = path.split(separator: ".").map(String.init)
    switch parts.first {
    case "netBenefitAfterSplit" where parts.count == 3:
      if let payer = Self.perspective(parts[1]), let phrase = table["figure.afterSplit.\(parts[2])"]
      {
        return fill(phrase, [name(payer)])
      }
    case "netBenefit" where parts.count == 2, "probabilityOfGain" where parts.count == 2:
      if let payer = Self.perspective(parts[1]) { return format("figure.\(parts[0])", name(payer)) }
    case "totals" where parts.count == 5:
      let item = parts[2] == "qalys" ? self["figure.qalys"] : Self.funder(parts[2]).map(label)
      if let item, let arm = table["figure.arm.\(parts[1])"],
        let discounting = table["figure.\(parts[3])"]
      {
        return format("figure.totals", item, arm, discounting)
      }
    case "fundingSplit" where parts.count == 2:
      if let funder = Self.funder(parts[1]) { return format("figure.fundingSplit", label(funder)) }
    default: break
    }
    return parameterLabel(path)
  }

  /// A figure of a table's row: a sweep's base case or parameter, a grid's cell, a PSA's set or
  /// point of its acceptability curve, a payer's row of a PSA's net benefits, a national figure by age.
  private func rowFigureName(_ row: (table: String, key: String, figure: String)) -> String {
    if let payer = Self.perspective(row.key),
      let phrase = table["figure.row.\(row.table).\(row.figure)"]
    {
      return fill(phrase, [name(payer)])
    }
    if let phrase = table["figure.row.\(row.table).\(row.figure)"] {
      return fill(phrase, [row.key])
    }
    // A row keyed by its number counts from one; one keyed by a parameter reads as its label; a
    // grid's cell by its parameters' values.
    let number = Int(row.key).map { String($0 + 1) } ?? place(row.key) ?? parameter(row.key)
    guard let phrase = table["figure.row.\(row.table)"] else { return parameterLabel(row.figure) }
    return fill(phrase, [number, figureName(row.figure)])
  }

  /// A grid cell's key (`path=value;path=value`) as its parameters and values in words
  /// ("relative risk of decline 0.7, substitution 0"); nil for any other key.
  private func place(_ key: String) -> String? {
    let settings = key.split(separator: ";").map { $0.split(separator: "=", maxSplits: 1) }
    guard settings.allSatisfy({ $0.count == 2 && Double($0[1]) != nil }) else { return nil }
    return settings.map { setting in
      ChartPhrases.inSentence(parameterLabel(String(setting[0]))) + " "
        + value(Double(setting[1]) ?? 0)
    }.joined(separator: ", ")
  }

  /// The table, the row's key and the row's own figure of a path through a table's row
  /// (`grid[3].netBenefit.zvw`: `grid`, `3`, `netBenefit.zvw`); nil for any other path.
  private static func tableRow(_ path: String) -> (table: String, key: String, figure: String)? {
    guard let open = path.firstIndex(of: "["),
      let close = path[open...].firstIndex(of: "]")
    else { return nil }
    let rest = path[path.index(after: close)...]
    return (
      String(path[..<open]), String(path[path.index(after: open)..<close]),
      String(rest.hasPrefix(".") ? rest.dropFirst() : rest)
    )
  }

  private static func perspective(_ name: String) -> Perspective? {
    Perspective.allCases.first { "\($0)" == name }
  }

  private static func funder(_ name: String) -> Funder? {
    Funder.allCases.first { "\($0)" == name }
  }
}
