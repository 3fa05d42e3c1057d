import CareSimCore

extension BreakEvenResult: ResultFolderDecodable {
  /// A break-even search's result as its folder holds it: `result.json`, as
  /// ``BreakEvenSearchReport`` writes it.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when `result.json` is missing or not as CareSim writes it.
  package init(files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(BreakEvenDocument.self, from: "result.json")
    let parameter = document.parameter ?? ""
    let perspective = Perspective(described: document.perspective) ?? .society
    let outcome: Outcome =
      if let root = document.root, root.isFinite {
        .root(
          value: root, lower95: document.lower95 ?? .nan, upper95: document.upper95 ?? .nan)
      } else {
        .noSignChange(
          low: document.searched?.low ?? .nan, high: document.searched?.high ?? .nan)
      }
    // The table's columns are the parameter and the perspective's net benefit and its error.
    let probes = document.probes.map { row in
      Probe(
        value: (row[parameter] ?? nil) ?? .nan,
        netBenefit: (row["netBenefit.\(perspective)"] ?? nil) ?? .nan,
        standardError: (row["netBenefitStandardError.\(perspective)"] ?? nil) ?? .nan)
    }
    self.init(
      provenance: try ResultProvenance(decoding: "result.json", in: files), parameter: parameter,
      perspective: perspective, current: document.current ?? .nan,
      validRange: document.validRange.flatMap { range in
        range.low.flatMap { low in range.high.map { low...max(low, $0) } }
      }, noneInValidRange: document.noneInValidRange ?? false, outcome: outcome, probes: probes)
  }
}

/// The fields of a break-even search's `result.json` its result holds.
private struct BreakEvenDocument: Decodable {
  struct Range: Decodable {
    var low: Double?
    var high: Double?
  }

  var parameter: String?
  var perspective: String?
  var current: Double?
  /// The values the parameter may take, and whether no break-even lies anywhere in them.
  var validRange: Range?
  var noneInValidRange: Bool?
  var root: Double?
  var lower95: Double?
  var upper95: Double?
  /// The widest range searched, where there is no root.
  var searched: Range?
  var probes: [[String: Double?]]
}
