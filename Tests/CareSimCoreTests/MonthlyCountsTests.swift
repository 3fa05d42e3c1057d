import Testing

@testable import CareSimCore

@Suite struct MonthlyCountsTests {
  static let unit = MonthlyCounts.qualityOfLifeUnit

  @Test func unitsOfTheEndsAndOfAHalf() {
    #expect(MonthlyCounts.units(ofQualityOfLife: 0) == 0)
    #expect(MonthlyCounts.units(ofQualityOfLife: 1) == 1 << 40)
    #expect(MonthlyCounts.units(ofQualityOfLife: 0.5) == 1 << 39)
  }

  /// A score on a unit is that unit; off it, the nearer neighbouring unit.
  @Test func unitsRoundToTheNearestUnit() {
    for units in [1, 3, 1 << 20, (1 << 40) - 1] {
      let score = Double(units) * Self.unit
      #expect(MonthlyCounts.units(ofQualityOfLife: score) == units)
      #expect(MonthlyCounts.units(ofQualityOfLife: score + 0.3 * Self.unit) == units)
      #expect(MonthlyCounts.units(ofQualityOfLife: score + 0.7 * Self.unit) == units + 1)
    }
  }

  /// Summed units are within half a unit per resident of the exact sum, whatever the order.
  @Test func summedUnitsStayWithinHalfAUnitPerScore() {
    var generator = SplitMix64(seed: 3)
    let scores = (0..<1000).map { _ in Double.random(in: 0...1, using: &generator) }
    let units = scores.map(MonthlyCounts.units(ofQualityOfLife:))
    let exact = scores.reduce(0, +)
    #expect(abs(Double(units.reduce(0, +)) * Self.unit - exact) <= 500 * Self.unit + 1e-12)
    #expect(units.reduce(0, +) == units.reversed().reduce(0, +))
  }

  @Test func combiningWithMinusOneUndoesCombiningWithOne() {
    let counts = MonthlyCounts(
      qualityOfLifeUnits: 77, alive: 5, atHome: 4, institutional: 1, participants: 3,
      volunteers: 1, unmetNeed: 2, substituted: 1,
      events: MonthlyEvents(crises: 2, admissions: 1, extraTrajectories: 3, deaths: 1))
    let other = MonthlyCounts(
      qualityOfLifeUnits: 12, alive: 2, atHome: 2, institutional: 0, participants: 1,
      volunteers: 0, unmetNeed: 1, substituted: 0,
      events: MonthlyEvents(crises: 1, admissions: 0, extraTrajectories: 1, deaths: 2))
    let sum = MonthlyCounts.combining(counts, other, sign: 1)
    #expect(sum.alive == 7 && sum.events.crises == 3 && sum.qualityOfLifeUnits == 89)
    #expect(MonthlyCounts.combining(sum, other, sign: -1) == counts)
  }

  @Test func recordWritesQALYsAsATwelfthOfTheUnits() {
    var outcome = ReplicationOutcome(months: 1)
    var counts = MonthlyCounts()
    counts.qualityOfLifeUnits = 12 << 40
    counts.alive = 12
    counts.events.crises = 2
    counts.record(into: &outcome, arm: .control, month: 0)
    #expect(outcome[.control, 0, .qalys] == 1)
    #expect(outcome[.control, 0, .alive] == 12 && outcome[.control, 0, .crises] == 2)
  }
}
