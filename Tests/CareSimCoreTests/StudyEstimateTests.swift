import Testing

@testable import CareSimCore

@Suite struct StudyEstimateTests {
  @Test func parsesSignedSumsFactorsAndRatios() throws {
    let estimate = try StudyEstimate(
      parsing: "(saving.wmo + 0.5 * cost.control.wlz - qalyGain) / (cost.intervention.intervention)"
    )
    #expect(
      estimate.numerator == [
        .init(factor: 1, measure: .saving(.funder(.wmo))),
        .init(factor: 0.5, measure: .cost(.control, .funder(.wlz))),
        .init(factor: -1, measure: .qalyGain),
      ])
    #expect(
      estimate.denominator == [
        .init(factor: 1, measure: .cost(.intervention, .funder(.intervention)))
      ])
  }

  @Test(arguments: [
    "perResidentYear.control.zvw.y2", "qualityOfLife.intervention.y1", "count.control.admissions",
    "netBenefit.society", "cost.intervention.extraCare", "saving.informal",
  ])
  func everyMeasureKindParses(name: String) {
    #expect(StudyMeasure(name) != nil)
  }

  @Test(arguments: [
    "cost.both.wmo", "saving", "count.control.nothing", "perResidentYear.control.zvw.y0", "a + + b",
    "saving.wmo saving.zvw", "2 *", "x / y / z", "",
  ])
  func rejectsWhatIsNotAnEstimate(text: String) {
    #expect(throws: StudyEstimate.ParseError.self) { try StudyEstimate(parsing: text) }
  }

  @Test func evaluatesOnAReplication() throws {
    let parameters = TestScenarios.markov(residents: 50, months: 24)
    let outcome = Simulation(parameters: parameters).run(seed: 1, replication: 0)
    let measures = ReplicationMeasures(outcome: outcome, parameters: parameters)
    let saving = try StudyEstimate(parsing: "saving.wlz").value(in: measures)
    #expect(saving == outcome.total(.control, .wlz) - outcome.total(.intervention, .wlz))
    let perParticipantYear = try StudyEstimate(
      parsing: "cost.intervention.intervention / (count.intervention.participants)"
    ).value(in: measures)
    // Every participant-month costs 500/12, and there is no fixed cost.
    #expect(abs(perParticipantYear - 500.0 / 12) <= 1e-9 * 500)
    let year1 = try StudyEstimate(parsing: "qualityOfLife.control.y1").value(in: measures)
    #expect(year1 > 0.7 && year1 <= 0.85)
  }
}
