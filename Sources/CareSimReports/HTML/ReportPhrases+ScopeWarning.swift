import CareSimCore

extension ReportPhrases {
  /// A warning in a sentence with its figures, as the report and the terminal give it.
  package func sentence(_ warning: ScopeWarning) -> String {
    switch warning {
    case .programmeCostPerParticipant(let euros):
      format(
        "warning.cost", self.euros(euros), exactEuros(ScopeWarning.studiedCostRange.lowerBound),
        exactEuros(ScopeWarning.studiedCostRange.upperBound))
    case .entrantsAgainstDeaths(let entrants, let deaths):
      format("warning.entrants", decimal(entrants), decimal(deaths))
    case .capacityBelowUptake(let places, let participants):
      format(
        "warning.capacity", numbers.decimal(places, fractionDigits: 0),
        numbers.decimal(participants, fractionDigits: 0))
    }
  }
}
