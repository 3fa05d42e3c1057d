import CareSimCore
import JSON5

/// Care costs by age: per payer, bands of age with a factor on each need level's annual cost.
///
/// ```
/// costsByAge: {
///   zvw: [ { fromAge: 65, factor: 1 }, { fromAge: 80, factor: 1.45 } ],
///   wlz: [ { fromAge: 85, factor: 1.2 } ],
/// }
/// ```
/// A band applies from its age (whole years) until the next band's; below a payer's first band,
/// and for a payer left out, the factor is 1. Absent, costs do not change with age.
extension ScenarioReader {
  mutating func readCostsByAge(_ value: JSONValue?) -> CareCostsByAge {
    let path = "costsByAge"
    let payers = Funder.payers.map(\.description)
    guard let fields = object(value, at: path, keys: Set(payers), required: false) else {
      return .none
    }
    var bands: [Funder: [CareCostsByAge.Band]] = [:]
    for funder in Funder.payers {
      guard let item = fields[funder.description] else { continue }
      let funderPath = "\(path).\(funder)"
      guard let items = item.arrayValue, !items.isEmpty else {
        report(
          funderPath,
          .wrongType(
            expected: "a non-empty array of bands { fromAge, factor }", found: item.typeName))
        continue
      }
      var funderBands: [CareCostsByAge.Band] = []
      for (index, element) in items.enumerated() {
        let bandPath = "\(funderPath).\(index)"
        let band = object(element, at: bandPath, keys: ["fromAge", "factor"])
        let fromAge = integer(
          band, "fromAge", at: bandPath, allowed: 0...CareCostsByAge.maximumAge)
        let factor = number(band, "factor", at: bandPath, allowed: .ratio)
        if let previous = funderBands.last, band?["fromAge"] != nil, fromAge <= previous.fromAge {
          report(
            "\(bandPath).fromAge",
            .invalid(
              reason: "\(fromAge) must be above the previous band's \(previous.fromAge): bands "
                + "are in increasing age"))
        }
        funderBands.append(.init(fromAge: fromAge, factor: factor))
      }
      bands[funder] = funderBands
    }
    let costs = CareCostsByAge(bands: bands)
    let boundaries = costs.boundaries
    if boundaries.count > CareCostsByAge.maximumBoundaries {
      report(
        path,
        .invalid(
          reason: "bands start at \(boundaries.count) different ages; at most "
            + "\(CareCostsByAge.maximumBoundaries) are allowed over all payers"))
    }
    return costs
  }
}
