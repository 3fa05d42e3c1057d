import CareSimCore

extension ReportPhrases {
  /// The warnings as the terminal prints them after a command's table, a paragraph each: every
  /// command that runs a scenario prints them with this, as every report shows them
  /// (``HTMLPage``).
  package static func terminalLines(_ warnings: [ScopeWarning]) -> String {
    let phrases = ReportPhrases(.en)
    return warnings.map { "\nWarning: " + phrases.sentence($0) + "\n" }.joined()
  }

  /// A warning in a sentence with its figures, as the report and the terminal give it.
  package func sentence(_ warning: ScopeWarning) -> String {
    switch warning {
    case .programmeCostPerParticipant(let euros):
      format(
        "warning.cost", self.euros(euros), exactEuros(ScopeWarning.studiedCostRange.lowerBound),
        exactEuros(ScopeWarning.studiedCostRange.upperBound))
    case .entrantsAgainstDeaths(let entrants, let deaths):
      format("warning.entrants", decimal(entrants), decimal(deaths))
    case .capacityBelowUptake(let places, let uptake):
      format(
        "warning.capacity", numbers.decimal(places, fractionDigits: 0),
        numbers.decimal(uptake, fractionDigits: 0))
    }
  }
}
