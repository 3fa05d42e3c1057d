import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperEntrantsTests {
  /// Residents who never die or move, and entrants aged 65 who join them.
  static func openCohort(
    residents: Int = 50, months: Int = 24, perMonth: Double = 2.7
  ) -> ScenarioParameters {
    var parameters = TestScenarios.mortality(
      deathProbability: 0, residents: residents, months: months)
    var mix = parameters.population
    mix.ageBands = [.init(minimumAge: 65, maximumAge: 66, share: 1)]
    parameters.entrants = Entrants(perMonth: perMonth, profile: mix)
    return parameters
  }

  /// Entrants arrive in the stated numbers in both arms and on every path, and cost nothing
  /// before they arrive: each month is priced for the residents present, to the bit.
  @Test(arguments: [LoopOrder.fastest, .monthByMonth])
  func entrantsArriveInTheStatedNumbersInBothArms(order: LoopOrder) throws {
    let parameters = Self.openCohort()
    let entrants = try #require(parameters.entrants)
    let monthly = parameters.needLevels[0].annualCareCost * (1.0 / 12.0)
    let outcome = Simulation(parameters: parameters).run(seed: 3, replication: 1, order: order)
    for arm in InterventionArm.allCases {
      for month in 0..<parameters.months {
        let present = parameters.residents + entrants.count(months: month + 1)
        #expect(outcome[arm, month, .alive] == Double(present), "\(arm) month \(month)")
        #expect(outcome[arm, month, .atHome] == Double(present))
        for funder in Funder.payers {
          #expect(outcome[arm, month, OutcomeMetric(funder)] == monthly[funder] * Double(present))
        }
      }
    }
  }

  /// An entrant is a resident of its own: its stream follows the initial residents', it arrives
  /// in its month with the entrants' ages, and adding entrants changes no initial resident.
  @Test func entrantsAreResidentsOfTheirOwn() throws {
    var parameters = Self.openCohort(residents: 20, months: 12, perMonth: 1.5)
    parameters.needLevels.insert(
      NeedLevel(name: "frail", kind: .community, utility: 0.6, annualCareCost: .zero), at: 1)
    parameters.transitions = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
    parameters.population.initialNeedShares = [1, 0, 0]
    parameters.entrants?.profile.initialNeedShares = [0, 1, 0]
    parameters.mechanisms.escalation.crisisMonthlyProbability = [0, 0, 0]
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 9, replication: 4)
    let entrants = try #require(parameters.entrants)
    #expect(profiles.count == 20 + entrants.count(months: 12))
    var closed = parameters
    closed.entrants = nil
    #expect(
      Array(profiles.prefix(20))
        == Simulation(parameters: closed).makeResidents(seed: 9, replication: 4))
    let arrivals = entrants.arrivalMonths(months: 12)
    for (index, profile) in profiles.enumerated() {
      #expect(profile.stream == RandomStreamKey(seed: 9, replication: 4, resident: index))
      let state = simulation.initialState(of: profile, arm: .intervention)
      if index < 20 {
        #expect(!profile.isEntrant && profile.arrivalMonth == 0 && state.needLevel == 0)
      } else {
        #expect(profile.isEntrant && profile.arrivalMonth == arrivals[index - 20])
        #expect((65 * 12..<66 * 12).contains(profile.ageInMonthsAtArrival))
        #expect(state.needLevel == 1 && state.participation == .none)
      }
    }
  }

  /// Entrants take up the intervention from the month they arrive, never before and never as
  /// initial participants.
  @Test func entrantsTakeUpFromTheirArrivalOn() {
    var parameters = TestScenarios.everyMechanism(residents: 60, months: 36)
    parameters.intervention.initialParticipationShare = 1
    parameters.intervention.monthlyUptakeProbability = 0.2
    parameters.entrants?.perMonth = 2
    let simulation = Simulation(parameters: parameters)
    let profiles = simulation.makeResidents(seed: 2, replication: 0)
    var states = profiles.map { simulation.initialState(of: $0, arm: .control) }
    var noWatch = NoStepWatch()
    let record = simulation.withStepper { stepper in
      stepper.recordUptake(
        profiles: profiles, controlStates: &states,
        interventionStates: profiles.map { simulation.initialState(of: $0, arm: .intervention) },
        months: parameters.months, stepWatch: &noWatch)
    }
    var tookUp = 0
    for (index, profile) in profiles.enumerated() where profile.isEntrant {
      #expect(record.joinMonths[index] >= profile.arrivalMonth, "entrant \(index)")
      #expect(record.statesAtJoining[index].participation == .none)
      tookUp += record.joinMonths[index] < parameters.months ? 1 : 0
    }
    #expect(tookUp > 0)
  }
}
