import Testing

@testable import CareSimCore

/// The month's phases, each seen from outside: one month of a resident in a scenario that makes
/// the phase certain.
@Suite struct MonthlyStepperMonthTests {
  static func month(
    _ state: ResidentState, _ parameters: ScenarioParameters, arm: InterventionArm = .control,
    capacity: MonthlyCapacity = .controlArm
  ) -> (state: ResidentState, events: MonthlyEvents) {
    let simulation = Simulation(parameters: parameters)
    let profile = simulation.makeResidents(seed: 2, replication: 0)[0]
    var state = state
    var capacity = capacity
    var events = MonthlyEvents()
    simulation.withStepper { stepper in
      stepper.evolve(
        &state, profile: profile, month: 0, arm: arm, capacity: &capacity, events: &events)
    }
    return (state, events)
  }

  static func certainMove(from: Int, to: Int) -> ScenarioParameters {
    var parameters = TestScenarios.markov()
    parameters.transitions[from] = parameters.transitions[from].indices.map { $0 == to ? 1 : 0 }
    return parameters
  }

  @Test func deathEndsParticipationAndQualityOfLife() {
    let state = TestScenarios.resident(at: 0, participation: .participating)
    let (after, _) = Self.month(state, Self.certainMove(from: 0, to: 4), arm: .intervention)
    #expect(after.needLevel == 4 && !after.isParticipating && after.qualityOfLife == 0)
  }

  @Test func anAdmissionFromHomeIsCountedAndEndsTheIntervention() {
    let state = TestScenarios.resident(at: 2, participation: .participating)
    let (after, events) = Self.month(state, Self.certainMove(from: 2, to: 3), arm: .intervention)
    #expect(after.needLevel == 3 && after.servedLevel == 3 && !after.isParticipating)
    #expect(events.admissions == 1)
  }

  /// Care falls with need at once, and rises with it only when the need is signalled.
  @Test func careFallsAtOnceAndRisesWhenSignalled() {
    let (recovered, _) = Self.month(TestScenarios.resident(at: 1), Self.certainMove(from: 1, to: 0))
    #expect(recovered.needLevel == 0 && recovered.servedLevel == 0)
    var unsignalled = Self.certainMove(from: 0, to: 1)
    unsignalled.mechanisms.signalling = Signalling(
      monthlyProbability: 0, participantMonthlyProbability: 0)
    let (worse, _) = Self.month(TestScenarios.resident(at: 0), unsignalled)
    #expect(worse.needLevel == 1 && worse.servedLevel == 0 && worse.hasUnmetNeed)
    let (signalled, _) = Self.month(TestScenarios.resident(at: 0), Self.certainMove(from: 0, to: 1))
    #expect(signalled.servedLevel == 1)
  }

  /// A crisis makes the need visible: it is served although signalling never happens.
  @Test func aCrisisSignalsTheNeed() {
    var parameters = TestScenarios.markov()
    parameters.mechanisms.signalling = Signalling(
      monthlyProbability: 0, participantMonthlyProbability: 0)
    parameters.mechanisms.escalation.crisisMonthlyProbability = [0, 1, 0, 0, 0]
    var state = TestScenarios.resident(at: 1)
    state.servedLevel = 0
    let (after, events) = Self.month(state, parameters)
    #expect(events.crises == 1 && after.servedLevel == 1)
  }

  /// In the control arm nobody takes part, whatever the uptake.
  @Test func theControlArmHasNoParticipation() {
    var parameters = TestScenarios.everyMechanism()
    parameters.intervention.monthlyUptakeProbability = 1
    let (after, _) = Self.month(TestScenarios.resident(at: 0), parameters, arm: .control)
    #expect(after.participation == .none)
    let (joined, _) = Self.month(
      TestScenarios.resident(at: 0), parameters, arm: .intervention,
      capacity: MonthlyCapacity(freeSlots: 1, serviceIntensity: 1, freeVolunteers: 0))
    #expect(joined.isParticipating)
  }
}
