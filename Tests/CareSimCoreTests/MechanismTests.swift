import Testing

@testable import CareSimCore

@Suite struct MechanismTests {
  /// The reference cohort case: participation and prevention act, nothing else does.
  @Test func inTheMarkovCaseOnlyParticipationAndPreventionAct() {
    let acting = Mechanism.allCases.filter { $0.acts(in: TestScenarios.markov()) }
    #expect(acting == [.participation, .prevention])
  }

  @Test func everyMechanismActsInTheNeighbourhoodOfTheTests() {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 0.3, costPerTrajectory: FunderAmounts(wmo: 900))
    #expect(Mechanism.allCases.filter { !$0.acts(in: parameters) } == [])
  }

  /// Clearing a kind of field is idempotent, and what a mechanism reads only after uptake, once
  /// cleared, no longer acts for participants alone.
  @Test(arguments: Mechanism.allCases)
  func clearingIsIdempotent(_ mechanism: Mechanism) {
    for fields in MechanismFields.allCases {
      var once = TestScenarios.everyMechanism()
      mechanism.model.clear(fields, in: &once)
      var twice = once
      mechanism.model.clear(fields, in: &twice)
      #expect(once == twice, "\(mechanism) \(fields)")
    }
  }

  @Test func mechanismsOfParticipantsStopActingWithTheirAfterUptakeFieldsCleared() {
    for mechanism in [Mechanism.capacity, .prevention, .substitution, .efficiency, .volunteering] {
      var parameters = TestScenarios.everyMechanism()
      #expect(mechanism.acts(in: parameters), "\(mechanism)")
      mechanism.model.clear(.afterUptake, in: &parameters)
      #expect(!mechanism.acts(in: parameters), "\(mechanism)")
    }
  }

  /// Only participation has fields that decide uptake; clearing them leaves nobody taking part.
  @Test func onlyParticipationDecidesUptake() {
    let base = TestScenarios.everyMechanism()
    for mechanism in Mechanism.allCases where mechanism != .participation {
      var cleared = base
      mechanism.model.clear(.uptake, in: &cleared)
      #expect(cleared == base, "\(mechanism)")
    }
    var cleared = base
    StepConstants.Participation.clear(.uptake, in: &cleared)
    #expect(!Mechanism.participation.acts(in: cleared))
  }
}
