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
      case .capacityBelowUptake(let places, let uptake):
        kinds.insert("capacity")
        #expect(places < uptake * ScopeWarning.servedShare)
      }
    }
    #expect(kinds.isSuperset(of: ["cost", "entrants"]), "\(warnings)")
  }

  /// Five coordinators' places, no volunteers and no participants at the start: the engine
  /// enrols no more than the places allow, so the participants never outnumber them, but the
  /// residents who take the programme up and wait for a place do, many times over.
  @Test func capacityFarBelowUptakeWarns() throws {
    let scenario = try Self.neighbourhood().setting([
      ("simulation.months", 24), ("intervention.capacity.coordinatorSlots", 5),
      ("intervention.initialParticipationShare", 0),
      ("intervention.volunteering.initialShareOfParticipants", 0),
      ("intervention.volunteering.monthlyProbability", 0.004),
    ])
    let outcome = Self.outcome(scenario)
    let warnings = ScopeWarning.inspect(scenario.parameters, outcome: outcome)
    let capacity = warnings.compactMap { warning -> (Double, Double)? in
      if case .capacityBelowUptake(let places, let uptake) = warning {
        (places, uptake)
      } else {
        nil
      }
    }
    let (places, uptake) = try #require(capacity.first, "\(warnings)")
    #expect(places < uptake * ScopeWarning.servedShare)
    // The participants fit the places: only those waiting show the shortfall.
    let participants =
      (0..<outcome.months).map { outcome.trajectory(.intervention, month: $0, .participants).mean }
      .reduce(0, +) / Double(outcome.months)
    #expect(participants <= places)
    #expect(outcome.trajectory(.intervention, month: 23, .waiting).mean > 2 * places)
    #expect(outcome.trajectory(.control, month: 23, .waiting).mean == 0)
  }

  /// A command that runs a scenario without summarising it inspects it as `run` does: the same
  /// warnings from its replications, on its seed.
  @Test func aScenarioRunAsWrittenWarnsAsItsSummaryDoes() throws {
    let scenario = try Self.neighbourhood().setting([
      ("simulation.months", 24), ("simulation.residents", 4_000),
    ])
    let summary = ReplicationRunner(
      simulation: Simulation(parameters: scenario.parameters), seed: 1, threads: 2
    ).summary(replications: 2)
    let expected = ScopeWarning.inspect(scenario.parameters, outcome: summary)
    #expect(!expected.isEmpty)
    // The base run on its own, and run alongside settings that share its control arm.
    let alone = WhatIfEvaluator(
      base: scenario.parameters, replications: 2, seed: 1, threads: 1)
    #expect(alone.scopeWarnings == expected)
    let together = WhatIfEvaluator(
      base: scenario.parameters, replications: 2, seed: 1, threads: 2)
    _ = together.totals(
      of: [0.5, 1.5].map { factor in
        var setting = scenario.parameters
        setting.intervention.fixedCostPerYear *= factor
        return setting
      })
    #expect(together.scopeWarnings == expected)
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
