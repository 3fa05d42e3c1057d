import Testing

@testable import CareSimCore

@Suite struct ReplicationRunnerTests {
  func outcomes(threads: Int, batchSize: Int) -> [ReplicationOutcome] {
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: TestScenarios.everyMechanism(residents: 60, months: 24)),
      seed: 42, threads: threads, batchSize: batchSize)
    var collected: [ReplicationOutcome] = []
    runner.run(replications: 13) { collected += $0 }
    return collected
  }

  @Test(arguments: [2, 3, 8])
  func outcomesDoNotDependOnThreadCount(threads: Int) {
    #expect(outcomes(threads: 1, batchSize: 4) == outcomes(threads: threads, batchSize: 4))
  }

  @Test func outcomesDoNotDependOnBatchSize() {
    #expect(outcomes(threads: 2, batchSize: 1) == outcomes(threads: 2, batchSize: 64))
  }

  @Test(arguments: [1, 2, 5])
  func summaryDoesNotDependOnThreadCount(threads: Int) {
    let parameters = TestScenarios.everyMechanism(residents: 60, months: 24)
    func summary(threads: Int) -> OutcomeSummary {
      let runner = ReplicationRunner(
        simulation: Simulation(parameters: parameters), seed: 9, threads: threads, batchSize: 5)
      var builder = OutcomeSummaryBuilder(parameters: parameters, threads: threads)
      runner.run(replications: 17) { builder.add($0) }
      return builder.summary()
    }
    let reference = summary(threads: 1)
    let other = summary(threads: threads)
    for arm in SummaryArm.allCases {
      for month in 0..<24 {
        for metric in OutcomeMetric.allCases {
          #expect(
            reference.trajectory(arm, month: month, metric)
              == other.trajectory(arm, month: month, metric))
        }
      }
    }
    #expect(reference.netBenefit == other.netBenefit)
  }
}
