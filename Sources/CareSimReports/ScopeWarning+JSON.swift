import CareSimCore
import CareSimScenario
import JSON5

extension ScopeWarning {
  /// The warning with its figures, as every result file writes it and
  /// ``ResultProvenance``'s decoding reads it.
  var json: JSONValue {
    switch self {
    case .programmeCostPerParticipant(let euros):
      .object([
        "kind": .string("programmeCostPerParticipant"), "eurosAYear": DataNumber.json(euros),
        "studiedRange": .array([
          DataNumber.json(Self.studiedCostRange.lowerBound),
          DataNumber.json(Self.studiedCostRange.upperBound),
        ]),
      ])
    case .entrantsAgainstDeaths(let entrants, let deaths):
      .object([
        "kind": .string("entrantsAgainstDeaths"), "entrantsPerMonth": DataNumber.json(entrants),
        "deathsPerMonth": DataNumber.json(deaths),
      ])
    case .capacityBelowUptake(let places, let uptake):
      .object([
        "kind": .string("capacityBelowUptake"), "places": DataNumber.json(places),
        "uptake": DataNumber.json(uptake),
      ])
    }
  }

  /// What a result file's `notes` say of its `warnings`.
  static let note =
    "Where the scenario, run as written, leaves the ground its sources cover: the programme's "
    + "cost per participant a year outside the shipped studies' range (studiedRange), entrants a "
    + "month a factor 2 or more from the deaths a month without the programme, places for fewer "
    + "than half the residents who take the programme up, participants and those waiting for a "
    + "place (uptake) (the factor and the half are assumptions)."
}
