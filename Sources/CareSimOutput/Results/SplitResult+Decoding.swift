import CareSimCore

extension SplitResult: ResultFolderDecodable {
  /// A funding-split stress test's result as its folder holds it: the means and the table
  /// `findings` of `result.json`, as ``FundingSplitStressTestReport`` writes them.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(SplitDocument.self, from: "result.json")
    var savings = FunderAmounts.zero
    for payer in Funder.payers {
      savings[payer] = (document.meanSavings?[payer.description] ?? nil) ?? .nan
    }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files),
      meanCost: document.meanCost ?? .nan, meanSavings: savings,
      findings: document.findings.map(\.finding))
  }
}

/// The fields of a funding-split stress test's `result.json` its result holds.
private struct SplitDocument: Decodable {
  /// A finding's row: the setting, the candidate, whether it exists, its split and balances.
  struct FindingRow: Decodable {
    var finding: SplitResult.Finding

    init(from decoder: any Decoder) throws {
      let row = try decoder.container(keyedBy: DataKey.self)
      guard
        let candidate = FundingSplitStressTest.Candidate(rawValue: try row.text("split") ?? "")
      else {
        throw DecodingError.dataCorruptedError(
          forKey: DataKey("split"), in: row, debugDescription: "not a split")
      }
      var split = FunderAmounts.zero
      var netBenefit = FunderAmounts.zero
      var loss = FunderAmounts.zero
      for payer in Funder.payers {
        split[payer] = try row.number("share.\(payer)")
        netBenefit[payer] = try row.number("netBenefit.\(payer)")
        loss[payer] = try row.number("probabilityOfLoss.\(payer)")
      }
      let setting = try row.text("setting")
      finding = SplitResult.Finding(
        parameter: setting == "base" ? nil : setting ?? "", value: try row.number("value"),
        candidate: candidate, split: try row.text("status") == "exists" ? split : nil,
        netBenefit: netBenefit, probabilityOfLoss: loss)
    }
  }

  var meanCost: Double?
  var meanSavings: [String: Double?]?
  var findings: [FindingRow]
}
