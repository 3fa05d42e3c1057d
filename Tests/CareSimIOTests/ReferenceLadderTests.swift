import CareSimCore
import CareSimIO
import CareSimTestSupport
import Foundation
import Testing

/// The Markov cohort check of issue #2 on the shipped `Scenarios/reference-ladder.json`.
///
/// With every covariate, threshold and interaction off and all need met at once, each arm is a
/// Markov chain over the ladder, so the expected cost per funder and QALYs per month have an exact
/// cohort value. The engine's replication mean must lie within 4 standard errors of it, where the
/// standard error is the sample standard deviation across replications over sqrt(replications).
@Suite struct ReferenceLadderTests {
  static let z = 4.0

  @Test func fileHoldsTheReferenceNumbers() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    let parameters = scenario.parameters
    #expect(parameters.residents == 1000)
    #expect(parameters.months == 120)
    #expect(
      parameters.needLevels.map(\.name) == [
        "independent", "multipleProblems", "notSelfReliant", "institutional", "dead",
      ])
    #expect(parameters.needLevels.map(\.utility) == [0.85, 0.70, 0.55, 0.45, 0])
    #expect(parameters.needLevels.map { $0.annualCareCost[.wmo] } == [400, 2400, 2700, 0, 0])
    #expect(parameters.needLevels.map { $0.annualCareCost[.zvw] } == [4800, 5000, 5100, 2900, 0])
    #expect(parameters.needLevels.map { $0.annualCareCost[.wlz] } == [1100, 1300, 1600, 44400, 0])
    #expect(
      parameters.transitions == [
        [0, 0.010, 0.002, 0.0005, 0.003],
        [0.005, 0, 0.015, 0.003, 0.005],
        [0, 0.005, 0, 0.015, 0.010],
        [0, 0, 0, 0, 0.025],
        [0, 0, 0, 0, 0],
      ])
    #expect(parameters.mechanisms.prevention.relativeRisk == 0.85)
    #expect(parameters.intervention.costPerParticipantPerYear == 500)
    #expect(parameters.fundingSplit == FunderAmounts(wmo: 1))
    #expect(parameters.discounting == DiscountRates(costs: 0, effects: 0))
  }

  /// Expected cost per funder and QALYs per resident in each month of one arm, by exact cohort
  /// computation: the distribution over states at month m is the initial one times P^m.
  static func cohort(_ parameters: ScenarioParameters, arm: InterventionArm) -> [[Double]] {
    let levels = parameters.needLevels
    let count = levels.count
    var matrix = parameters.transitions
    for from in 0..<count {
      for to in 0..<count where to != from {
        let upwardToLiving = to > from && levels[to].kind != .dead
        if arm == .intervention && levels[from].kind == .community && upwardToLiving {
          matrix[from][to] *= parameters.mechanisms.prevention.relativeRisk
        }
      }
      matrix[from][from] = 1 - (0..<count).filter { $0 != from }.reduce(0) { $0 + matrix[from][$1] }
    }
    var distribution = parameters.population.initialNeedShares
    var rows: [[Double]] = []
    for _ in 0..<parameters.months {
      var row = Array(repeating: 0.0, count: OutcomeMetric.allCases.count)
      for (state, share) in distribution.enumerated() {
        for funder in Funder.payers {
          row[funder.rawValue] += share * levels[state].annualCareCost[funder] / 12
        }
        row[OutcomeMetric.qalys.rawValue] += share * levels[state].utility / 12
        if arm == .intervention && levels[state].kind == .community {
          row[OutcomeMetric.intervention.rawValue] +=
            share * parameters.intervention.costPerParticipantPerYear / 12
        }
      }
      rows.append(row)
      distribution = (0..<count).map { to in
        (0..<count).reduce(0) { $0 + distribution[$1] * matrix[$1][to] }
      }
    }
    return rows
  }

  @Test func engineMatchesExactCohort() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    let parameters = scenario.parameters
    let replications = 300
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: scenario.runDefaults.seed, threads: 2)
    var builder = OutcomeSummaryBuilder(parameters: parameters, threads: 2)
    runner.run(replications: replications) { builder.add($0) }
    let summary = builder.summary()
    let residents = Double(parameters.residents)
    let metrics = Funder.allCases.map(OutcomeMetric.init) + [.qalys]
    var worst = 0.0
    for arm in InterventionArm.allCases {
      let exact = Self.cohort(parameters, arm: arm)
      let summaryArm: SummaryArm = arm == .control ? .control : .intervention
      for month in 0..<parameters.months {
        for metric in metrics {
          let cell = summary.trajectory(summaryArm, month: month, metric)
          let mean = cell.mean / residents
          let standardError = cell.standardError / residents
          let expected = exact[month][metric.rawValue]
          // Month 0 is deterministic (everyone independent): allow rounding only.
          let tolerance = max(Self.z * standardError, 1e-9 * max(1, abs(expected)))
          #expect(
            abs(mean - expected) <= tolerance,
            "\(arm) month \(month) \(metric): engine \(mean) vs cohort \(expected), SE \(standardError)"
          )
          if standardError > 0 { worst = max(worst, abs(mean - expected) / standardError) }
        }
      }
    }
    #expect(worst > 0, "the comparison must have run on random months")
  }
}
