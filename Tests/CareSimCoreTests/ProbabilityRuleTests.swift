import Testing

@testable import CareSimCore

/// The rule for probabilities that leave [0, 1] once their modifiers are combined.
///
/// The README's reliability section states it: a single event whose probability passes 1 happens for certain;
/// a row of moves whose probabilities sum past 1 is scaled back to sum to 1, so the resident moves
/// for certain and the moves keep their proportions. No combined probability falls below 0, since
/// every modifier is a ratio of at least 0.
@Suite struct ProbabilityRuleTests {
  /// Everyone lonely, with a loneliness hazard ratio on admission-type events of `admission` and on
  /// progression of `progression`.
  static func lonely(_ parameters: ScenarioParameters, progression: Double, admission: Double)
    -> ScenarioParameters
  {
    var parameters = parameters
    parameters.population.lonelinessLivingWithOthers = 1
    parameters.population.lonelinessLivingAlone = 1
    parameters.covariates.loneliness = HazardRatios(
      progression: progression, admission: admission, death: 1)
    return parameters
  }

  /// A crisis probability of 0.5 times a hazard ratio of 3 is 1.5: every resident at home has a
  /// crisis in the first month; without the ratio about half do.
  @Test func anEventWhoseProbabilityPassesOneHappensForCertain() {
    var parameters = TestScenarios.markov(residents: 400, months: 1)
    parameters.transitions[0] = [0, 0, 0, 0, 0]  // everyone stays at the level with crises
    parameters.mechanisms.escalation.crisisMonthlyProbability = [0.5, 0, 0, 0, 0]
    let certain = Self.lonely(parameters, progression: 1, admission: 3)
    let outcome = Simulation(parameters: certain).run(seed: 11, replication: 0)
    #expect(outcome[.control, 0, .crises] == 400)
    let even = Simulation(parameters: Self.lonely(parameters, progression: 1, admission: 1))
      .run(seed: 11, replication: 0)
    // Binomial(400, 0.5): 4 standard errors (10 each) either side of 200; one comparison.
    #expect(abs(even[.control, 0, .crises] - 200) <= 40)
  }

  /// Moves of 0.4 and 0.4 times a hazard ratio of 2 sum to 1.6: scaled to 0.5 and 0.5, everyone
  /// moves and half go to each level. (Clamping the cumulative sum instead would send 80% to the
  /// first level.)
  @Test func aRowOfMovesPassingOneIsScaledBackKeepingItsProportions() {
    var parameters = TestScenarios.markov(relativeRisk: 1, residents: 2000, months: 2)
    parameters.transitions[0] = [0, 0.4, 0.4, 0, 0]
    parameters = Self.lonely(parameters, progression: 2, admission: 1)
    let outcome = Simulation(parameters: parameters).run(seed: 5, replication: 0)
    // Month 2's Wmo cost tells how many moved to each level: 2,400 or 2,700 a year.
    let cost = outcome[.control, 1, .wmo]
    let atFirst = (2000 * 2700 - 12 * cost) / 300
    let atSecond = 2000 - atFirst
    #expect(atFirst >= 0 && atSecond >= 0, "nobody stays independent: \(atFirst), \(atSecond)")
    // Binomial(2000, 0.5): 4 standard errors (22.4 each) either side of 1,000; one comparison.
    #expect(abs(atFirst - 1000) <= 4 * 22.4, "\(atFirst) of 2,000 moved to the first level")
  }
}
