/// A way in which a run leaves the ground its sources cover, so that its figures say more about
/// the scenario's arithmetic than about any programme a study saw.
///
/// Entrants, coordinators' places and the programme's cost are absolute numbers in a scenario:
/// scale the residents and they stay put. A copy of the default scenario with 20,000 residents and
/// a 60,000-euro programme then serves thousands of participants for about 15 euros each a year,
/// with 3.5 entrants a month against some 70 deaths. ``inspect(_:outcome:)`` finds such runs.
public enum ScopeWarning: Sendable, Equatable {
  /// The programme costs far less or far more per participant a year than any study paid.
  case programmeCostPerParticipant(eurosAYear: Double)
  /// The entrants a month are far from the deaths a month without the programme, so the
  /// population shrinks or grows instead of keeping its size.
  case entrantsAgainstDeaths(entrantsPerMonth: Double, deathsPerMonth: Double)
  /// The programme's places (coordinators' and volunteers') are far fewer than the residents who
  /// take it up (its participants and those waiting for a place), so most of them are not served
  /// in full, or not at all.
  case capacityBelowUptake(places: Double, uptake: Double)

  /// A study's cost of the programme per participant a year, in euros, with the range its
  /// scenario gives: what a scenario's programme cost is compared with.
  public struct StudiedCost: Sendable, Equatable {
    public var study: String
    public var eurosAYear: Double
    public var range: ClosedRange<Double>
    /// How the figures follow from the study's own numbers.
    public var derivation: String
  }

  /// The studies' costs per participant a year, as the shipped study scenarios give them
  /// (`Scenarios/*.json`, `intervention`), cheapest first.
  public static let studiedCosts: [StudiedCost] = [
    StudiedCost(
      study: "Gemert-Bakel", eurosAYear: 41.93, range: 29.29...51.67,
      derivation: "24% of the 2014 budget of 251,056 for 1,457 residents aged 75-95; the range "
        + "from the supporters' time estimates, 17% and 30%"),
    StudiedCost(
      study: "Dordrecht", eurosAYear: 500, range: 460...500,
      derivation: "87,000 a year (80,000 the municipal part) for 174 participants"),
    StudiedCost(
      study: "SamenOud", eurosAYear: 599, range: 599...599,
      derivation: "462,000 a year for 771 clients"),
    StudiedCost(
      study: "Breda", eurosAYear: 788, range: 763...788,
      derivation: "the 2021 price per client (763 planned)"),
    StudiedCost(
      study: "Groningen", eurosAYear: 2_008, range: 2_008...2_368,
      derivation: "3,815,105 a year (up to 4,500,000 with housing) for the teams' about 1,900 "
        + "households"),
  ]

  /// The cost per participant a year the studies span, from the lowest end of their ranges to
  /// the highest: 29.29 (Gemert-Bakel) to 2,368 (Groningen).
  public static var studiedCostRange: ClosedRange<Double> {
    studiedCosts.reduce(Double.infinity) {
      min($0, $1.range.lowerBound)
    }...studiedCosts.reduce(0) {
      max($0, $1.range.upperBound)
    }
  }

  /// How far the entrants may stray from the deaths before a warning: a factor of 2 either way.
  ///
  /// An assumption: a population that grows or shrinks by a little is what a prognosis may say;
  /// one whose inflow is half or double its deaths is not the neighbourhood the scenario set out.
  public static let factor = 2.0

  /// The share of the residents who take the programme up that it must be able to serve: below
  /// half, most of them wait for a place or get less than half the programme (an assumption).
  public static let servedShare = 0.5

  /// The ways in which a run leaves its sources' ground.
  ///
  /// - Parameters:
  ///   - parameters: The scenario run.
  ///   - outcome: The run's outcomes, summarised over its replications.
  /// - Returns: The warnings, in the order of the cases; empty for a run on the studies' ground.
  ///   A closed population (no entrants) is a cohort by design, and a programme without places
  ///   has no capacity to fall short: neither is warned about.
  public static func inspect(_ parameters: ScenarioParameters, outcome: OutcomeSummary)
    -> [ScopeWarning]
  {
    inspect(parameters, evidence: ScopeEvidence.Means(outcome))
  }

  /// The ways in which a run leaves its sources' ground, from the means the warnings read.
  ///
  /// - Parameters:
  ///   - parameters: The scenario run.
  ///   - evidence: The run's means over its replications.
  /// - Returns: The warnings, as ``inspect(_:outcome:)`` gives them.
  package static func inspect(_ parameters: ScenarioParameters, evidence: ScopeEvidence.Means)
    -> [ScopeWarning]
  {
    let months = evidence.months
    var warnings: [ScopeWarning] = []
    let participants = evidence.participants
    let participantYears = participants.reduce(0, +) / 12
    if participantYears > 0 {
      let perParticipant = evidence.interventionCost / participantYears
      if !studiedCostRange.contains(perParticipant) {
        warnings.append(.programmeCostPerParticipant(eurosAYear: perParticipant))
      }
    }
    if let entrants = parameters.entrants, entrants.perMonth > 0 {
      let alive = evidence.aliveAtEnd ?? 0
      let present = Double(parameters.residents + entrants.count(months: months))
      let deaths = (present - alive) / Double(months)
      if entrants.perMonth < deaths / factor || entrants.perMonth > deaths * factor {
        warnings.append(
          .entrantsAgainstDeaths(entrantsPerMonth: entrants.perMonth, deathsPerMonth: deaths))
      }
    }
    // The engine enrols no more than the places allow, so the participants alone seldom outgrow
    // them: those who took the programme up and wait for a place show how far short they fall.
    if let slots = parameters.intervention.capacity.coordinatorSlots, months > 0 {
      let perVolunteer = parameters.intervention.capacity.participantsPerVolunteer
      let places =
        Double(slots) + evidence.volunteers.reduce(0, +) / Double(months) * perVolunteer
      let uptake = (participants.reduce(0, +) + evidence.waiting.reduce(0, +)) / Double(months)
      if uptake > 0, places < uptake * servedShare {
        warnings.append(.capacityBelowUptake(places: places, uptake: uptake))
      }
    }
    return warnings
  }
}
