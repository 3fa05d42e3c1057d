import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperReachedResidentsTests {
  static func record(_ parameters: ScenarioParameters) -> UptakeRecord {
    WhatIfSettings.ownRecord(parameters, seed: 3)
  }

  /// Initial participants have joined from the start; the others when the control run sees them
  /// take up, in the state they then have; those who never do, at the horizon.
  @Test func theRecordNotesWhenAndInWhatStateResidentsTakeUp() {
    var parameters = TestScenarios.everyMechanism(residents: 200, months: 24)
    parameters.intervention.monthlyUptakeProbability = 0.05
    let record = Self.record(parameters)
    let initial = record.statesAtJoining.indices.filter {
      record.statesAtJoining[$0].participation != .none
    }
    #expect(!initial.isEmpty && initial.allSatisfy { record.joinMonths[$0] == 0 })
    let later = record.joinMonths.indices.filter {
      record.joinMonths[$0] > 0 && record.joinMonths[$0] < parameters.months
    }
    #expect(!later.isEmpty)
    #expect(later.allSatisfy { record.statesAtJoining[$0].participation == .none })
    #expect(record.joinMonths.contains(parameters.months))
  }

  /// Nobody takes up: the intervention arm keeps the whole control run.
  @Test func withoutUptakeNothingIsReached() {
    var parameters = TestScenarios.everyMechanism(residents: 80, months: 12)
    parameters.intervention.initialParticipationShare = 0
    parameters.intervention.monthlyUptakeProbability = 0
    let record = Self.record(parameters)
    #expect(record.notReached == record.control)
    #expect(record.joinMonths.allSatisfy { $0 == parameters.months })
  }

  /// Everyone takes part from the start: the intervention arm keeps nothing of the control run.
  @Test func withEveryoneReachedNothingIsKept() {
    // Drawn starts at home only, all eligible (a lived history may end in an institution).
    var parameters = TestScenarios.drawnStart(
      TestScenarios.everyMechanism(residents: 80, months: 12))
    parameters.intervention.maximumEligibleLevel = 2
    parameters.intervention.initialParticipationShare = 1
    parameters.population.initialNeedShares = [0.5, 0.3, 0.2, 0, 0]
    // Entrants take part only once they take up, so the arm would keep their months before.
    parameters.entrants = nil
    let record = Self.record(parameters)
    let empty = ArmTally(months: 12, classesPerMonth: record.control.classesPerMonth)
    #expect(record.notReached == empty)
  }
}
