import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// `caresim run`'s simulation: the control arm's profile, from which the run writes where
/// residents die, counts the very residents of the run's control arm.
@Suite struct RunCommandTests {
  /// The default scenario, small: entrants join every month, and residents die at home and in an
  /// institution.
  static func parameters(months: Int) throws -> ScenarioParameters {
    let data = try Data(contentsOf: RepositoryFiles.scenario("neighbourhood.json"))
    var parameters = try Scenario.parse(data, file: "Scenarios/neighbourhood.json").parameters
    parameters.residents = 60
    parameters.months = months
    return parameters
  }

  /// The profile's deaths are the control arm's, on any thread count.
  ///
  /// The control arm's deaths summed over months and replications are each month's living less
  /// those of the next month who were already there (the next month's living less its
  /// entrants). The outcomes count the living only, so a run one month longer gives the living
  /// after the last month; its months before are the run's own (checked). 70 replications are
  /// two of the runner's batches.
  @Test func theProfileCountsTheControlArmsDeathsOnAnyThreadCount() throws {
    let months = 25
    let replications = 70
    let parameters = try Self.parameters(months: months)
    let entrants = try #require(parameters.entrants)
    let run = try RunCommand.simulate(parameters, replications: replications, seed: 11, threads: 3)
    #expect(run.summary.replications == replications)
    let oneThread = try RunCommand.simulate(
      parameters, replications: replications, seed: 11, threads: 1)
    #expect(oneThread.controlArm == run.controlArm)

    func outcomes(months: Int) -> [ReplicationOutcome] {
      var longer = parameters
      longer.months = months
      var outcomes: [ReplicationOutcome] = []
      ReplicationRunner(simulation: Simulation(parameters: longer), seed: 11, threads: 2)
        .run(replications: replications) { outcomes += $0 }
      return outcomes
    }
    var deaths = 0.0
    var livingMonths = 0.0
    for (own, longer) in zip(outcomes(months: months), outcomes(months: months + 1)) {
      for month in 0..<months {
        let living = own[.control, month, .alive]
        #expect(longer[.control, month, .alive] == living)
        let stayed =
          longer[.control, month + 1, .alive] - Double(entrants.arrivals(inMonth: month + 1))
        deaths += living - stayed
        livingMonths += living
      }
    }
    let total = run.controlArm.total()
    #expect(total.deaths > 0)
    #expect(Double(total.deaths) == deaths)
    #expect(Double(total.livingMonths) == livingMonths)
  }
}
