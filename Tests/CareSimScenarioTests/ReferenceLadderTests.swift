import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// The Markov cohort check of issue #2 on the shipped `Scenarios/reference-ladder.json`.
///
/// With every covariate, threshold and interaction off and all need met at once, each arm is a
/// Markov chain over the ladder, so each resident's cost per funder and quality of life in each
/// month has an exact cohort distribution: its mean and its variance. The engine's replication
/// mean must lie within a tolerance of the exact mean that a correct engine exceeds, anywhere in
/// the whole comparison, with probability at most ``familyWiseRisk`` (see ``tolerance(variance:range:
/// comparisons:residentMonths:)``).
@Suite struct ReferenceLadderTests {
  /// The chance that a correct engine fails some comparison of the test, for any seed.
  static let familyWiseRisk = 1e-3
  /// Replications: few, as the tolerance is argued from the exact variance, not estimated.
  static let replications = 40

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

  /// A resident's monthly metric in one month of one arm, as the cohort gives it exactly.
  struct CohortCell {
    var mean = 0.0
    var secondMoment = 0.0
    /// The largest and smallest value over the states: the metric's range.
    var largest = -Double.infinity
    var smallest = Double.infinity

    var variance: Double { max(0, secondMoment - mean * mean) }
  }

  /// Each month's cell per metric of one arm, by exact cohort computation: the distribution over
  /// states at month m is the initial one times P^m, and a resident's metric is a function of the
  /// state.
  static func cohort(_ parameters: ScenarioParameters, arm: InterventionArm) -> [[CohortCell]] {
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
    func value(_ metric: OutcomeMetric, at state: Int) -> Double {
      let level = levels[state]
      switch metric {
      case .qalys: return level.utility / 12
      case .intervention:
        return arm == .intervention && level.kind == .community
          ? parameters.intervention.costPerParticipantPerYear / 12 : 0
      default: return metric.funder.map { level.annualCareCost[$0] / 12 } ?? 0
      }
    }
    var distribution = parameters.population.initialNeedShares
    var rows: [[CohortCell]] = []
    for _ in 0..<parameters.months {
      rows.append(
        OutcomeMetric.allCases.map { metric in
          var cell = CohortCell()
          for (state, share) in distribution.enumerated() {
            let value = value(metric, at: state)
            cell.mean += share * value
            cell.secondMoment += share * value * value
            cell.largest = max(cell.largest, value)
            cell.smallest = min(cell.smallest, value)
          }
          return cell
        })
      distribution = (0..<count).map { to in
        (0..<count).reduce(0) { $0 + distribution[$1] * matrix[$1][to] }
      }
    }
    return rows
  }

  /// How far the mean over `residentMonths` independent residents' months may lie from the exact
  /// mean, so that `comparisons` comparisons all hold but with probability ``familyWiseRisk``.
  ///
  /// Bernstein's inequality for a sum S of n independent variables, each within `range` of its
  /// mean and of variance v: P(|S - E S| >= t) <= 2 exp(-t^2 / (2 (n v + range t / 3))). With
  /// L = log(2 comparisons / familyWiseRisk), each comparison fails with probability at most
  /// familyWiseRisk / comparisons (Bonferroni) when t = L range / 3 + sqrt((L range / 3)^2 +
  /// 2 L n v); divided by n, that is the tolerance of the mean. The bound needs no normal
  /// approximation, which would not hold in the early months, when admissions are rare.
  static func tolerance(
    variance: Double, range: Double, comparisons: Int, residentMonths: Double
  ) -> Double {
    let logarithm = Foundation.log(2 * Double(comparisons) / familyWiseRisk)
    let linear = logarithm * range / 3
    let deviation =
      linear + (linear * linear + 2 * logarithm * residentMonths * variance).squareRoot()
    return deviation / residentMonths
  }

  @Test func engineMatchesExactCohort() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    let parameters = scenario.parameters
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: scenario.runDefaults.seed, threads: 2)
    let summary = runner.summary(replications: Self.replications)
    let residents = Double(parameters.residents)
    let metrics = Funder.allCases.map(OutcomeMetric.init) + [.qalys]
    let exact = InterventionArm.allCases.map { Self.cohort(parameters, arm: $0) }
    // Cells whose metric varies between residents are random; the others are exact but for
    // rounding, and take no part in the family-wise bound.
    let comparisons = exact.joined().joined().count { $0.variance > 0 }
    var randomComparisons = 0
    for arm in InterventionArm.allCases {
      let summaryArm: SummaryArm = arm == .control ? .control : .intervention
      for month in 0..<parameters.months {
        for metric in metrics {
          let cell = exact[arm.rawValue][month][metric.rawValue]
          let mean = summary.trajectory(summaryArm, month: month, metric).mean / residents
          var tolerance = 1e-9 * max(1, abs(cell.mean))
          if cell.variance > 0 {
            randomComparisons += 1
            tolerance += Self.tolerance(
              variance: cell.variance, range: cell.largest - cell.smallest,
              comparisons: comparisons, residentMonths: residents * Double(Self.replications))
          }
          #expect(
            abs(mean - cell.mean) <= tolerance,
            "\(arm) month \(month) \(metric): engine \(mean) vs cohort \(cell.mean), tolerance \(tolerance)"
          )
        }
      }
    }
    #expect(randomComparisons == comparisons && comparisons > 1000, "\(comparisons) comparisons")
  }

  /// The test above is only as strong as its tolerance: a prevention effect half the scenario's
  /// moves the intervention arm's Wlz cost in the last month by more than it.
  @Test func toleranceCatchesHalfThePrevention() throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario("reference-ladder.json"))
    var weaker = scenario.parameters
    weaker.mechanisms.prevention.relativeRisk =
      1 - (1 - weaker.mechanisms.prevention.relativeRisk) / 2
    let exact = Self.cohort(scenario.parameters, arm: .intervention)
    let shifted = Self.cohort(weaker, arm: .intervention)
    let comparisons = InterventionArm.allCases.map { Self.cohort(scenario.parameters, arm: $0) }
      .joined().joined().count { $0.variance > 0 }
    let month = scenario.parameters.months - 1
    let cell = exact[month][OutcomeMetric.wlz.rawValue]
    let tolerance = Self.tolerance(
      variance: cell.variance, range: cell.largest - cell.smallest, comparisons: comparisons,
      residentMonths: Double(scenario.parameters.residents * Self.replications))
    let shift = abs(shifted[month][OutcomeMetric.wlz.rawValue].mean - cell.mean)
    #expect(shift > tolerance, "shift \(shift) against tolerance \(tolerance)")
  }
}
