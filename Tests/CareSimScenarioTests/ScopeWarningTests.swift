import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// ``ScopeWarning/inspect(_:outcome:)`` on the shipped default scenario: quiet as it ships, and
/// warning when its residents are scaled and its absolute numbers are not.
@Suite struct ScopeWarningTests {
  static func outcome(_ scenario: Scenario, replications: Int = 2) -> OutcomeSummary {
    ReplicationRunner(simulation: Simulation(parameters: scenario.parameters), seed: 1, threads: 2)
      .summary(replications: replications)
  }

  static func neighbourhood() throws -> Scenario {
    try Scenario.load(from: RepositoryFiles.scenario("neighbourhood.json"))
  }

  @Test func theDefaultScenarioRunsOnItsSourcesGround() throws {
    let scenario = try Self.neighbourhood()
    #expect(ScopeWarning.inspect(scenario.parameters, outcome: Self.outcome(scenario)) == [])
  }

  /// The issue's case: 20,000 residents and a 60,000-euro programme serve about 2,500
  /// participants at a time for some 24 euros each a year, below the 29.29 of Gemert-Bakel's low
  /// estimate, with 3.5 entrants a month against some 70 deaths.
  @Test func twentyThousandResidentsAndASixtyThousandEuroProgrammeWarn() throws {
    let scenario = try Self.neighbourhood().setting([
      ("simulation.residents", 20_000), ("intervention.fixedCostPerYear", 60_000),
    ])
    let warnings = ScopeWarning.inspect(scenario.parameters, outcome: Self.outcome(scenario))
    var kinds: Set<String> = []
    for warning in warnings {
      switch warning {
      case .programmeCostPerParticipant(let euros):
        kinds.insert("cost")
        #expect(euros < ScopeWarning.studiedCostRange.lowerBound)
      case .entrantsAgainstDeaths(let entrants, let deaths):
        kinds.insert("entrants")
        #expect(entrants == 3.5 && deaths > ScopeWarning.factor * entrants)
      case .capacityBelowUptake(let places, let participants):
        kinds.insert("capacity")
        #expect(places < participants * ScopeWarning.servedShare)
      }
    }
    #expect(kinds.isSuperset(of: ["cost", "entrants"]), "\(warnings)")
  }

  /// Given per 1,000 residents, the entrants grow with the residents and balance the deaths.
  @Test func entrantsPerThousandResidentsKeepBalancingTheDeaths() throws {
    guard case .object(var root) = try Self.neighbourhood().json,
      case .object(var population) = root["population"],
      case .object(var entrants) = population["entrants"]
    else {
      Issue.record("no entrants")
      return
    }
    entrants["perMonth"] = nil
    entrants["perThousandResidentsPerMonth"] = .number(3.5)
    population["entrants"] = .object(entrants)
    root["population"] = .object(population)
    let scenario = try Scenario.read(.object(root), file: "neighbourhood.json")
      .setting([("simulation.residents", 20_000), ("simulation.months", 24)])
    #expect(scenario.parameters.entrants?.perMonth == 70)
    let warnings = ScopeWarning.inspect(scenario.parameters, outcome: Self.outcome(scenario))
    #expect(
      !warnings.contains { if case .entrantsAgainstDeaths = $0 { true } else { false } },
      "\(warnings)")
  }
}
